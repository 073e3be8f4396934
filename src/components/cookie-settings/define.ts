import { CookieSettings } from './cookie-settings.js';
import { uiRegistry } from '../../internal/ui-registry.js';

// Only a class that names a tag can be created by showSettings()/showBanner().
if (CookieSettings.define('cookie-settings')) uiRegistry().settingsClass = CookieSettings;

declare global {
  interface HTMLElementTagNameMap {
    'cookie-settings': CookieSettings;
  }
}
