import type { ConsentDetail } from '../consent/types.js';

/** Fired on `document` once per page load, when the consent state is known. */
export class CookieConsentReadyEvent extends CustomEvent<ConsentDetail> {
  constructor(detail: ConsentDetail) {
    super('cookie-consent-ready', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface DocumentEventMap {
    'cookie-consent-ready': CookieConsentReadyEvent;
  }
  interface WindowEventMap {
    'cookie-consent-ready': CookieConsentReadyEvent;
  }
}
