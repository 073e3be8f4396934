import type { CookieUiSource } from './ui-source.js';

/** Fired after the element is hidden. */
export class CookieAfterHideEvent extends CustomEvent<{ source: CookieUiSource }> {
  constructor(source: CookieUiSource) {
    super('cookie-after-hide', { detail: { source }, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cookie-after-hide': CookieAfterHideEvent;
  }
}
