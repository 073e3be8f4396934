import type { CookieUiSource } from './ui-source.js';

/** Fired after the element is shown (focus has moved in). */
export class CookieAfterShowEvent extends CustomEvent<{ source: CookieUiSource }> {
  constructor(source: CookieUiSource) {
    super('cookie-after-show', { detail: { source }, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cookie-after-show': CookieAfterShowEvent;
  }
}
