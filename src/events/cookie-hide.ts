import type { CookieUiSource } from './ui-source.js';

/**
 * Fired before the element hides. Cancellable, except where the hide cannot be stopped (the
 * browser closing a modal dialog on its own): then `cancelable` is `false` and `preventDefault()`
 * does nothing. Cancelling never cancels a decision already made.
 */
export class CookieHideEvent extends CustomEvent<{ source: CookieUiSource }> {
  constructor(source: CookieUiSource, cancelable = true) {
    super('cookie-hide', { detail: { source }, bubbles: true, composed: true, cancelable });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cookie-hide': CookieHideEvent;
  }
}
