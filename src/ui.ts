/**
 * The UI layer: Lit, the elements and their styles. The drop-in build loads this chunk only
 * when something must be shown; the full entry (`cookie-elements`) includes it.
 */
import { getApi } from './consent/api.js';
import './components/cookie-banner/define.js';
import './components/cookie-settings/define.js';
import './components/cookie-table/define.js';
import { deepActiveElement, findOrCreate } from './internal/ui-registry.js';
import './consent/write.js'; // decisions never wait for the writer once the UI is here

export const host = {
  async showSettings(opener: Element | null = deepActiveElement()): Promise<void> {
    await findOrCreate('settings')?.show('api', opener);
  },
  async showBanner(): Promise<void> {
    await findOrCreate('banners')?.show('api');
  },
  /** Makes sure the page has a banner when the visitor must be asked. */
  ensureBanner(): void {
    findOrCreate('banners');
  },
};

getApi().registerUi(host);
