import { uiRegistry } from '../../internal/ui-registry.js';
import { CookieBanner } from './cookie-banner.js';

// Only a class that names a tag can be created by showSettings()/showBanner().
if (CookieBanner.define('cookie-banner')) uiRegistry().bannerClass = CookieBanner;

declare global {
  interface HTMLElementTagNameMap {
    'cookie-banner': CookieBanner;
  }
}
