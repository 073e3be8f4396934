/**
 * The zod schema of the registry, version 1 (the public contract in DESIGN.md).
 *
 * The schema validates and never transforms: a registry that passed it once is used
 * as-is on later visits without loading zod (see `src/consent/start.ts`), so defaults
 * are applied by the zod-free `normalizeRegistry()` instead.
 */
import './zod-config.js';
import * as z from 'zod/mini';
import { optional } from 'zod/mini';
import { ID_PATTERN, LOCALE_PATTERN } from './validator-constants.js';
import { DETECTION_SOURCES } from './vocabulary.js';
import {
  COOKIE_NAME_PATTERN,
  DURATION_KEYWORDS,
  ENTRY_TYPES,
  GOOGLE_CONSENT_TYPES,
  ISO_DURATION_PATTERN,
  SAME_SITE_VALUES,
} from './vocabulary.js';

// zod/mini: tree-shaken to what the schema uses (the browser loads it on a first visit). Its
// wrappers and checks are functions (`optional(x)`, `.check(z.regex(…))`), not methods.

/** A string that matches `pattern`; `message` says what was expected. */
const matching = (pattern: RegExp, message: string) => z.string().check(z.regex(pattern, message));

/** A non-empty string of at most `max` characters. */
const nonEmpty = (max?: number) =>
  max === undefined ? z.string().check(z.minLength(1)) : z.string().check(z.minLength(1), z.maxLength(max));

const locale = matching(LOCALE_PATTERN, 'expected a BCP 47 language tag such as "en" or "pt-BR"');

/** Text the site owns: a plain string, or a map from language tag to string. */
export const textSchema = z.union([
  z.string(),
  z
    .record(locale, z.string())
    .check(z.refine((map) => Object.keys(map).length > 0, { message: 'expected at least one language' })),
]);

const id = matching(
  ID_PATTERN,
  'expected an id of lowercase letters, digits, "-" or "_", starting with a letter (at most 64 characters)',
);

/** "session", "persistent" or an ISO 8601 duration, as one pattern so the JSON Schema carries it too. */
const duration = matching(
  new RegExp(`^(?:${DURATION_KEYWORDS.join('|')}|${ISO_DURATION_PATTERN.source.slice(1, -1)})$`),
  'expected "session", "persistent" or an ISO 8601 duration such as "P30D", "P1Y" or "PT30M"',
);

const urlOrPath = matching(
  /^(?:https?:\/\/[^\s]+|\/[^\s]*)$/,
  'expected an absolute http(s) URL or a path starting with "/"',
);

const cookiePath = matching(/^\/[^;\s]*$/, 'expected a cookie path starting with "/"');
const cookieDomain = matching(
  /^\.?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/,
  'expected a host name such as "example.com" or ".example.com"',
);

export const consentCookieSchema = z.strictObject({
  name: optional(matching(COOKIE_NAME_PATTERN, "expected a cookie name (letters, digits and !#$%&'*+-.^_`|~)")),
  maxAgeDays: optional(z.int().check(z.positive(), z.maximum(3650))),
  path: optional(cookiePath),
  domain: optional(cookieDomain),
  sameSite: optional(z.enum(SAME_SITE_VALUES)),
});

export const detectionSchema = z.strictObject({
  order: optional(z.array(z.enum(DETECTION_SOURCES))),
  lookupQuerystring: optional(nonEmpty()),
  lookupCookie: optional(nonEmpty()),
  lookupLocalStorage: optional(nonEmpty()),
  lookupSessionStorage: optional(nonEmpty()),
});

export const googleConsentModeSchema = z.strictObject({
  waitForUpdate: optional(z.int().check(z.minimum(0), z.maximum(60000))),
  region: optional(
    z.array(matching(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/, 'expected an ISO 3166 code such as "ES" or "US-CA"')),
  ),
  adsDataRedaction: optional(z.boolean()),
  urlPassthrough: optional(z.boolean()),
});

export const consentLogSchema = z.strictObject({
  endpoint: urlOrPath,
});

export const categorySchema = z.strictObject({
  id,
  required: optional(z.boolean()),
  title: textSchema,
  description: optional(textSchema),
  gpc: optional(z.boolean()),
  googleConsentMode: optional(z.array(z.enum(GOOGLE_CONSENT_TYPES))),
});

export const serviceSchema = z.strictObject({
  id,
  category: id,
  name: textSchema,
  provider: optional(textSchema),
  description: optional(textSchema),
  privacyPolicyUrl: optional(z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' })),
});

export const entrySchema = z.strictObject({
  name: nonEmpty(256),
  aliases: optional(z.array(nonEmpty(256))),
  pattern: optional(nonEmpty()),
  type: z.enum(ENTRY_TYPES),
  category: id,
  service: optional(id),
  purpose: textSchema,
  duration,
  scope: optional(textSchema),
  path: optional(cookiePath),
  domain: optional(cookieDomain),
  thirdParty: optional(z.boolean()),
});

export const registrySchema = z.strictObject({
  $schema: optional(z.string()),
  version: z.literal(1),
  revision: z.int().check(z.minimum(0)),
  updated: optional(z.iso.date({ message: 'expected a calendar date as YYYY-MM-DD' })),
  defaultLocale: locale,
  locales: optional(z.array(locale).check(z.minLength(1))),
  policyUrl: optional(urlOrPath),
  consentCookie: optional(consentCookieSchema),
  text: optional(z.record(nonEmpty(), textSchema)),
  detection: optional(detectionSchema),
  googleConsentMode: optional(googleConsentModeSchema),
  consentLog: optional(consentLogSchema),
  categories: z.array(categorySchema).check(z.minLength(1, 'expected at least one category')),
  services: optional(z.array(serviceSchema)),
  entries: optional(z.array(entrySchema)),
});

export type Text = z.infer<typeof textSchema>;
export type Registry = z.infer<typeof registrySchema>;
export type Category = z.infer<typeof categorySchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type ConsentCookieOptions = z.infer<typeof consentCookieSchema>;
export type DetectionOptions = z.infer<typeof detectionSchema>;
