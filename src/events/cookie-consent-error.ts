import type { ConsentErrorDetail } from '../consent/types.js';

/** Fired on `document` when the registry or a decision cannot be used; the state fails closed. */
export class CookieConsentErrorEvent extends CustomEvent<ConsentErrorDetail> {
  constructor(detail: ConsentErrorDetail) {
    super('cookie-consent-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface DocumentEventMap {
    'cookie-consent-error': CookieConsentErrorEvent;
  }
  interface WindowEventMap {
    'cookie-consent-error': CookieConsentErrorEvent;
  }
}
