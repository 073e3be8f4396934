/**
 * A page whose own app configured @lit/localize: the drop-in build carries its own private copy,
 * so the host keeps its locale and its strings, and our elements still speak the language chosen
 * for them. Runs the builds (`dist/cookie-elements.js`, `dist/index.js`; npm test builds first).
 */
import { expect } from '@open-wc/testing';
import { templates as uk } from '../../src/i18n/generated/uk.js';
import { isolatePages, loadRegistry, openPage } from '../helpers/page.js';
import { waitUntil } from '../helpers/wait.js';

describe('a host app with its own @lit/localize', () => {
  isolatePages();

  afterEach(() => localStorage.clear());

  for (const [order, modules] of [
    ['the host first', ['/test/helpers/host-localize-app.ts', '/dist/cookie-elements.js']],
    ['ours first', ['/dist/cookie-elements.js', '/test/helpers/host-localize-app.ts']],
    // The npm entry, as a bundler user gets it: lit shared with the host, @lit/localize not.
    ['the npm entry', ['/test/helpers/host-localize-app.ts', '/dist/index.js']],
  ] as const) {
    it(`keeps its locale and strings, while our banner speaks the language detected for it (${order})`, async () => {
      await check([...modules]);
    });
  }

  async function check(modules: string[]): Promise<void> {
    localStorage.setItem('i18nextLng', 'uk');
    const page = await openPage({
      registry: await loadRegistry('dumka'),
      modules,
      body: '<host-greeting></host-greeting>',
    });
    const win = page.win as unknown as Window & { hostLocaleReady: Promise<void> };
    await waitUntil(() => 'hostLocaleReady' in win, 'the host app did not start');
    await win.hostLocaleReady;
    const greeting = () => win.document.querySelector('host-greeting')?.shadowRoot?.textContent?.trim();
    await waitUntil(() => greeting() === 'Willkommen bei uns', `the host shows "${greeting()}"`);

    const accept = () =>
      win.document
        .querySelector('cookie-banner')
        ?.shadowRoot?.querySelector('[part~="accept-button"]')
        ?.textContent?.trim();
    await waitUntil(() => accept() === uk['banner.acceptAll'], `our banner shows "${accept()}"`);
    expect(page.api.language).to.equal('uk');
    expect(page.logs.error, 'nothing went wrong on either side').to.deep.equal([]);

    // Switching ours leaves the host's alone, and the other way round.
    page.api.setLanguage('en');
    await waitUntil(() => accept() === 'Accept all', 'our banner did not switch to English');
    expect(greeting()).to.equal('Willkommen bei uns');
  }
});
