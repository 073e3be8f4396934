import { hashText } from '../../src/consent/hash.js';
import type { ConsentRecord } from '../../src/consent/record.js';
import { encodeRecord } from '../../src/consent/write.js';

/**
 * The cookie value the suite would have written for `registry` (its hash and revision),
 * decided now: analytics granted, functional denied, unless `overrides` say otherwise.
 */
export function recordFor(registry: unknown, overrides: Partial<ConsentRecord> = {}): string {
  const now = new Date().toISOString();
  return encodeRecord({
    v: 1,
    id: 'abcdefghijklmnopqrstuv',
    rev: (registry as { revision: number }).revision,
    hash: hashText(JSON.stringify(registry)),
    first: now,
    at: now,
    cat: { analytics: 1, functional: 0 },
    svc: {},
    m: 'custom',
    lang: 'en',
    gpc: 0,
    ...overrides,
  });
}
