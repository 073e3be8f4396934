/**
 * The words of the suite's errors and warnings. Problems are rare, so their text loads on
 * demand (a returning visitor never downloads it); if even this chunk cannot load, the
 * message falls back to its key and arguments. It imports nothing from the core: a module shared
 * by several lazy chunks would be split out of the entry into a request of its own.
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
};

const TEXT: Record<string, (...args: string[]) => string> = {
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
};

/** The console text: the message, then one line per registry issue. */
export function report(message: string, issues: readonly RegistryIssue[] = []): string {
  return formatIssues(`[cookie-elements] ${message}`, issues);
}

export function explain(key: string, args: readonly unknown[]): string {
  return TEXT[key]?.(...args.map(String)) ?? [key, ...args].join(' ');
}

/** Reports a problem: an error in the console and as `cookie-consent-error`, or (`code` 0) a warning in the console. */
export function tell(
  code: ConsentErrorCode | 0,
  key: string,
  args: readonly unknown[],
  issues: readonly RegistryIssue[],
): void {
  const message = explain(key, args);
  if (!code) return console.warn(report(message));
  console.error(report(message, issues));
  document.dispatchEvent(new CookieConsentErrorEvent({ code, message, issues }));
}
