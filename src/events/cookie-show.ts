import type { CookieUiSource } from './ui-source.js';

/** Fired when the element starts to show. */
export class CookieShowEvent extends CustomEvent<{ source: CookieUiSource }> {
  constructor(source: CookieUiSource) {
    super('cookie-show', { detail: { source }, bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cookie-show': CookieShowEvent;
  }
}
