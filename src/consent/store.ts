/**
 * The consent state of one page: registry, stored decision, grants, language, listeners.
 *
 * Validation without zod on the hot path: a consent record is only ever written for a
 * registry that passed the zod schema, and it keeps that registry's hash. When the page's
 * registry hashes the same, it is the document this browser already validated, so it is
 * used at once; any other registry (first visit, a changed registry) is validated, loading
 * the validator on demand: before a stored decision that may still hold is applied, else once
 * the banner is interactive. Until it passes, nothing non-required is granted.
 */
import type { Registry } from '../registry/schema.js';
import type { RegistryIssue } from '../registry/issues.js';
import {
  loadRegistry,
  REGISTRY_SELECTOR,
  type LoadFailure,
  type LoadResult,
  type RegistrySource,
} from '../registry/load.js';
import { CookieConsentReadyEvent } from '../events/cookie-consent-ready.js';
import { readCookie } from './cookie.js';
import { computeDetail, isStale } from './grants.js';
import { hashText } from './hash.js';
import { consentCookieName, normalizeRegistry, type RegistryView } from './normalize.js';
import { parseRecord, readRecord, type ConsentRecord } from './record.js';
import type { Decision } from './write.js';
import type { UiHost } from './api.js';
import type { MessageKey } from './messages.js';
import type { ConsentChoice, ConsentDetail } from './types.js';

const PREFIX = '[cookie-elements]';

export type ConsentListener = (detail: ConsentDetail) => void;

/** The writing half of the core, loaded on the first decision (the UI imports it up front). */
const loadWriter = () => import('./write.js');

/** Runs `task` once the main thread is idle (soon, in engines without `requestIdleCallback`). */
const whenIdle = (task: () => void): number => (globalThis.requestIdleCallback ?? setTimeout)(task);

export class ConsentStore {
  view: RegistryView | undefined;
  detail: ConsentDetail;
  language = 'en';
  /** @internal The language `setLanguage()` asked for, which detection no longer overrides. */
  chosen: string | undefined;
  readonly ready: Promise<ConsentDetail>;
  /** The page's UI layer, once it registered itself: a banner will show when one is needed. */
  ui: UiHost | undefined;
  // Flags start unset (undefined: false) rather than initialised: every page view downloads this.
  /** Set once `start()` has a registry source; a page has one registry. */
  started: boolean | undefined;
  /** True once the registry was read and checked (or failed): the state is known. */
  settled: boolean | undefined;

  /** @internal The hash of the registry's canonical text (set once it is read). */
  hash: string | undefined;
  /** The registry's validation, when it was deferred (first visit): decisions wait for it. */
  #deferred: (() => Promise<boolean>) | undefined;
  #validation: Promise<boolean> | undefined;
  /** `validateSoon()`'s idle request: one per page, however often banners and dialogs show. */
  // eslint-disable-next-line no-unused-private-class-members -- read by `??=`, which the rule counts as a write only
  #soon: number | undefined;
  /** @internal The stored record (possibly stale). */
  record: ConsentRecord | null = null;
  /** The cookie value last read or written, to notice changes made by other tabs. */
  /** @internal */
  lastCookie: string | undefined;
  /** @internal */
  memoryOnly: boolean | undefined;
  #resolveReady!: (detail: ConsentDetail) => void;
  readonly #listeners = new Set<{ listener: ConsentListener; watcher: boolean }>();
  #channel: BroadcastChannel | undefined;

  constructor() {
    this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
    this.detail = this.#detailNow();
  }

  async start(source: RegistrySource | LoadResult): Promise<ConsentDetail> {
    if (this.started) {
      void this.report('twice');
      return this.ready;
    }
    this.started = true;
    try {
      await this.#load(source);
    } catch (error) {
      await this.#fail({ ok: false, key: 'setup', args: [(error as Error).message] });
    }
    return this.ready;
  }

  async #load(source: RegistrySource | LoadResult): Promise<void> {
    const loaded = 'ok' in source ? source : await loadRegistry(source);
    if (!loaded.ok) return this.#fail(loaded);

    this.hash = hashText(loaded.canonical);
    const stored = this.readStored(consentCookieName(loaded.raw));
    const registry = loaded.raw as Registry;
    // Validated already: by this browser (the stored record keeps the hash), or at build time (the
    // CLI printed the hash the page's registry script carries as `data-cookie-validated`).
    const stamp = document.querySelector<HTMLElement>(REGISTRY_SELECTOR)?.dataset.cookieValidated;
    let view: RegistryView | undefined;
    let broken: unknown;
    try {
      view = normalizeRegistry(registry);
    } catch (error) {
      broken = error; // malformed beyond use: the validator names every problem first (it fails closed)
    }
    if (stored?.hash !== this.hash && stamp !== this.hash) {
      // Not the document this browser validated before. With a stored decision to honour (still
      // valid for this registry), or a registry too malformed to read, it is validated first.
      // Otherwise (a first visit, or a decision gone stale: a new revision, or expired) nothing
      // is granted before validation ends, so the state is known now (the banner can ask at
      // once) and the validator loads later, off the banner's path. Decisions wait for it.
      const check = () => (this.#validation ??= this.#validate(registry));
      if (!view || (stored && !isStale(view, stored, Date.now()))) {
        if (!(await check())) return;
      } else {
        this.#deferred = check;
      }
    }
    if (!view) throw broken;
    this.view = view;
    if (view.needsBanner) {
      this.record = stored;
      // A changed registry that passed validation and keeps the decision valid: remember it as validated.
      if (stored && stored.hash !== this.hash && !isStale(view, stored, Date.now())) {
        (await loadWriter()).persist(this, { ...stored, hash: this.hash });
      }
      this.#listen();
    }
    // The language: detected (i18next's way, `i18n/detect.ts`, loaded with the UI) whenever the UI
    // will show, so now when the visitor is to be asked, or as `setLanguage()` (queued before the
    // library loaded) chose it; else the language of the stored decision (a page that shows
    // nothing needs no detection, and does not download it).
    this.language = stored?.lang ?? registry.defaultLocale;
    if (this.chosen || (view.needsBanner && !this.#detailNow().decided)) await this.detectLanguage();
    this.#settle();
    // A banner to show: it calls validateSoon() once it is interactive, so the validator never
    // competes with it (asked for 10 s after this at the latest; like every idle request, it runs
    // once the page is idle). Nothing to show, or no UI on the page: when idle.
    if (this.#deferred) setTimeout(() => this.validateSoon(), this.detail.decided || !this.ui ? 0 : 1e4);
  }

  /**
   * When the main thread is idle: runs a deferred validation, and loads the writer, so that a
   * click on the banner's Accept or Reject does not wait for it (the banner calls this once it is
   * interactive). Once per page: later calls find it asked for.
   */
  validateSoon(): void {
    this.#soon ??= whenIdle(() => {
      void this.#deferred?.();
      loadWriter().catch(() => undefined); // a decision reports a writer that cannot load
    });
  }

  /** Validates the registry (loading zod); on failure the state fails closed. */
  async #validate(registry: Registry): Promise<boolean> {
    const failure = await import('../registry/validate.js').then(
      (validator) => validator.pageRegistryFailure(registry),
      (error: Error): LoadFailure => ({ ok: false, key: 'validator', args: [error.message] }),
    );
    if (failure) await this.#fail(failure);
    return !failure;
  }

  /** The state as it is (reason `init`): nothing granted without a view. */
  #detailNow(): ConsentDetail {
    return computeDetail(this.view, this.record, 'init', this.language, this.gpcApplied(this.record));
  }

  /** Makes the state known: resolves `ready`, fires `cookie-consent-ready`, calls listeners if decided. */
  #settle(): void {
    this.detail = this.#detailNow();
    this.settled = true;
    this.#resolveReady(this.detail);
    document.dispatchEvent(new CookieConsentReadyEvent(this.detail));
    this.notify(!this.detail.decided);
  }

  /** Nothing optional granted from now on; the page is told why. */
  async #fail({ key, args, issues }: LoadFailure): Promise<void> {
    this.view = undefined;
    this.record = null;
    await this.report(key, args, issues);
    if (!this.settled) return this.#settle();
    this.detail = this.#detailNow();
    this.notify(true);
  }

  /**
   * @internal Says what went wrong, named by its `key` in `messages.ts`: an error in the console and
   * as `cookie-consent-error`, or a warning in the console. The words, and each key's code, load on
   * demand: if even they cannot load, the console gets the key and its arguments.
   */
  report(key: MessageKey, args: unknown[] = [], issues: readonly RegistryIssue[] = []): Promise<void> {
    return import('./messages.js').then(
      (messages) => messages.tell(key, args, issues),
      () => console.error(PREFIX, key, ...args),
    );
  }

  /** Records a decision. Waits for the registry's validation; does nothing (and says why) when it failed. */
  async decide(decision: Decision, choice: ConsentChoice = {}): Promise<ConsentDetail> {
    await this.ready;
    if (this.#deferred && !(await this.#deferred())) return this.detail;
    return this.#write((writer) => writer.recordDecision(this, decision, choice));
  }

  async reset(): Promise<ConsentDetail> {
    await this.ready;
    return this.#write((writer) => writer.forget(this));
  }

  /** Runs `action` with the writing half; on a network failure nothing is recorded, and the page is told. */
  #write(action: (writer: typeof import('./write.js')) => ConsentDetail): Promise<ConsentDetail> {
    return loadWriter().then(action, (error: Error) => {
      void this.report('chunk', [error.message]);
      return this.detail;
    });
  }

  /**
   * Sets the UI language (matched as a detected one is: `de-AT` → `de`); from then on it no longer
   * follows detection. `''` returns to detection. Takes effect once detection has loaded.
   */
  setLanguage(code: string): void {
    this.chosen = code;
    void this.detectLanguage();
  }

  /**
   * Chooses the language (on the UI's first showing, when its sources change, or on
   * `setLanguage()`), loading detection on first use; tells the UI if it changed.
   */
  detectLanguage(): Promise<void> {
    return (this.detecting = import('../i18n/detect.js')
      .then((detection) => detection.chooseLanguage(this))
      .catch(() => undefined)); // not loaded (network), or options it cannot read: the language stays
  }

  /**
   * Calls `listener` now if decided, and on every later change. A `watcher` (the UI) is also
   * called when the state becomes known undecided, and on language changes.
   */
  subscribe(listener: ConsentListener, watcher = false): () => void {
    const entry = { listener, watcher };
    this.#listeners.add(entry);
    if (this.settled && this.detail.decided) call(listener, this.detail);
    return () => this.#listeners.delete(entry);
  }

  /** @internal Tells listeners of a change; with `watchersOnly`, only the UI (the state became known, undecided). */
  notify(watchersOnly = false): void {
    for (const { listener, watcher } of [...this.#listeners]) if (watcher || !watchersOnly) call(listener, this.detail);
  }

  /** @internal The last `detectLanguage()`: the UI waits for it before it renders. */
  detecting: Promise<void> = Promise.resolve();

  /** @internal */
  gpcApplied(record: ConsentRecord | null): boolean {
    return record ? record.gpc === 1 : gpcSignal() && !!this.view?.categories.some((c) => c.gpc);
  }

  /** @internal The stored record, or null (a broken one is reported). Remembers the cookie value read. */
  readStored(name: string): ConsentRecord | null {
    const value = (this.lastCookie = readCookie(name));
    if (value === undefined) return null;
    const record = readRecord(value);
    // Why not: found field by field in the validator's chunk, which shares the registry's patterns;
    // once the page is idle, so that it does not compete with the banner. If that chunk cannot
    // load, the warning names the load failure instead (nothing is left unhandled in the page).
    if (!record) {
      whenIdle(() => {
        void import('../registry/validate.js').then(
          (checks) => this.report('ignored', [name, ...checks.whyRefused(value, parseRecord(value))]),
          (error: Error) => this.report('ignored', [name, error.message]),
        );
      });
    }
    return record ?? null;
  }

  /** Other tabs: a BroadcastChannel nudge, and a re-read when this page is shown again. The cookie is the truth. */
  #listen(): void {
    try {
      this.#channel = new BroadcastChannel(`cookie-elements:${this.view!.cookie.name}`);
      this.#channel.onmessage = (event) => this.#sync(event.data);
    } catch {
      // No BroadcastChannel (old engine, sandboxed frame): pageshow and visibilitychange still sync.
    }
    addEventListener('pageshow', (event) => event.persisted && this.#sync());
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && this.#sync());
  }

  /** @internal */
  broadcast(): void {
    try {
      this.#channel?.postMessage(this.lastCookie ?? '');
    } catch {
      // The channel closed: the other tabs re-read the cookie when shown.
    }
  }

  /**
   * Another tab may have decided (`written`: the cookie value it announced): when the cookie differs
   * from the one this page knows, the writer (loaded then) reads and adopts it.
   */
  #sync(written?: string): void {
    if (this.view && !this.memoryOnly && (written ?? readCookie(this.view.cookie.name)) !== this.lastCookie) {
      void this.#write((writer) => writer.sync(this, written));
    }
  }
}

export function gpcSignal(): boolean {
  return (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
}

/** Calls site code; what it throws is reported, never passed on to the suite or other listeners. */
export function call<T>(callback: (value: T) => void, value: T): void {
  try {
    callback(value);
  } catch (error) {
    console.error(PREFIX, error);
  }
}
