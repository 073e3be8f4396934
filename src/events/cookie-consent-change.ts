import type { ConsentDetail } from '../consent/types.js';

/** Fired on `document` on every decision, made in this tab or another. */
export class CookieConsentChangeEvent extends CustomEvent<ConsentDetail> {
  constructor(detail: ConsentDetail) {
    super('cookie-consent-change', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface DocumentEventMap {
    'cookie-consent-change': CookieConsentChangeEvent;
  }
  interface WindowEventMap {
    'cookie-consent-change': CookieConsentChangeEvent;
  }
}
