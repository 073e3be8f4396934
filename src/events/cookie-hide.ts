import type { CookieUiSource } from './ui-source.js';

/** Fired before the element hides; cancellable. Cancelling never cancels a decision already made. */
export class CookieHideEvent extends CustomEvent<{ source: CookieUiSource }> {
  constructor(source: CookieUiSource) {
    super('cookie-hide', { detail: { source }, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cookie-hide': CookieHideEvent;
  }
}
