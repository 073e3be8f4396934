import { uiRegistry } from '../../internal/ui-registry.js';
import { CookieBanner } from './cookie-banner.js';

CookieBanner.define('cookie-banner');
uiRegistry().bannerClass = CookieBanner;

declare global {
  interface HTMLElementTagNameMap {
    'cookie-banner': CookieBanner;
  }
}
