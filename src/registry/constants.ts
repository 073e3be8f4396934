/**
 * Constants of the registry contract that the consent core needs on the visitor's hot path.
 * Zod-free; the closed sets only the validator and the UI need are in `vocabulary.ts`, and the
 * constants only the validator uses in `validator-constants.ts`, so they do not weigh on a returning
 * visitor.
 */

/** Lifetime of the consent cookie when the registry sets none (six months). */
export const DEFAULT_CONSENT_MAX_AGE_DAYS = 182;
/** Name of the consent cookie when the registry sets none. */
export const DEFAULT_CONSENT_COOKIE_NAME = 'cookie_consent';
