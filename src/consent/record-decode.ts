/**
 * `decodeRecord()`: a consent cookie's record, or why the value is not one. The core reads records
 * with `readRecord()` alone; this comes with the writer (which re-exports `whyNot()` for the warning
 * about an ignored cookie: importing it from `messages.ts` or as its own chunk split the registry
 * constants into one more request on every page view), and is exported for tools that read the
 * cookie (`cookie-elements`).
 */
import {
  badField,
  FIELDS,
  isObject,
  MAX_RECORD_LENGTH,
  parseRecord,
  RECORD_VERSION,
  type ConsentRecord,
  type DecodeResult,
} from './record.js';

export function decodeRecord(value: string): DecodeResult {
  if (value.length > MAX_RECORD_LENGTH) return { ok: false, reason: ['oversized', String(value.length)] };
  const data = parseRecord(value);
  if (!isObject(data) || data.v !== RECORD_VERSION) {
    const version = isObject(data) && typeof data.v === 'number' ? data.v : 0;
    return { ok: false, reason: version > RECORD_VERSION ? ['newer', String(version)] : ['foreign', ''] };
  }
  const bad = badField(data);
  if (bad) return { ok: false, reason: [Object.hasOwn(FIELDS, bad) ? 'field' : 'unexpected', bad] };
  return { ok: true, record: data as unknown as ConsentRecord };
}

/** Why `value` is not a record, as `[code, detail]` (`decodeRecord()`'s reason). */
export function whyNot(value: string): [string, string] {
  const decoded = decodeRecord(value);
  return decoded.ok ? ['foreign', ''] : decoded.reason;
}
