/**
 * Reading a registry that is not the page's inline script: a URL (`<script src>`, `start({ registry: url })`)
 * or a document given to `start({ registry })`. Loaded only then, so that the common case (an inline
 * registry, on every page view) does not download it.
 */
import { getStore } from '../consent/api.js';
import { findPageRegistry, type LoadResult, type RegistrySource } from './load.js';

export async function loadOther({
  given,
}: Exclude<RegistrySource, { text: string }>): Promise<LoadResult | { text: string; origin: string }> {
  // `start({ registry })` on a page that has its own registry script: a page has one registry, the
  // page's, and the site is told.
  const page = findPageRegistry();
  if (page && !('given' in page && page.given === given)) {
    void getStore().error('registry-multiple', 'conflict');
    return 'given' in page ? loadOther(page) : page;
  }
  if (typeof given !== 'string' && !(given instanceof URL)) {
    try {
      const canonical = JSON.stringify(given); // undefined (then refused) for a function or undefined
      return { ok: true, raw: JSON.parse(canonical), canonical };
    } catch (error) {
      return { ok: false, code: 'registry-json', key: 'object', args: [(error as Error).message] };
    }
  }
  let url = String(given);
  try {
    url = new URL(given, document.baseURI).href;
    const response = await fetch(url);
    if (!response.ok) return { ok: false, code: 'registry-fetch', key: 'status', args: [url, response.status] };
    return { text: await response.text(), origin: url };
  } catch (error) {
    return { ok: false, code: 'registry-fetch', key: 'fetch', args: [url, (error as Error).message] };
  }
}
