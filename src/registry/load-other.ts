/**
 * Reading a registry that is not the page's inline script: a URL (`<script src>`, `start({ registry: url })`)
 * or a document given to `start({ registry })`. Loaded only then, so that the common case (an inline
 * registry, on every page view) does not download it.
 */
import { getStore } from '../consent/api.js';
import type { ConsentStore } from '../consent/store.js';
import { findPageRegistry, type LoadResult, type RegistrySource } from './load.js';

export async function loadOther({
  given,
}: Exclude<RegistrySource, { text: string }>): Promise<LoadResult | { text: string; origin: string }> {
  // `start({ registry })` on a page that has its own registry script: a page has one registry, the
  // page's, and the site is told.
  const page = findPageRegistry();
  if (page && !('given' in page && page.given === given)) {
    void getStore().report('conflict');
    return 'given' in page ? loadOther(page) : page;
  }
  if (typeof given !== 'string' && !(given instanceof URL)) {
    try {
      const canonical = JSON.stringify(given); // undefined (then refused) for a function or undefined
      return { ok: true, raw: JSON.parse(canonical), canonical };
    } catch (error) {
      return { ok: false, key: 'object', args: [(error as Error).message] };
    }
  }
  let url = String(given);
  try {
    url = new URL(given, document.baseURI).href;
    const response = await fetch(url);
    if (!response.ok) return { ok: false, key: 'status', args: [url, response.status] };
    return { text: await response.text(), origin: url };
  } catch (error) {
    return { ok: false, key: 'fetch', args: [url, (error as Error).message] };
  }
}

/**
 * A page without a registry script when the core started (`autoStart()` in `api.ts`): `retry` once
 * the document is parsed (a script after the drop-in's); else, unless `start({ registry })` was
 * called by then, a `registry-missing` error once the page's `load` handlers have run.
 */
export function awaitRegistry(store: ConsentStore, retry: () => unknown): void {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', retry, { once: true });
  } else if (findPageRegistry()) {
    retry(); // it came while this module loaded
  } else {
    const giveUp = () => setTimeout(() => store.started || store.start({ ok: false, key: 'missing', args: [] }));
    if (document.readyState === 'complete') giveUp();
    else addEventListener('load', giveUp, { once: true });
  }
}
