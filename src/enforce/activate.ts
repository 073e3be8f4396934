/**
 * Gated elements run only when granted (the grants rule of DESIGN.md): a
 * `<script type="text/plain" data-cookie-category="analytics" [data-cookie-service="posthog"]
 * [data-src="…"] [data-type="module"]>` becomes a real script; an `<iframe>`, `<img>`,
 * `<video>`/`<audio>` or `<source>` gets its `src`/`srcset` from `data-src`/`data-srcset`.
 *
 * Scripts run in document order, an external one finishing (or failing) before the next starts,
 * each at most once per page, with its other attributes carried over (`nonce` from the `.nonce`
 * property, which the browser hides from the attribute). A category or service the registry does
 * not have never runs, and is reported once.
 */
import type { ConsentStore } from '../consent/store.js';

export const GATED = '[data-cookie-category]';
/** Set on a gated element once it ran (or loaded): never twice on a page. */
const DONE = 'data-cookie-activated';
/** Attributes of a gated script that are ours, not the script's. */
const OURS = /^(type|src|data-src|data-type|data-cookie-category|data-cookie-service)$/;

/** Scripts run one after another: the promise of the last one queued. */
let queue: Promise<void> = Promise.resolve();
const reported = new WeakSet<Element>();

/** Runs or loads every gated element in the page (and in `root`) that is granted now. */
export function activate(store: ConsentStore, root: ParentNode = document): void {
  const elements = [...root.querySelectorAll<HTMLElement>(`${GATED}:not([${DONE}])`)];
  if (root instanceof HTMLElement && root.matches(`${GATED}:not([${DONE}])`)) elements.unshift(root);
  for (const element of elements) {
    if (!granted(store, element)) continue;
    element.setAttribute(DONE, '');
    if (element instanceof HTMLScriptElement) {
      queue = queue.then(() => runScript(element));
    } else {
      load(element);
    }
  }
}

/** Granted now: its service when it names one, else its category. Unknown ids: never, and said once. */
function granted(store: ConsentStore, element: HTMLElement): boolean {
  const { cookieCategory: category = '', cookieService: service } = element.dataset;
  const { categories, services } = store.detail;
  const known = Object.hasOwn(categories, category) && (service === undefined || Object.hasOwn(services, service));
  if (!known) {
    if (!reported.has(element)) {
      reported.add(element);
      void store.report('gated', [element.localName, service ?? category]);
    }
    return false;
  }
  return (service === undefined ? categories[category] : services[service]) === true;
}

/** A live copy of a gated script, after it; resolves once it ran (an external one: loaded or failed). */
function runScript(original: HTMLScriptElement): Promise<void> {
  const script = document.createElement('script');
  for (const { name, value } of original.attributes) if (!OURS.test(name)) script.setAttribute(name, value);
  const type = original.dataset.type;
  if (type) script.type = type;
  script.nonce = original.nonce ?? '';
  const src = original.dataset.src ?? original.getAttribute('src');
  return new Promise((resolve) => {
    if (src) {
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => resolve());
      script.src = src;
    } else {
      script.text = original.text;
      resolve();
    }
    original.after(script);
  });
}

/** An iframe, image or media element (and its `<source>`s) gets its real addresses. */
function load(element: HTMLElement): void {
  const media = element instanceof HTMLSourceElement ? element.parentElement : element;
  for (const target of [element, ...element.querySelectorAll<HTMLElement>('source')]) {
    const { src, srcset } = target.dataset;
    if (srcset !== undefined) target.setAttribute('srcset', srcset);
    if (src !== undefined) target.setAttribute('src', src);
  }
  if (media instanceof HTMLMediaElement) media.load();
}
