/**
 * The consent state of one page: registry, stored decision, grants, language, listeners.
 *
 * Validation without zod on the hot path: a consent record is only ever written for a
 * registry that passed the zod schema, and it keeps that registry's hash. When the page's
 * registry hashes the same, it is the document this browser already validated, so it is
 * used at once; any other registry (first visit, a changed registry) is validated first,
 * loading the validator on demand. Until it passes, nothing non-required is granted.
 */
import type { Registry } from '../registry/schema.js';
import { formatIssues, type RegistryIssue } from '../registry/issues.js';
import { loadRegistry, type LoadResult, type RegistrySource } from '../registry/load.js';
import { languageCandidates, matchLanguage } from '../i18n/detect.js';
import { CookieConsentChangeEvent } from '../events/cookie-consent-change.js';
import { CookieConsentErrorEvent } from '../events/cookie-consent-error.js';
import { CookieConsentReadyEvent } from '../events/cookie-consent-ready.js';
import { CookieConsentWithdrawEvent } from '../events/cookie-consent-withdraw.js';
import { readCookie } from './cookie.js';
import { computeDetail, isStale, withdrawnBetween } from './grants.js';
import { hashText } from './hash.js';
import { consentCookieName, normalizeRegistry, type RegistryView } from './normalize.js';
import { decodeRecord, MAX_RECORD_LENGTH, type ConsentRecord } from './record.js';
import type { Decision } from './write.js';
import type { ConsentChoice, ConsentDetail, ConsentErrorCode, ConsentReason } from './types.js';

const PREFIX = '[cookie-elements]';
const DAY = 864e5;

export type ConsentListener = (detail: ConsentDetail) => void;

/** Validates a registry; loads zod. Replaceable so the drop-in build can name its chunk. */
export type Validator = (
  raw: unknown,
) => Promise<
  | { ok: true; registry: Registry; warnings: RegistryIssue[] }
  | { ok: false; issues: RegistryIssue[]; warnings: RegistryIssue[] }
>;

const loadValidator: Validator = async (raw) => (await import('../registry/validate.js')).validateRegistry(raw);
/** The writing half of the core, loaded on the first decision (the UI imports it up front). */
const loadWriter = () => import('./write.js');

export class ConsentStore {
  view: RegistryView | undefined;
  detail: ConsentDetail;
  language = 'en';
  readonly ready: Promise<ConsentDetail>;
  /** Set once `start()` has a registry source; a page has one registry. */
  started = false;
  /** True once the registry was read and checked (or failed): the state is known. */
  settled = false;

  private hash = '';
  /** The registry's validation, when it was deferred (first visit): decisions wait for it. */
  private deferred: (() => Promise<boolean>) | undefined;
  private validation: Promise<boolean> | undefined;
  private record: ConsentRecord | null = null;
  /** The cookie value last read or written, to notice changes made by other tabs. */
  private lastCookie: string | undefined;
  private memoryOnly = false;
  private resolveReady!: (detail: ConsentDetail) => void;
  private readonly listeners = new Set<{ listener: ConsentListener; watcher: boolean }>();
  private channel: BroadcastChannel | undefined;

  constructor() {
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    this.detail = computeDetail(undefined, null, 'init', this.language, false);
  }

  async start(source: RegistrySource | LoadResult): Promise<ConsentDetail> {
    if (this.started) {
      this.error('registry-multiple', 'start() was called twice: the first registry stays in force');
      return this.ready;
    }
    this.started = true;
    try {
      await this.load(source);
    } catch (error) {
      this.fail('registry-invalid', `setup failed: ${(error as Error).message}`);
    }
    return this.ready;
  }

  private async load(source: RegistrySource | LoadResult): Promise<void> {
    const loaded = 'ok' in source ? source : await loadRegistry(source);
    if (!loaded.ok) return this.fail(loaded.code, loaded.message);

    this.hash = hashText(loaded.canonical);
    const stored = this.readStored(consentCookieName(loaded.raw));
    const registry = loaded.raw as Registry;
    if (stored?.hash !== this.hash) {
      // Not the document this browser validated before. With a stored decision to honour, it is
      // validated first; otherwise nothing is granted before validation ends, so the state is
      // known now (the banner can ask at once) and the validator loads later, off the critical
      // path. Decisions wait for it.
      const check = () => (this.validation ??= this.validate(registry));
      if (stored || !Array.isArray(registry.categories)) {
        if (!(await check())) return;
      } else {
        this.deferred = check;
        const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 500));
        idle(() => void check());
      }
    }
    let view: RegistryView;
    try {
      view = normalizeRegistry(registry);
      this.language = matchLanguage(
        languageCandidates(registry.detection),
        registry.locales ?? [registry.defaultLocale],
        registry.defaultLocale,
      );
    } catch (error) {
      // Malformed beyond use: let the validator name every problem (it fails closed).
      if (this.deferred && !(await this.deferred())) return;
      throw error;
    }
    this.view = view;
    if (view.needsBanner) {
      this.record = stored;
      // A changed registry that passed validation and keeps the decision valid: remember it as validated.
      if (stored && stored.hash !== this.hash && !isStale(view, stored, Date.now())) {
        await this.persist({ ...stored, hash: this.hash });
      }
      this.listen();
    }
    this.settle();
  }

  /** Validates the registry (loading zod); on failure the state fails closed. */
  private async validate(registry: Registry): Promise<boolean> {
    let result: Awaited<ReturnType<Validator>>;
    try {
      result = await loadValidator(registry);
    } catch (error) {
      this.fail(
        'registry-validator',
        `the validator did not load, so the registry stays untrusted: ${(error as Error).message}`,
      );
      return false;
    }
    if (result.warnings.length) console.warn(formatIssues(`${PREFIX} registry warnings:`, result.warnings));
    if (!result.ok) {
      this.fail(
        'registry-invalid',
        `invalid registry (${result.issues.length} problems): nothing optional is granted`,
        result.issues,
      );
      return false;
    }
    return true;
  }

  /** Makes the state known: resolves `ready`, fires `cookie-consent-ready`, calls listeners if decided. */
  private settle(): void {
    this.detail = computeDetail(this.view, this.record, 'init', this.language, this.gpcApplied(this.record));
    this.settled = true;
    this.resolveReady(this.detail);
    document.dispatchEvent(new CookieConsentReadyEvent(this.detail));
    this.notify(!this.detail.decided);
  }

  /** Nothing optional granted from now on; the page is told why. */
  private fail(code: ConsentErrorCode, message: string, issues: RegistryIssue[] = []): void {
    this.view = undefined;
    this.record = null;
    this.error(code, message, issues);
    if (!this.settled) return this.settle();
    this.detail = computeDetail(undefined, null, 'init', this.language, false);
    this.notify(true);
  }

  error(code: ConsentErrorCode, message: string, issues: readonly RegistryIssue[] = []): void {
    console.error(formatIssues(`${PREFIX} ${message}`, issues));
    document.dispatchEvent(new CookieConsentErrorEvent({ code, message, issues }));
  }

  /** Records a decision. Waits for the registry; does nothing (and says why) when it failed. */
  async decide(decision: Decision, choice: ConsentChoice = {}): Promise<ConsentDetail> {
    await this.ready;
    if (this.deferred && !(await this.deferred())) return this.detail;
    const view = this.view;
    if (!view) {
      console.error(`${PREFIX} no decision recorded: the registry is unusable (see the error above)`);
      return this.detail;
    }
    if (!view.needsBanner) return this.detail; // nothing optional: nothing to record, nothing written
    const writer = await this.writer();
    if (!writer) return this.detail;
    const result = writer.decide(view, this.record, decision, choice, {
      now: new Date(),
      hash: this.hash,
      language: this.language,
      gpcSignal: gpcSignal(),
    });
    for (const id of result.unknown)
      this.error('unknown-id', `set(): "${id}" is not a category or service id with a boolean value; ignored`);
    await this.persist(result.record);
    this.adopt(result.record, decision);
    return this.detail;
  }

  async reset(): Promise<ConsentDetail> {
    await this.ready;
    const writer = this.view?.needsBanner && (await this.writer());
    if (!writer) return this.detail;
    writer.deleteCookie(this.view!.cookie);
    this.lastCookie = undefined;
    this.adopt(null, 'reset');
    this.broadcast();
    return this.detail;
  }

  /** The writing half; on a network failure nothing is recorded, and the page is told. */
  private writer(): Promise<typeof import('./write.js') | undefined> {
    return loadWriter().catch((error: Error) => {
      this.error('chunk-load', `nothing recorded: a part of the library did not load (${error.message})`);
      return undefined;
    });
  }

  setLanguage(code: string): void {
    if (code === this.language) return;
    this.language = code;
    this.detail = { ...this.detail, language: code };
    this.notify();
  }

  /**
   * Calls `listener` now if decided, and on every later change. A `watcher` (the UI) is also
   * called when the state becomes known undecided, and on language changes.
   */
  subscribe(listener: ConsentListener, watcher = false): () => void {
    const entry = { listener, watcher };
    this.listeners.add(entry);
    if (this.settled && this.detail.decided) call(listener, this.detail);
    return () => this.listeners.delete(entry);
  }

  private adopt(record: ConsentRecord | null, reason: ConsentReason): void {
    const before = this.detail;
    this.record = record;
    const after = computeDetail(this.view, record, reason, this.language, this.gpcApplied(record), before);
    this.detail = after;
    document.dispatchEvent(new CookieConsentChangeEvent(after));
    const withdrawn = withdrawnBetween(before, after);
    if (withdrawn.categories.length || withdrawn.services.length) {
      document.dispatchEvent(new CookieConsentWithdrawEvent({ ...withdrawn, consent: after }));
    }
    this.notify();
  }

  /** Tells listeners of a change; with `watchersOnly`, only the UI (the state became known, undecided). */
  private notify(watchersOnly = false): void {
    for (const { listener, watcher } of [...this.listeners]) if (watcher || !watchersOnly) call(listener, this.detail);
  }

  private gpcApplied(record: ConsentRecord | null): boolean {
    return record ? record.gpc === 1 : gpcSignal() && !!this.view?.categories.some((c) => c.gpc);
  }

  private readStored(name: string): ConsentRecord | null {
    const value = (this.lastCookie = readCookie(name));
    if (value === undefined) return null;
    const decoded = decodeRecord(value);
    if (decoded.ok) return decoded.record;
    console.warn(
      `${PREFIX} ignored cookie "${name}" (${decoded.reason}): undecided until the next decision replaces it`,
    );
    return null;
  }

  private async persist(record: ConsentRecord): Promise<void> {
    if (this.memoryOnly || !this.view) return;
    const { encodeRecord, writeCookie } = await loadWriter();
    const value = encodeRecord(record);
    const ageLeft = (Date.parse(record.at) + this.view.cookie.maxAgeDays * DAY - Date.now()) / 1000;
    // Never store a record the next page load would refuse to read.
    if (value.length <= MAX_RECORD_LENGTH && writeCookie(this.view.cookie, value, ageLeft)) {
      this.lastCookie = value;
      this.broadcast();
    } else {
      this.memoryOnly = true;
      console.warn(
        `${PREFIX} cookie "${this.view.cookie.name}" could not be stored (blocked, refused or over 3800 characters): the decision holds for this page only`,
      );
    }
  }

  /** Other tabs: a BroadcastChannel nudge, and a re-read when this page is shown again. The cookie is the truth. */
  private listen(): void {
    try {
      this.channel = new BroadcastChannel(`cookie-elements:${this.view!.cookie.name}`);
      this.channel.onmessage = () => this.sync();
    } catch {
      // No BroadcastChannel (old engine, sandboxed frame): pageshow and visibilitychange still sync.
    }
    addEventListener('pageshow', (event) => event.persisted && this.sync());
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && this.sync());
  }

  private broadcast(): void {
    try {
      this.channel?.postMessage('change');
    } catch {
      // The channel closed: the other tabs re-read the cookie when shown.
    }
  }

  /** Re-reads the cookie; adopts what another tab decided. */
  sync(): void {
    if (!this.view || this.memoryOnly) return;
    if (readCookie(this.view.cookie.name) === this.lastCookie) return;
    this.adopt(this.readStored(this.view.cookie.name), 'sync');
  }
}

export function gpcSignal(): boolean {
  return (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
}

function call(listener: ConsentListener, detail: ConsentDetail): void {
  try {
    listener(detail);
  } catch (error) {
    console.error(`${PREFIX} a consent listener threw:`, error);
  }
}
