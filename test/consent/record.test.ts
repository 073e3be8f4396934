import { expect } from '@open-wc/testing';
import { hashText } from '../../src/consent/hash.js';
import {
  MAX_RECORD_LENGTH,
  parseRecord,
  RECORD_VERSION,
  readRecord,
  type ConsentRecord,
} from '../../src/consent/record.js';
import { whyRefused } from '../../src/consent/record-check.js';
import { decodeRecord } from '../../src/consent/record-decode.js';
import { encodeRecord, newConsentId } from '../../src/consent/write.js';
import { explain } from '../../src/consent/messages.js';

/** The console warning a site developer reads for a refused consent cookie (as the store words it). */
function warning(value: string): string {
  return explain('ignored', ['site_consent', ...whyRefused(value, parseRecord(value))]);
}

const record: ConsentRecord = {
  v: 1,
  id: 'gWFmcKu9drLKnx4bosa36w',
  rev: 3,
  hash: '1fdhmchjwmf',
  first: '2026-05-23T10:00:00.000Z',
  at: '2026-06-01T09:30:00.000Z',
  cat: { analytics: 1, functional: 0 },
  svc: { posthog: 1 },
  m: 'custom',
  lang: 'pt-BR',
  gpc: 0,
};

function toBase64url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** What a server does (docs/consent-cookie.md): base64url, then JSON. */
function serverRead(value: string): unknown {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)));
}

describe('the consent record', () => {
  it('is base64url JSON, as documented for servers, and survives a round trip', () => {
    const value = encodeRecord(record);
    expect(value).to.match(/^[A-Za-z0-9_-]+$/);
    // Sealed last with its `sum`: the documented hash of the JSON of every other field, in order.
    expect(serverRead(value)).to.deep.equal({ ...record, sum: hashText(JSON.stringify(record)) });
    expect(Object.keys(serverRead(value) as object).at(-1)).to.equal('sum');
    expect(decodeRecord(value)).to.deep.equal({ ok: true, record });
    expect(readRecord(value), 'as the core reads it').to.deep.equal(record);
  });

  /** The value with its JSON changed by `edit`, as a hand or another program would, not sealed again. */
  function edited(value: string, edit: (json: string) => string): string {
    return toBase64url(edit(JSON.stringify(serverRead(value))));
  }

  it('refuses a record changed since it was written: a denied category edited to granted grants nothing', () => {
    const value = edited(encodeRecord(record), (json) => json.replace('"functional":0', '"functional":1'));
    expect((serverRead(value) as ConsentRecord).cat.functional, 'the edit is a valid record otherwise').to.equal(1);
    expect(readRecord(value), 'as the core reads it').to.equal(undefined);
    expect(decodeRecord(value).ok).to.equal(false);
    expect(warning(value)).to.match(/changed since it was written, or cut short: its "sum" does not match/);
  });

  it('refuses a record without its seal (as an earlier build wrote it), or with another', () => {
    const unsealed = toBase64url(JSON.stringify(record));
    expect(readRecord(unsealed)).to.equal(undefined);
    expect(warning(unsealed)).to.match(/invalid or missing field "sum"/);
    const otherSum = edited(encodeRecord(record), (json) => json.replace(/"sum":"[0-9a-z]+"/, '"sum":"abc"'));
    expect(readRecord(otherSum)).to.equal(undefined);
    expect(warning(otherSum)).to.match(/its "sum" does not match/);
  });

  it('has a seal that changes with any field, and does not depend on the sum written before', () => {
    const sums = new Set(
      [
        record,
        { ...record, rev: 4 },
        { ...record, cat: { analytics: 0, functional: 0 } },
        { ...record, lang: 'pt' },
      ].map((variant) => (serverRead(encodeRecord(variant as ConsentRecord)) as { sum: string }).sum),
    );
    expect(sums.size).to.equal(4);
    // A record the core read (unsealed in memory) and wrote again, as the store does with a new hash.
    const again = encodeRecord({ ...readRecord(encodeRecord(record))!, hash: 'abc123' });
    expect(readRecord(again)).to.deep.equal({ ...record, hash: 'abc123' });
  });

  it('is small enough for one cookie with a dozen categories', () => {
    const cat = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`category-${i}`, (i % 2) as 0 | 1]));
    expect(encodeRecord({ ...record, cat }).length).to.be.below(MAX_RECORD_LENGTH / 4);
  });

  const rejects: [string, Record<string, unknown>, RegExp][] = [
    ['a missing field', { lang: undefined }, /invalid or missing field "lang"/],
    ['an extra field', { extra: 1 }, /unexpected field "extra"/],
    ['a field named like an Object member', { constructor: 1 }, /unexpected field "constructor"/],
    ['a non-integer revision', { rev: 1.5 }, /field "rev"/],
    ['a bad id', { id: 'short' }, /field "id"/],
    ['a grant that is not 0 or 1', { cat: { analytics: true } }, /field "cat"/],
    ['a grant for a malformed id', { svc: { 'Not An Id': 1 } }, /field "svc"/],
    ['an unknown method', { m: 'magic' }, /field "m"/],
    ['a time that is not ISO UTC', { at: 'yesterday' }, /field "at"/],
    ['a decision before the first one', { at: '2026-05-01T00:00:00.000Z' }, /field "at"/],
    ['a bad language', { lang: '<b>' }, /field "lang"/],
    ['a gpc flag that is not 0 or 1', { gpc: true }, /field "gpc"/],
    ['another record version', { v: 7 }, /newer record version \(7\)/],
    ['no version', { v: undefined }, /not a cookie-elements record/],
  ];
  for (const [label, change, reason] of rejects) {
    it(`rejects ${label}`, () => {
      const value = toBase64url(JSON.stringify({ ...record, ...change }));
      expect(decodeRecord(value).ok).to.equal(false);
      expect(readRecord(value), 'as the core reads it').to.equal(undefined);
      expect(warning(value)).to.match(reason);
      // Sealed as the writer seals (a server that writes records badly): tools still refuse it.
      const sealed = encodeRecord({ ...record, ...change } as ConsentRecord);
      expect(decodeRecord(sealed).ok, 'sealed').to.equal(false);
      expect(warning(sealed), 'sealed').to.match(reason);
    });
  }

  it('rejects a value with a __proto__ key without touching any prototype', () => {
    const json = JSON.stringify(record).replace('"v":1,', '"v":1,"__proto__":{"polluted":1},');
    const value = toBase64url(json);
    expect(decodeRecord(value).ok).to.equal(false);
    expect(readRecord(value)).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('rejects what is not base64url JSON, and anything over the size limit', () => {
    for (const value of ['a b', '%7B%22v%22%3A1%7D', encodeRecord(record).slice(0, -10)]) {
      expect(decodeRecord(value).ok, value).to.equal(false);
      expect(readRecord(value), value).to.equal(undefined);
      expect(warning(value)).to.match(/not a cookie-elements record, or truncated/);
    }
    const huge = 'A'.repeat(MAX_RECORD_LENGTH + 1);
    expect(readRecord(huge)).to.equal(undefined);
    expect(warning(huge)).to.match(/oversized: 3801 characters/);
    // The field check (in the validator's chunk) keeps its own copies of the limit and the version.
    expect(whyRefused('A'.repeat(MAX_RECORD_LENGTH), undefined), 'at the limit').to.deep.equal(['foreign', '']);
    expect(whyRefused('{}', { ...record, v: RECORD_VERSION + 1 })).to.deep.equal(['newer', String(RECORD_VERSION + 1)]);
    expect(whyRefused('{}', { ...record, sum: 'abc' }), 'a valid record').to.deep.equal(['altered', '']);
  });

  it('gets a random 22-character consent id each time', () => {
    const ids = new Set(Array.from({ length: 50 }, newConsentId));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(/^[A-Za-z0-9_-]{22}$/);
  });

  it('hashes registries: equal text, equal hash; any change, another hash', () => {
    const text = JSON.stringify({ version: 1, revision: 1, categories: [{ id: 'a' }] });
    expect(hashText(text)).to.equal(hashText(text));
    expect(hashText(text)).to.match(/^[0-9a-z]{1,11}$/);
    expect(hashText(text.replace('"a"', '"b"'))).not.to.equal(hashText(text));
    expect(hashText(text + ' ')).not.to.equal(hashText(text));
  });
});
