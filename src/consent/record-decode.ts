/**
 * `decodeRecord()`: a consent cookie's record, or why the value is not one, field by field. The core
 * reads records with `readRecord()` alone (is it one the writer made, intact?); this comes with the
 * writer (which re-exports `whyNot()` for the warning about an ignored cookie: importing it from
 * `messages.ts` or as its own chunk split the registry constants into one more request on every
 * page view), and is exported for tools that read the cookie (`cookie-elements`).
 */
import { ID_PATTERN, LOCALE_PATTERN } from '../registry/constants.js';
import { MAX_RECORD_LENGTH, parseRecord, RECORD_VERSION, sealOf, type DecodeResult } from './record.js';
import { CONSENT_METHODS } from './types.js';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

export function decodeRecord(value: string): DecodeResult {
  if (value.length > MAX_RECORD_LENGTH) return { ok: false, reason: ['oversized', String(value.length)] };
  const data = parseRecord(value);
  if (!isObject(data) || data.v !== RECORD_VERSION) {
    const version = isObject(data) && typeof data.v === 'number' ? data.v : 0;
    return { ok: false, reason: version > RECORD_VERSION ? ['newer', String(version)] : ['foreign', ''] };
  }
  const bad = badField(data);
  if (bad) return { ok: false, reason: [Object.hasOwn(FIELDS, bad) ? 'field' : 'unexpected', bad] };
  const { sum, ...record } = data;
  // Every field is valid, but the value is not what the writer made of them: edited by hand, or by a
  // server that did not seal it (docs/consent-cookie.md).
  if (sum !== sealOf(record)) return { ok: false, reason: ['altered', ''] };
  return { ok: true, record: record as never };
}

/** Why `value` is not a record, as `[code, detail]` (`decodeRecord()`'s reason). */
export function whyNot(value: string): [string, string] {
  const decoded = decodeRecord(value);
  return decoded.ok ? ['foreign', ''] : decoded.reason;
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
