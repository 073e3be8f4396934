/**
 * `window.cookieElements`: the public API (DESIGN.md, "API and events"), one per page.
 *
 * The API object lives under a versioned `Symbol.for` key on `globalThis`, so two copies
 * of the library on one page share one state. Functions queued before the library loaded,
 * `(window.cookieElements ||= []).push(fn)`, run with the API once it exists, and `push`
 * keeps working afterwards.
 */
import { findPageRegistry } from '../registry/load.js';
import { call, ConsentStore, type ConsentListener } from './store.js';
import type { ConsentChoice, ConsentDetail } from './types.js';
import type { AuditReport } from '../integrations/audit.js';

export const API_KEY = Symbol.for('cookie-elements.api.v1');
/** The page's consent store, where elements meet (never by tag name). */
export const STORE_KEY = Symbol.for('cookie-elements.store.v1');

type Global = typeof globalThis & { [API_KEY]?: CookieElementsApi; [STORE_KEY]?: ConsentStore };

export type QueuedCallback = (api: CookieElementsApi) => void;

export interface StartOptions {
  /** The registry as an object, or the URL of its JSON. Default: the page's `script[data-cookie-registry]`. */
  registry?: object | string | URL;
}

/** Opens the UI; provided by the UI layer when it is part of the build. */
export interface UiHost {
  showSettings(opener?: Element | null): Promise<void>;
  showBanner(): Promise<void>;
}

export interface CookieElementsApi {
  /** Resolves once per page load when the state is known; never rejects. */
  readonly ready: Promise<ConsentDetail>;
  /** The current state (undecided before `ready`). */
  getConsent(): ConsentDetail;
  /** Whether a category or service id is granted. */
  isGranted(id: string): boolean;
  /** Calls `callback` now if decided, and on every later change. Returns an unsubscribe function. */
  onConsent(callback: ConsentListener): () => void;
  acceptAll(): Promise<ConsentDetail>;
  rejectAll(): Promise<ConsentDetail>;
  set(choice: ConsentChoice): Promise<ConsentDetail>;
  /** Forgets the decision (deletes the consent cookie); the visitor is asked again. */
  reset(): Promise<ConsentDetail>;
  /** Opens the settings dialog; focus returns to `opener` (default: the focused element) when it closes. */
  showSettings(opener?: Element | null): Promise<void>;
  showBanner(): Promise<void>;
  setLanguage(code: string): void;
  readonly language: string;
  /** Starts with a registry given in code. Call it before the page's `load` event when the page has no registry script. */
  start(options?: StartOptions): Promise<ConsentDetail>;
  /** Audit mode: the drift between the registry and the page, in the console (and returned). */
  audit(): Promise<AuditReport>;
  /** Runs queued callbacks with the API; lets `(window.cookieElements ||= []).push(fn)` work after load. */
  push(...callbacks: QueuedCallback[]): number;
}

declare global {
  interface Window {
    cookieElements: CookieElementsApi | QueuedCallback[] | undefined;
  }
}

/** The page's API, created on first use. */
export function getApi(): CookieElementsApi {
  const global = globalThis as Global;
  const existing = global[API_KEY];
  if (existing) return existing;
  const api = createApi((global[STORE_KEY] = new ConsentStore()));
  global[API_KEY] = api;
  const queued = window.cookieElements;
  window.cookieElements = api;
  if (Array.isArray(queued)) api.push(...queued);
  return api;
}

/** The page's store (creating the API if needed). For the UI layer; site code uses the API. */
export function getStore(): ConsentStore {
  getApi();
  return (globalThis as Global)[STORE_KEY]!;
}

function createApi(store: ConsentStore): CookieElementsApi {
  const withUi = async (show: (host: UiHost) => Promise<void>) => {
    if (store.ui) return show(store.ui);
    void store.report('noUi');
  };
  const api: CookieElementsApi = {
    ready: store.ready,
    getConsent: () => store.detail,
    isGranted: (id) => store.detail.categories[id] === true || store.detail.services[id] === true,
    onConsent: (callback) => store.subscribe(callback),
    acceptAll: () => store.decide('accept-all'),
    rejectAll: () => store.decide('reject-all'),
    set: (choice) => store.decide('custom', choice ?? {}),
    reset: () => store.reset(),
    showSettings: (opener) => withUi((host) => host.showSettings(opener)),
    showBanner: () => withUi((host) => host.showBanner()),
    setLanguage: (code) => store.setLanguage(String(code)),
    get language() {
      return store.language;
    },
    // A page registry wins over one given here (load-other.ts says so).
    start: ({ registry } = {}) => (registry === undefined ? autoStart(store) : store.start({ given: registry })),
    audit: () => import('../integrations/audit.js').then((module) => module.audit(store)),
    push: (...callbacks) => {
      for (const callback of callbacks) if (typeof callback === 'function') call(callback, api);
      return callbacks.length;
    },
  };
  return api;
}

/**
 * Starts from the page's registry script. When the page has none yet (rare: a registry given in
 * code, or a script after the drop-in's), `awaitRegistry()` waits, loaded then: for the document
 * to finish parsing, then for `start({ registry })` until `load`; after that the state fails closed
 * with a `registry-missing` error.
 */
function autoStart(store: ConsentStore): Promise<ConsentDetail> {
  if (store.started) return store.ready;
  const found = findPageRegistry();
  if (found) {
    void store.start(found);
  } else {
    void import('../registry/load-other.js').then(
      (module) => module.awaitRegistry(store, () => autoStart(store)),
      (error: Error) => store.start({ ok: false, key: 'chunk', args: [error.message] }),
    );
  }
  return store.ready;
}
