import type { ConsentWithdrawDetail } from '../consent/types.js';

/** Fired on `document` when categories or services were withdrawn, after their storage was cleared. */
export class CookieConsentWithdrawEvent extends CustomEvent<ConsentWithdrawDetail> {
  constructor(detail: ConsentWithdrawDetail) {
    super('cookie-consent-withdraw', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface DocumentEventMap {
    'cookie-consent-withdraw': CookieConsentWithdrawEvent;
  }
  interface WindowEventMap {
    'cookie-consent-withdraw': CookieConsentWithdrawEvent;
  }
}
