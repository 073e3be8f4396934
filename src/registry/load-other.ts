/**
 * Reading a registry that is not the page's inline script: a URL (`<script src>`, `start({ registry: url })`)
 * or a document given to `start({ registry })`. Loaded only then, so that the common case (an inline
 * registry, on every page view) does not download it.
 */
import type { LoadResult, RegistrySource } from './load.js';

export async function loadOther(
  source: Exclude<RegistrySource, { text: string }>,
): Promise<LoadResult | { text: string; origin: string }> {
  if ('object' in source) {
    try {
      const canonical = JSON.stringify(source.object); // undefined (then refused) for a function or undefined
      return { ok: true, raw: JSON.parse(canonical), canonical };
    } catch (error) {
      return { ok: false, code: 'registry-json', key: 'object', args: [(error as Error).message] };
    }
  }
  try {
    const response = await fetch(source.url);
    if (!response.ok) return { ok: false, code: 'registry-fetch', key: 'status', args: [source.url, response.status] };
    return { text: await response.text(), origin: source.url };
  } catch (error) {
    return { ok: false, code: 'registry-fetch', key: 'fetch', args: [source.url, (error as Error).message] };
  }
}
