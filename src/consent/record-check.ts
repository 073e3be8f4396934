/**
 * Why a consent cookie's value is not a record, field by field. The core checks only a record's
 * seal (`readRecord()`); this explains a refused value, and `decodeRecord()` uses it for tools. It
 * shares the registry's id and language patterns with the schema, so it loads in the validator's
 * chunk (`validate.ts` re-exports `whyRefused()`). It takes the value's JSON from the core instead of
 * importing the core's parser: a validator chunk that imported the core's functions made rolldown
 * split the core in two (two requests on every page view).
 */
import { ID_PATTERN, LOCALE_PATTERN } from '../registry/validator-constants.js';
import { CONSENT_METHODS } from './types.js';

/**
 * As `record.ts` has them (record.test.ts checks both agree). Not imported: the npm build inlines
 * them and would leave an import of `record.ts` for its side effects, which it has none of.
 */
const RECORD_VERSION = 1;
const MAX_RECORD_LENGTH = 3800;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/**
 * The first problem of `value` (whose JSON is `data`, undefined when it is none) as
 * `[code, detail]`: `oversized`, `foreign`, `newer`, `field` or `unexpected`; undefined when the
 * value is a record with valid fields (its seal is not checked here).
 */
export function recordProblem(value: string, data: unknown): [string, string] | undefined {
  if (value.length > MAX_RECORD_LENGTH) return ['oversized', String(value.length)];
  if (!isObject(data) || data.v !== RECORD_VERSION) {
    const version = isObject(data) && typeof data.v === 'number' ? data.v : 0;
    return version > RECORD_VERSION ? ['newer', String(version)] : ['foreign', ''];
  }
  const bad = badField(data);
  return bad ? [Object.hasOwn(FIELDS, bad) ? 'field' : 'unexpected', bad] : undefined;
}

/** Why the core refused `value` (whose JSON is `data`): its first problem, or else its seal (`altered`). */
export function whyRefused(value: string, data: unknown): [string, string] {
  return recordProblem(value, data) ?? ['altered', ''];
}

/** The first field of `data` that is unexpected, invalid or missing; undefined when every field is valid. */
function badField(data: Record<string, unknown>): string | undefined {
  return (
    Object.keys(data).find((key) => !(Object.hasOwn(FIELDS, key) && FIELDS[key]!(data[key], data))) ??
    Object.keys(FIELDS).find((key) => !(key in data))
  );
}

/** One check per field; a record with any other field is rejected. */
const FIELDS: Record<string, (value: unknown, record: Record<string, unknown>) => boolean> = {
  v: (value) => value === RECORD_VERSION,
  id: (value) => typeof value === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(value),
  rev: (value) => Number.isSafeInteger(value) && (value as number) >= 0,
  hash: isHash,
  first: isTime,
  at: (value, record) => isTime(value) && (value as string) >= (record.first as string),
  cat: isGrantMap,
  svc: isGrantMap,
  m: (value) => (CONSENT_METHODS as readonly unknown[]).includes(value),
  lang: (value) => typeof value === 'string' && LOCALE_PATTERN.test(value),
  gpc: (value) => value === 0 || value === 1,
  sum: isHash,
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `hashText()`'s output: the registry's `hash`, and the record's own `sum`. */
function isHash(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9a-z]{1,16}$/.test(value);
}

function isTime(value: unknown): boolean {
  return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function isGrantMap(value: unknown): boolean {
  return (
    isObject(value) &&
    Object.entries(value).every(([key, grant]) => ID_PATTERN.test(key) && (grant === 0 || grant === 1))
  );
}
