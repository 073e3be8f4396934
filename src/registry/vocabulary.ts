/**
 * Closed sets and patterns of the registry contract (version 1): the single source of truth
 * from which the zod schema, the TypeScript unions and the UI derive. Zod-free.
 */

/** Language sources, named and ordered as i18next-browser-languagedetector names them. */
export const DETECTION_SOURCES = [
  'querystring',
  'cookie',
  'localStorage',
  'sessionStorage',
  'navigator',
  'htmlTag',
] as const;
export type DetectionSource = (typeof DETECTION_SOURCES)[number];

/** Where an entry lives in the browser. */
export const ENTRY_TYPES = ['cookie', 'localStorage', 'sessionStorage', 'indexedDB'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** Durations that are not ISO 8601 periods. */
export const DURATION_KEYWORDS = ['session', 'persistent'] as const;

/** An ISO 8601 duration such as `P30D`, `P1Y2M`, `PT30M` or `P2W` (at least one component). */
export const ISO_DURATION_PATTERN =
  /^P(?!$)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?W)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?$/;

/** A cookie name as RFC 6265 allows it (a token, no separators). */
export const COOKIE_NAME_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,128}$/;

export const SAME_SITE_VALUES = ['Lax', 'Strict', 'None'] as const;
export type SameSite = (typeof SAME_SITE_VALUES)[number];

/** The consent types of Google Consent Mode v2. */
export const GOOGLE_CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;
export type GoogleConsentType = (typeof GOOGLE_CONSENT_TYPES)[number];
