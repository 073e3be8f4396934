/**
 * The words of the suite's errors and warnings, and the `cookie-consent-error` code of each. Problems
 * are rare, so all of this loads on demand (a returning visitor never downloads it): the rest of the
 * suite names a problem by its key alone. If even this chunk cannot load, the console gets the key
 * and its arguments. It imports nothing from the core: a module shared by several lazy chunks would
 * be split out of the entry into a request of its own.
 */

/** The page's registry script (as `REGISTRY_SELECTOR` in `registry/constants.ts`). */
const SELECTOR = 'script[type="application/json"][data-cookie-registry]';
import { formatIssues, type RegistryIssue } from '../registry/issues.js';
import { CookieConsentErrorEvent } from '../events/cookie-consent-error.js';
import type { ConsentErrorCode } from './types.js';
import { describeJsonError } from '../registry/json-syntax.js';

/** Why a consent cookie was not a usable record (`decodeRecord()`'s reason codes). */
const RECORD_PROBLEMS: Record<string, (detail: string) => string> = {
  oversized: (length) => `oversized: ${length} characters`,
  foreign: () => 'not a cookie-elements record, or truncated',
  newer: (version) => `from a newer record version (${version})`,
  field: (field) => `invalid or missing field "${field}"`,
  unexpected: (field) => `unexpected field "${field}"`,
  altered: () => 'changed since it was written, or cut short: its "sum" does not match',
};

/** The code each error's key is reported under; a key not listed is a warning (the console only). */
const CODES: Partial<Record<MessageKey, ConsentErrorCode>> = {
  twice: 'registry-multiple',
  conflict: 'registry-multiple',
  multiple: 'registry-multiple',
  missing: 'registry-missing',
  object: 'registry-json',
  json: 'registry-json',
  status: 'registry-fetch',
  fetch: 'registry-fetch',
  setup: 'registry-invalid',
  invalid: 'registry-invalid',
  validator: 'registry-validator',
  set: 'unknown-id',
  gated: 'unknown-id',
  gate: 'unknown-id',
  chunk: 'chunk-load',
  logChunk: 'chunk-load',
};

const TEXT = {
  twice: () => 'start() was called twice: the first registry stays in force',
  conflict: () => `start({ registry }) ignored: the page has ${SELECTOR}, and a page has one registry`,
  missing: () => `no registry: add ${SELECTOR} or call cookieElements.start({ registry }) before load`,
  multiple: (count) => `${count} registries (${SELECTOR}); a page has exactly one`,
  object: (reason) => `the registry object is not JSON: ${reason}`,
  status: (url, status) => `${url} answered HTTP ${status}`,
  fetch: (url, reason) => `${url} could not be fetched: ${reason}`,
  json: (origin, text, reason) =>
    `${origin || `the page's ${SELECTOR}`} is not valid JSON: ${describeJsonError(text, new Error(reason))}`,
  setup: (reason) => `setup failed: ${reason}`,
  validator: (reason) => `the validator did not load, so the registry stays untrusted: ${reason}`,
  invalid: (count) => `invalid registry (${count} problems): nothing optional is granted`,
  set: (id) => `set(): "${id}" is not a category or service id with a boolean value; ignored`,
  taken: (tag, name) =>
    `<${tag}> is already defined by another library; register this element under another name: customElements.define('my-${tag}', class extends ${name} {})`,
  gated: (tag, id) =>
    `<${tag} data-cookie-category="…">: "${id}" is not a category or service of the registry; it never runs`,
  gate: (tag, id) =>
    `<${tag}>: "${id}" is not a category or service of the registry (attributes category/service); it stays blocked`,
  noUi: () => 'no UI loaded: use the full suite (cookie-elements) or dist/cookie-elements.js, not only the core',
  logChunk: (reason) => `consent record not sent: a part of the library did not load (${reason})`,
  queueCorrupt: (key) => `the consent-record queue (localStorage "${key}") was unreadable and has been discarded`,
  queueBlocked: (key) =>
    `consent records cannot be queued (localStorage "${key}" is blocked or full): undelivered ones are lost when this page closes`,
  queueFull: (max, count) => `the consent-record queue holds at most ${max} records: the ${count} oldest were dropped`,
  logRefused: (url, status) =>
    `${url} refused a consent record (HTTP ${status}); it is not sent again. A receiver answers 2xx, also to a repeated key`,
  chunk: (reason) => `nothing recorded: a part of the library did not load (${reason})`,
  ignored: (name, reason, detail) =>
    `ignored cookie "${name}" (${RECORD_PROBLEMS[reason]?.(detail!) ?? reason}): undecided until the next decision replaces it`,
} satisfies Record<string, (...args: string[]) => string>;

/**
 * The key of every problem the suite reports (`store.report()`, `LoadFailure`): a misspelt key does
 * not compile. Imported as a type only, so the core does not download the words.
 */
export type MessageKey = keyof typeof TEXT;

/** The console text: the message, then one line per registry issue. */
export function consoleText(message: string, issues: readonly RegistryIssue[] = []): string {
  return formatIssues(`[cookie-elements] ${message}`, issues);
}

/** The `cookie-consent-error` code of the problem `key`, or 0 for a warning. */
export function codeOf(key: MessageKey): ConsentErrorCode | 0 {
  return CODES[key] ?? 0;
}

export function explain(key: MessageKey, args: readonly unknown[]): string {
  // Another copy of the library on the page (they share one store) may know keys this one does not.
  const text = TEXT[key] as ((...args: string[]) => string) | undefined;
  return text?.(...args.map(String)) ?? [key, ...args].join(' ');
}

/** Reports a problem: an error in the console and as `cookie-consent-error`, or a warning in the console. */
export function tell(key: MessageKey, args: readonly unknown[], issues: readonly RegistryIssue[]): void {
  const message = explain(key, args);
  const code = codeOf(key);
  if (!code) return console.warn(consoleText(message));
  console.error(consoleText(message, issues));
  document.dispatchEvent(new CookieConsentErrorEvent({ code, message, issues }));
}
