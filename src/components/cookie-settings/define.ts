import { CookieSettings } from './cookie-settings.js';
import { uiRegistry } from '../../internal/ui-registry.js';

// Only a class that names a tag can be created by showSettings()/showBanner().
if (CookieSettings.define('cookie-settings')) uiRegistry().settingsClass = CookieSettings;

/** @internal For the UI loader: finds the element to show, or creates it (one import, no extra chunk). */
export { findOrCreate } from '../../internal/ui-registry.js';

declare global {
  interface HTMLElementTagNameMap {
    'cookie-settings': CookieSettings;
  }
}
