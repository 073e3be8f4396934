import { expect } from '@open-wc/testing';
import { codeOf, tell, type MessageKey } from '../../src/consent/messages.js';
import { CONSENT_ERROR_CODES, type ConsentErrorDetail } from '../../src/consent/types.js';

/**
 * The suite names a problem by its key alone; `messages.ts` (loaded on demand) knows whether it is
 * an error, and under which `cookie-consent-error` code (docs/api.md, "Errors").
 */
const DOCUMENTED: Partial<Record<MessageKey, string>> = {
  missing: 'registry-missing',
  multiple: 'registry-multiple',
  conflict: 'registry-multiple',
  twice: 'registry-multiple',
  status: 'registry-fetch',
  fetch: 'registry-fetch',
  json: 'registry-json',
  object: 'registry-json',
  invalid: 'registry-invalid',
  setup: 'registry-invalid',
  validator: 'registry-validator',
  set: 'unknown-id',
  gated: 'unknown-id',
  gate: 'unknown-id',
  chunk: 'chunk-load',
  logChunk: 'chunk-load',
};
const WARNINGS: MessageKey[] = ['noUi', 'ignored', 'queueCorrupt', 'queueBlocked', 'queueFull', 'logRefused'];

/** What `tell(key, args)` does: the console lines and the `cookie-consent-error` events. */
function told(key: MessageKey, args: unknown[] = ['x', '{', 'x']) {
  const events: ConsentErrorDetail[] = [];
  const console_ = { error: [] as string[], warn: [] as string[] };
  const listener = (event: Event) => events.push((event as CustomEvent<ConsentErrorDetail>).detail);
  const { error, warn } = console;
  console.error = (line: string) => console_.error.push(line);
  console.warn = (line: string) => console_.warn.push(line);
  document.addEventListener('cookie-consent-error', listener);
  try {
    tell(key, args, []);
  } finally {
    Object.assign(console, { error, warn });
    document.removeEventListener('cookie-consent-error', listener);
  }
  return { events, console: console_ };
}

describe('the problems the suite reports', () => {
  it('fires cookie-consent-error with the documented code for each error, and an error in the console', () => {
    for (const [key, code] of Object.entries(DOCUMENTED) as [MessageKey, string][]) {
      const { events, console: lines } = told(key);
      expect(
        events.map((detail) => detail.code),
        key,
      ).to.deep.equal([code]);
      expect(CONSENT_ERROR_CODES, key).to.include(code);
      expect(lines.error, key).to.have.length(1);
      expect(lines.error[0], key).to.match(/^\[cookie-elements\] /);
      expect(events[0]!.message, key).to.equal(lines.error[0]!.slice('[cookie-elements] '.length));
    }
  });

  it('only warns, in the console, for a warning: no event', () => {
    for (const key of WARNINGS) {
      const { events, console: lines } = told(key, ['cookie_consent', 'foreign', '']);
      expect(codeOf(key), key).to.equal(0);
      expect(events, key).to.deep.equal([]);
      expect(lines.warn, key).to.have.length(1);
      expect(lines.error, key).to.deep.equal([]);
    }
  });

  it("warns with the key and its arguments for a key it does not know (another copy of the library's)", () => {
    const { events, console: lines } = told('fromANewerCopy' as MessageKey, ['a', 2]);
    expect(events).to.deep.equal([]);
    expect(lines.warn).to.deep.equal(['[cookie-elements] fromANewerCopy a 2']);
  });

  it('uses every public code for some problem', () => {
    expect([...new Set((Object.keys(DOCUMENTED) as MessageKey[]).map(codeOf))].sort()).to.deep.equal(
      [...CONSENT_ERROR_CODES].sort(),
    );
  });
});
