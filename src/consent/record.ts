/**
 * The consent record: what the consent cookie holds. Read on every page view, so it
 * has its own small parser (no zod) that rejects anything unexpected: fail closed.
 *
 * Encoding (documented for servers in docs/consent-cookie.md): the cookie value is
 * base64url (RFC 4648 §5, no padding) of a JSON object:
 *
 * ```json
 * { "v": 1, "id": "k3J…", "rev": 3, "hash": "1x2y3z", "first": "2026-05-23T10:00:00.000Z",
 *   "at": "2026-06-01T09:30:00.000Z", "cat": { "analytics": 1, "functional": 0 },
 *   "svc": { "posthog": 1 }, "m": "custom", "lang": "en", "gpc": 0 }
 * ```
 */
import { ID_PATTERN, LOCALE_PATTERN } from '../registry/constants.js';
import { CONSENT_METHODS, type ConsentMethod } from './types.js';

export const RECORD_VERSION = 1;
/** Browsers keep about 4 KB per cookie; anything longer is not ours. */
export const MAX_RECORD_LENGTH = 3800;

export interface ConsentRecord {
  v: typeof RECORD_VERSION;
  /** Random consent id. */
  id: string;
  /** Registry revision decided on. */
  rev: number;
  /** Hash of the registry that was validated when this record was written. */
  hash: string;
  /** First and last decision time, ISO 8601 UTC. */
  first: string;
  at: string;
  /** Non-required category id → 1 granted / 0 denied. */
  cat: Record<string, 0 | 1>;
  /** Service-level grants that differ from, or refine, their category's. */
  svc: Record<string, 0 | 1>;
  m: ConsentMethod;
  lang: string;
  /** 1 when Global Privacy Control applied. */
  gpc: 0 | 1;
}

/**
 * A record, or why the value is not one: `[code, detail]` with code `oversized`, `foreign`,
 * `newer`, `field` or `unexpected` (see `decodeRecord()` in `record-decode.ts`).
 */
export type DecodeResult = { ok: true; record: ConsentRecord } | { ok: false; reason: [string, string] };

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/**
 * The record the consent cookie's value holds, or undefined when it is not a valid one (fail
 * closed). On every page view: why it is not one is found only when it is told, in the lazily
 * loaded `decodeRecord()`.
 */
export function readRecord(value: string): ConsentRecord | undefined {
  const data = parseRecord(value);
  return isObject(data) && !badField(data) ? (data as unknown as ConsentRecord) : undefined;
}

/** The value's JSON: undefined when it is over the size limit or not base64url JSON. */
export function parseRecord(value: string): unknown {
  try {
    return value.length <= MAX_RECORD_LENGTH && /^[A-Za-z0-9_-]+$/.test(value)
      ? JSON.parse(atob(value.replace(/-/g, '+').replace(/_/g, '/')))
      : undefined;
  } catch {
    return undefined; // not base64url JSON: another tool's cookie, or one cut short
  }
}

/** The first field of `data` that is unexpected, invalid or missing; undefined for a valid record. */
export function badField(data: Record<string, unknown>): string | undefined {
  return (
    Object.keys(data).find((key) => !(Object.hasOwn(FIELDS, key) && FIELDS[key]!(data[key], data))) ??
    Object.keys(FIELDS).find((key) => !(key in data))
  );
}

/** One check per field; a record with any other field is rejected. */
export const FIELDS: Record<string, (value: unknown, record: Record<string, unknown>) => boolean> = {
  v: (value) => value === RECORD_VERSION,
  id: (value) => typeof value === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(value),
  rev: (value) => Number.isSafeInteger(value) && (value as number) >= 0,
  hash: (value) => typeof value === 'string' && /^[0-9a-z]{1,16}$/.test(value),
  first: isTime,
  at: (value, record) => isTime(value) && (value as string) >= (record.first as string),
  cat: isGrantMap,
  svc: isGrantMap,
  m: (value) => (CONSENT_METHODS as readonly unknown[]).includes(value),
  lang: (value) => typeof value === 'string' && LOCALE_PATTERN.test(value),
  gpc: (value) => value === 0 || value === 1,
};

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
