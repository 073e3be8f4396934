import { uiRegistry } from '../../internal/ui-registry.js';
import { CookieBanner } from './cookie-banner.js';

// Only a class that names a tag can be created by showSettings()/showBanner().
if (CookieBanner.define('cookie-banner')) uiRegistry().bannerClass = CookieBanner;

/** @internal For the UI loader: finds the element to show, or creates it (one import, no extra chunk). */
export { findOrCreate } from '../../internal/ui-registry.js';

declare global {
  interface HTMLElementTagNameMap {
    'cookie-banner': CookieBanner;
  }
}
