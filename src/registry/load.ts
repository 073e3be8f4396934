/**
 * Finding and reading the page's registry. Zod-free: this is on every page view.
 * The result is parsed JSON, not yet trusted; see `src/consent/store.ts` for when it is validated.
 */
import type { MessageKey } from '../consent/messages.js';
import type { RegistryIssue } from './issues.js';

export const REGISTRY_SELECTOR = 'script[type="application/json"][data-cookie-registry]';

/**
 * A registry to read: JSON text (`origin` names it in messages), or what `start({ registry })` or
 * the script's `src` gave: the document itself, or a URL to fetch it from (a string is a URL,
 * relative to the page's base URL), read by `load-other.ts`, loaded on demand.
 */
export type RegistrySource = { text: string; origin: string } | { given: unknown };

/**
 * A registry that cannot be read or used: the key and arguments of its message (`src/consent/messages.ts`,
 * which also knows the key's `cookie-consent-error` code), and the validator's issues when it was invalid.
 */
export type LoadFailure = { ok: false; key: MessageKey; args: unknown[]; issues?: RegistryIssue[] };
export type LoadResult = { ok: true; raw: unknown; canonical: string } | LoadFailure;

/** The page's registry script, as a source; an error when there are several. */
export function findPageRegistry(root: ParentNode = document): RegistrySource | LoadFailure | undefined {
  const scripts = root.querySelectorAll<HTMLScriptElement>(REGISTRY_SELECTOR);
  if (scripts.length > 1) {
    return { ok: false, key: 'multiple', args: [scripts.length] };
  }
  const script = scripts[0];
  if (!script) return undefined;
  const src = script.getAttribute('src');
  if (src) return { given: src };
  return { text: script.textContent ?? '', origin: '' }; // '': the page's script (worded in messages.ts)
}

export async function loadRegistry(source: RegistrySource): Promise<LoadResult> {
  if (!('text' in source)) {
    const other = await (await import('./load-other.js')).loadOther(source);
    if (!('text' in other)) return other;
    source = other;
  }
  const { text, origin } = source;
  try {
    const raw: unknown = JSON.parse(text);
    return { ok: true, raw, canonical: JSON.stringify(raw) };
  } catch (error) {
    return { ok: false, key: 'json', args: [origin, text, (error as Error).message] };
  }
}
