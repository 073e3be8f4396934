/**
 * Constants of the registry contract that only the validator's chunk uses: the patterns for ids and
 * language tags (the registry's schema, and the consent record's field-by-field check that explains
 * a refused cookie: the core checks a record's seal, not its fields), and the longest consent
 * lifetime it recommends. Not in `constants.ts`, whose defaults the core uses: a returning visitor
 * does not download these.
 */

/** Category and service ids: they appear in HTML attributes, the consent cookie and event details. */
export const ID_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;

/** A BCP 47 language tag, loosely: `en`, `pt-BR`, `zh-Hant`, `sr-Latn-RS`. */
export const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;

/** CNIL: consent should be asked again after at most 13 months. */
export const MAX_RECOMMENDED_CONSENT_DAYS = 395;
