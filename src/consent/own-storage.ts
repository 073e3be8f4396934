/**
 * The suite declares its own storage: the consent cookie appears among the site's entries
 * (policy tables, settings) without the site listing it, and only when the suite writes it.
 * Not on the hot path: what shows entries imports it.
 */
import type { Category, Entry } from '../registry/schema.js';
import type { RegistryView } from './normalize.js';

/**
 * The registry's categories and entries with the consent cookie declared in the first required
 * category (or in a "Strictly necessary" category added for it). Unchanged when the site lists
 * the cookie itself, or when nothing is written (no banner needed).
 */
export function withOwnStorage(view: RegistryView): { categories: readonly Category[]; entries: readonly Entry[] } {
  const { registry, cookie, needsBanner } = view;
  const entries = registry.entries ?? [];
  let categories: readonly Category[] = registry.categories;
  if (!needsBanner || entries.some((e) => e.type === 'cookie' && e.name === cookie.name))
    return { categories, entries };
  let home = categories.find((c) => c.required)?.id;
  if (!home) {
    home = ['necessary', 'cookie-elements'].find((id) => !categories.some((c) => c.id === id))!;
    categories = [{ id: home, required: true, title: 'Strictly necessary' }, ...categories];
  }
  const own: Entry = {
    name: cookie.name,
    type: 'cookie',
    category: home,
    purpose: 'Stores your cookie consent choices',
    duration: `P${cookie.maxAgeDays}D`,
    path: cookie.path,
    ...(cookie.domain ? { domain: cookie.domain } : {}),
  };
  return { categories, entries: [own, ...entries] };
}
