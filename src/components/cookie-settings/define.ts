import { CookieSettings } from './cookie-settings.js';
import { uiRegistry } from '../../internal/ui-registry.js';

CookieSettings.define('cookie-settings');
uiRegistry().settingsClass = CookieSettings;

declare global {
  interface HTMLElementTagNameMap {
    'cookie-settings': CookieSettings;
  }
}
