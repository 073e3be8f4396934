/**
 * Page loads inside the test: each "page" is an iframe with its own window, so its
 * consent state, events and module graph are fresh, while cookies and storage are
 * shared with the test (same origin) as they are between real page loads of a site.
 */
import { waitUntil } from './wait.js';
import type { CookieElementsApi } from '../../src/consent/api.js';
import type { ConsentDetail } from '../../src/consent/types.js';

export interface PageOptions {
  /** The registry put inline in the page (object, or raw text to test bad JSON). Omit for none. */
  registry?: unknown;
  /** Extra attributes on the registry script, e.g. `src="/x.json"` (then `registry` is ignored). */
  registryAttributes?: string;
  /** Markup (scripts included) before the registry and the core. */
  head?: string;
  /** Markup in the body. */
  body?: string;
  /** The `lang` of `<html>`. */
  lang?: string;
  /** Module URLs to load; default the core. */
  modules?: string[];
  /** Query string of the page (for `?lng=`); the page then has a real URL instead of srcdoc (head markup only). */
  query?: string;
  /** iframe sandbox attribute (e.g. `allow-scripts` for an opaque origin without cookies). */
  sandbox?: string;
}

export interface TestPage {
  frame: HTMLIFrameElement;
  win: Window & { cookieElements: CookieElementsApi; __events: { type: string; detail: unknown }[]; __logs: Logs };
  api: CookieElementsApi;
  /** Events of the page, in order: cookie-consent-ready/change/error/withdraw. */
  events: { type: string; detail: unknown }[];
  logs: Logs;
  /** URLs the page requested (resource timing). */
  resources(): string[];
  options: PageOptions;
}

export interface Logs {
  error: string[];
  warn: string[];
}

const CORE = '/src/core.ts';
const frames: HTMLIFrameElement[] = [];

function pageHtml(options: PageOptions): string {
  const text =
    options.registry === undefined
      ? ''
      : typeof options.registry === 'string'
        ? options.registry
        : safeJson(options.registry);
  const registry =
    options.registryAttributes !== undefined || options.registry !== undefined
      ? `<script type="application/json" data-cookie-registry ${options.registryAttributes ?? ''}>${text}</script>`
      : '';
  const modules = (options.modules ?? [CORE]).map((src) => `<script type="module" src="${src}"></script>`).join('');
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8">
<script>
  window.__logs = { error: [], warn: [] };
  window.__events = [];
  for (const level of ['error', 'warn']) {
    const original = console[level].bind(console);
    console[level] = (...args) => { window.__logs[level].push(args.map(String).join(' ')); original(...args); };
  }
  for (const type of ['cookie-consent-ready', 'cookie-consent-change', 'cookie-consent-error', 'cookie-consent-withdraw']) {
    document.addEventListener(type, (event) => window.__events.push({ type, detail: event.detail }));
  }
</script>
${options.head ?? ''}${registry}${modules}</head><body>${options.body ?? ''}</body></html>`;
}

/** JSON safe inside a <script> element (as the docs tell sites to embed it): no `</script>` can end it. */
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Opens a page and waits until its consent state is known. */
export async function openPage(options: PageOptions = {}): Promise<TestPage> {
  const frame = document.createElement('iframe');
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  const html = pageHtml(options);
  if (options.query !== undefined) {
    const specs = ((window as unknown as { __pageSpecs?: Record<string, unknown> }).__pageSpecs ??= {});
    const id = String(Object.keys(specs).length);
    const head = /<head>([\s\S]*)<\/head>/.exec(html)![1]!;
    specs[id] = { head, lang: options.lang ?? 'en' };
    frame.src = `/test/helpers/blank.html${options.query}${options.query.includes('?') ? '&' : '?'}spec=${id}`;
    document.body.append(frame);
  } else {
    frame.srcdoc = html;
    document.body.append(frame);
  }
  frames.push(frame);
  const page = wrap(frame, options);
  if (options.sandbox === undefined) {
    await waitUntil(() => page.win.cookieElements && !Array.isArray(page.win.cookieElements), 'the core did not load', {
      timeout: 8000,
    });
    await page.win.cookieElements.ready;
    page.api = page.win.cookieElements;
  }
  return page;
}

function wrap(frame: HTMLIFrameElement, options: PageOptions): TestPage {
  const win = frame.contentWindow as TestPage['win'];
  return {
    frame,
    win,
    get api() {
      return win.cookieElements;
    },
    set api(_value) {},
    get events() {
      return win.__events;
    },
    get logs() {
      return win.__logs;
    },
    resources: () => win.performance.getEntriesByType('resource').map((entry) => entry.name),
    options,
  } as TestPage;
}

/** A new page load with the same markup (the previous page is gone). */
export async function reload(page: TestPage, changes: PageOptions = {}): Promise<TestPage> {
  page.frame.remove();
  return openPage({ ...page.options, ...changes });
}

export function closeAll(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** Deletes every cookie this document can see, on `/` and the current path. */
export function clearCookies(): void {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]!.trim();
    if (!name) continue;
    for (const path of ['/', location.pathname, location.pathname.replace(/[^/]*$/, '')]) {
      document.cookie = `${name}=; Path=${path}; Max-Age=0`;
    }
  }
}

/** A cookie as `doc` sees it (read from the page that wrote it: engines may cache cookies per document). */
export function cookieValue(name: string, doc: Document = document): string | undefined {
  const pair = doc.cookie.split('; ').find((p) => p.startsWith(`${name}=`));
  return pair?.slice(name.length + 1);
}

export function clearStorage(): void {
  localStorage.clear();
  sessionStorage.clear();
}

export function types(page: TestPage): string[] {
  return page.win.__events.map((event) => event.type);
}

export function lastDetail(page: TestPage, type = 'cookie-consent-change'): ConsentDetail {
  const found = page.win.__events.filter((event) => event.type === type).pop();
  if (!found) throw new Error(`no ${type} event`);
  return found.detail as ConsentDetail;
}

/** Did this page load the validator (zod)? */
export function loadedValidator(page: TestPage): boolean {
  return page.resources().some((url) => /\/zod\/|registry\/validate/.test(url));
}

export async function loadRegistry(name: 'dumka' | 'dpokit'): Promise<Record<string, unknown>> {
  const response = await fetch(`/examples/registries/${name}.json`);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * WebKit (not Chromium, whose user agent names AppleWebKit too): its web process keeps a copy of
 * the cookie jar that the network process updates by asynchronous notices.
 */
const WEBKIT_JAR = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);

/**
 * Waits until this document's cookie jar has stayed empty for a few short polls, deleting whatever
 * reappears: 30 ms, and 150 ms in WebKit. There, under load, a cookie a closed page wrote can come
 * back after it was deleted and be read by the next test's page (seen twice in CI, each a decision
 * where the test had set none or another: with 30 ms in WebKit too, the second time, in
 * faults.test.ts with all three engines running; a local run caught a cookie coming back once in
 * 14 files).
 */
async function settleCookies(): Promise<void> {
  const needed = WEBKIT_JAR ? 15 : 3;
  for (let quiet = 0, polls = 0; quiet < needed && polls < 100; polls++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (document.cookie === '') quiet++;
    else {
      clearCookies();
      quiet = 0;
    }
  }
}

/** Mocha hooks for a block of page tests: no cookies, storage or frames left from one test to the next, or after the block. */
export function isolatePages(): void {
  const clean = () => {
    clearCookies();
    clearStorage();
  };
  beforeEach(clean);
  afterEach(async () => {
    closeAll();
    clean();
    await settleCookies();
  });
}
