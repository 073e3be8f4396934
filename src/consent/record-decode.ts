/**
 * `decodeRecord()`: a consent cookie's record, or why the value is not one, for tools that read the
 * cookie (exported by `cookie-elements`). It checks every field (`record-check.ts`) as well as the
 * seal the core checks (`readRecord()`).
 */
import { parseRecord, readRecord, type DecodeResult } from './record.js';
import { recordProblem } from './record-check.js';

export function decodeRecord(value: string): DecodeResult {
  const problem = recordProblem(value, parseRecord(value));
  if (problem) return { ok: false, reason: problem };
  const record = readRecord(value);
  // Every field is valid, but the value is not what the writer made of them: edited by hand, or by a
  // server that did not seal it (docs/consent-cookie.md).
  return record ? { ok: true, record } : { ok: false, reason: ['altered', ''] };
}
