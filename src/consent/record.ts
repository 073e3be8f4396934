/**
 * The consent record: what the consent cookie holds. Read on every page view, so the core checks
 * only that the value is one the writer made, and intact: its `sum` is the hash of the rest. The
 * writer makes nothing but valid records, so a value whose sum matches is one it wrote; anything
 * altered, cut short or written by another tool is refused (fail closed). Why a value is refused,
 * field by field, is found only when it is told, by `decodeRecord()` (record-decode.ts).
 *
 * Encoding (documented for servers in docs/consent-cookie.md): the cookie value is
 * base64url (RFC 4648 §5, no padding) of a JSON object:
 *
 * ```json
 * { "v": 1, "id": "k3J…", "rev": 3, "hash": "1x2y3z", "first": "2026-05-23T10:00:00.000Z",
 *   "at": "2026-06-01T09:30:00.000Z", "cat": { "analytics": 1, "functional": 0 },
 *   "svc": { "posthog": 1 }, "m": "custom", "lang": "en", "gpc": 0, "sum": "1x4y5z" }
 * ```
 */
import { hashText } from './hash.js';
import type { ConsentMethod } from './types.js';

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
 * `newer`, `field`, `unexpected` or `altered` (see `decodeRecord()` in `record-decode.ts`).
 */
export type DecodeResult = { ok: true; record: ConsentRecord } | { ok: false; reason: [string, string] };

/**
 * The record the consent cookie's value holds, or undefined when it is not one this version wrote,
 * intact (fail closed). On every page view: why it is not one is found only when it is told, in the
 * lazily loaded `decodeRecord()`.
 */
export function readRecord(value: string): ConsentRecord | undefined {
  // Anything JSON.parse returns destructures but null (and undefined, for a value that is not JSON).
  const { sum, ...record } = (parseRecord(value) ?? {}) as ConsentRecord & { sum?: unknown };
  return record.v === RECORD_VERSION && sum === sealOf(record) ? record : undefined;
}

/** The record's checksum, its `sum`: the hash of its JSON without `sum`, keys in their order. */
export function sealOf(record: object): string {
  return hashText(JSON.stringify(record));
}

/**
 * The value's JSON: undefined when it is not base64(url) JSON. No other check: the seal is the one
 * that tells a record the writer made (`decodeRecord()` names an oversized value).
 */
export function parseRecord(value: string): unknown {
  try {
    return JSON.parse(atob(value.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return undefined; // not base64url JSON: another tool's cookie, or one cut short
  }
}
