/**
 * Constants of the registry contract that the consent core needs on the visitor's hot path.
 * Zod-free; the closed sets only the validator and the UI need are in `vocabulary.ts`, so
 * they do not weigh on a returning visitor.
 */

/** Category and service ids: they appear in HTML attributes, the consent cookie and event details. */
export const ID_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;

/** A BCP 47 language tag, loosely: `en`, `pt-BR`, `zh-Hant`, `sr-Latn-RS`. */
export const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;

/** Lifetime of the consent cookie when the registry sets none (six months). */
export const DEFAULT_CONSENT_MAX_AGE_DAYS = 182;
/** CNIL: consent should be asked again after at most 13 months. */
export const MAX_RECOMMENDED_CONSENT_DAYS = 395;
/** Name of the consent cookie when the registry sets none. */
export const DEFAULT_CONSENT_COOKIE_NAME = 'cookie_consent';
