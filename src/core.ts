/**
 * `cookie-elements/core`: the Lit-free, zod-free consent core.
 *
 * Importing it installs `window.cookieElements` (running any queued callbacks) and starts
 * from the page's `script[data-cookie-registry]`; a bundler user without one calls
 * `cookieElements.start({ registry })` right after importing.
 */
import { getApi } from './consent/api.js';
import { installPageLoader } from './page-loader.js';

const cookieElements = getApi();
void cookieElements.start();
// Enforcement loads when there is something to enforce (the UI entry adds the elements).
installPageLoader(cookieElements, { enforce: () => import('./enforce/index.js') });

export default cookieElements;
export { getApi };
export type { CookieElementsApi, QueuedCallback, StartOptions, UiHost } from './consent/api.js';
export type { AuditReport } from './integrations/audit.js';
export type {
  ConsentChoice,
  ConsentDetail,
  ConsentErrorCode,
  ConsentErrorDetail,
  ConsentMethod,
  ConsentReason,
  ConsentWithdrawDetail,
} from './consent/types.js';
export { CONSENT_METHODS, CONSENT_REASONS, CONSENT_ERROR_CODES } from './consent/types.js';
export { CookieConsentReadyEvent } from './events/cookie-consent-ready.js';
export { CookieConsentChangeEvent } from './events/cookie-consent-change.js';
export { CookieConsentErrorEvent } from './events/cookie-consent-error.js';
export { CookieConsentWithdrawEvent } from './events/cookie-consent-withdraw.js';
export type { Registry, Category, Service, Entry, Text } from './registry/schema.js';
