/**
 * The zod schema of the registry, version 1 (the public contract in DESIGN.md).
 *
 * The schema validates and never transforms: a registry that passed it once is used
 * as-is on later visits without loading zod (see `src/consent/start.ts`), so defaults
 * are applied by the zod-free `normalizeRegistry()` instead.
 */
import './zod-config.js';
import * as z from 'zod';
import { ID_PATTERN, LOCALE_PATTERN } from './constants.js';
import { DETECTION_SOURCES } from './vocabulary.js';
import {
  COOKIE_NAME_PATTERN,
  DURATION_KEYWORDS,
  ENTRY_TYPES,
  GOOGLE_CONSENT_TYPES,
  ISO_DURATION_PATTERN,
  SAME_SITE_VALUES,
} from './vocabulary.js';

const locale = z.string().regex(LOCALE_PATTERN, 'expected a BCP 47 language tag such as "en" or "pt-BR"');

/** Text the site owns: a plain string, or a map from language tag to string. */
export const textSchema = z.union([
  z.string(),
  z.record(locale, z.string()).refine((map) => Object.keys(map).length > 0, {
    message: 'expected at least one language',
  }),
]);

const id = z
  .string()
  .regex(
    ID_PATTERN,
    'expected an id of lowercase letters, digits, "-" or "_", starting with a letter (at most 64 characters)',
  );

/** "session", "persistent" or an ISO 8601 duration, as one pattern so the JSON Schema carries it too. */
const duration = z
  .string()
  .regex(
    new RegExp(`^(?:${DURATION_KEYWORDS.join('|')}|${ISO_DURATION_PATTERN.source.slice(1, -1)})$`),
    'expected "session", "persistent" or an ISO 8601 duration such as "P30D", "P1Y" or "PT30M"',
  );

const urlOrPath = z
  .string()
  .regex(/^(?:https?:\/\/[^\s]+|\/[^\s]*)$/, 'expected an absolute http(s) URL or a path starting with "/"');

const cookiePath = z.string().regex(/^\/[^;\s]*$/, 'expected a cookie path starting with "/"');
const cookieDomain = z
  .string()
  .regex(/^\.?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/, {
    message: 'expected a host name such as "example.com" or ".example.com"',
  });

export const consentCookieSchema = z.strictObject({
  name: z
    .string()
    .regex(COOKIE_NAME_PATTERN, "expected a cookie name (letters, digits and !#$%&'*+-.^_`|~)")
    .optional(),
  maxAgeDays: z.number().int().positive().max(3650).optional(),
  path: cookiePath.optional(),
  domain: cookieDomain.optional(),
  sameSite: z.enum(SAME_SITE_VALUES).optional(),
});

export const detectionSchema = z.strictObject({
  order: z.array(z.enum(DETECTION_SOURCES)).optional(),
  lookupQuerystring: z.string().min(1).optional(),
  lookupCookie: z.string().min(1).optional(),
  lookupLocalStorage: z.string().min(1).optional(),
  lookupSessionStorage: z.string().min(1).optional(),
});

export const googleConsentModeSchema = z.strictObject({
  waitForUpdate: z.number().int().min(0).max(60000).optional(),
  region: z
    .array(z.string().regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/, 'expected an ISO 3166 code such as "ES" or "US-CA"'))
    .optional(),
  adsDataRedaction: z.boolean().optional(),
  urlPassthrough: z.boolean().optional(),
});

export const consentLogSchema = z.strictObject({
  endpoint: urlOrPath,
});

export const categorySchema = z.strictObject({
  id,
  required: z.boolean().optional(),
  title: textSchema,
  description: textSchema.optional(),
  gpc: z.boolean().optional(),
  googleConsentMode: z.array(z.enum(GOOGLE_CONSENT_TYPES)).optional(),
});

export const serviceSchema = z.strictObject({
  id,
  category: id,
  name: textSchema,
  provider: textSchema.optional(),
  description: textSchema.optional(),
  privacyPolicyUrl: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).optional(),
});

export const entrySchema = z.strictObject({
  name: z.string().min(1).max(256),
  aliases: z.array(z.string().min(1).max(256)).optional(),
  pattern: z.string().min(1).optional(),
  type: z.enum(ENTRY_TYPES),
  category: id,
  service: id.optional(),
  purpose: textSchema,
  duration,
  scope: textSchema.optional(),
  path: cookiePath.optional(),
  domain: cookieDomain.optional(),
  thirdParty: z.boolean().optional(),
});

export const registrySchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  revision: z.number().int().min(0),
  updated: z.iso.date({ message: 'expected a calendar date as YYYY-MM-DD' }).optional(),
  defaultLocale: locale,
  locales: z.array(locale).min(1).optional(),
  policyUrl: urlOrPath.optional(),
  consentCookie: consentCookieSchema.optional(),
  text: z.record(z.string().min(1), textSchema).optional(),
  detection: detectionSchema.optional(),
  googleConsentMode: googleConsentModeSchema.optional(),
  consentLog: consentLogSchema.optional(),
  categories: z.array(categorySchema).min(1, 'expected at least one category'),
  services: z.array(serviceSchema).optional(),
  entries: z.array(entrySchema).optional(),
});

export type Text = z.infer<typeof textSchema>;
export type Registry = z.infer<typeof registrySchema>;
export type Category = z.infer<typeof categorySchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type ConsentCookieOptions = z.infer<typeof consentCookieSchema>;
export type DetectionOptions = z.infer<typeof detectionSchema>;
