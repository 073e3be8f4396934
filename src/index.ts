/**
 * `cookie-elements`: the full suite for bundler users: the consent core, and every element
 * registered up front (`<cookie-banner>`, `<cookie-settings>`, `<cookie-table>`, `<cookie-gate>`). The element
 * classes are exported so a site whose tag names are taken can register subclasses under others.
 */
import './ui.js';

export * from './core.js';
export { default } from './core.js';
export { type ConsentRecord } from './consent/record.js';
export { decodeRecord } from './consent/record-decode.js';
export { encodeRecord } from './consent/write.js';
export { CookieBanner, BANNER_LAYOUTS, BANNER_POSITIONS } from './components/cookie-banner/cookie-banner.js';
export type { BannerLayout, BannerPosition } from './components/cookie-banner/cookie-banner.js';
export { CookieSettings } from './components/cookie-settings/cookie-settings.js';
export { CookieTable } from './components/cookie-table/cookie-table.js';
export { CookieGate } from './components/cookie-gate/cookie-gate.js';
export { CookieShowEvent } from './events/cookie-show.js';
export { CookieAfterShowEvent } from './events/cookie-after-show.js';
export { CookieHideEvent } from './events/cookie-hide.js';
export { CookieAfterHideEvent } from './events/cookie-after-hide.js';
export type { CookieUiSource } from './events/ui-source.js';
