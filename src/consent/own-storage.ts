/**
 * The suite declares its own storage: the consent cookie appears among the site's entries
 * (policy tables, settings) without the site listing it, and only when the suite writes it.
 * Not on the hot path: what shows entries imports it.
 */
import type { Category, Entry } from '../registry/schema.js';
import type { RegistryView } from './normalize.js';

/** The consent-record queue's key (`integrations/consent-log.ts`; not imported: that module stays out of this chunk). */
const QUEUE_KEY = 'cookie-elements-consent-log';

/** The words of what the suite adds, in the UI language (the elements pass their translations). */
export interface OwnStorageWords {
  /** The title of the category added when the registry has no required one. */
  necessary: string;
  consentCookie: string;
  consentLog: string;
}

const ENGLISH: OwnStorageWords = {
  necessary: 'Strictly necessary',
  consentCookie: 'Stores your cookie consent choices',
  consentLog: 'Keeps records of your consent choices until the site has received them',
};

/**
 * The registry's categories and entries with the suite's own storage declared in the first required
 * category (or in a "Strictly necessary" category added for it): the consent cookie and, with
 * `consentLog`, the record queue. What the site lists itself stays as listed; nothing is added
 * when nothing is written (no banner needed).
 */
export function withOwnStorage(
  view: RegistryView,
  words: OwnStorageWords = ENGLISH,
): { categories: readonly Category[]; entries: readonly Entry[] } {
  const { registry, cookie, needsBanner } = view;
  const entries = registry.entries ?? [];
  let categories: readonly Category[] = registry.categories;
  const listed = (name: string, type: Entry['type']) => entries.some((e) => e.type === type && e.name === name);
  const ownCookie = !listed(cookie.name, 'cookie');
  const queue = !!registry.consentLog && !listed(QUEUE_KEY, 'localStorage');
  if (!needsBanner || !(ownCookie || queue)) return { categories, entries };
  let home = categories.find((c) => c.required)?.id;
  if (!home) {
    home = ['necessary', 'cookie-elements'].find((id) => !categories.some((c) => c.id === id))!;
    categories = [{ id: home, required: true, title: words.necessary }, ...categories];
  }
  const own: Entry[] = [];
  if (ownCookie) {
    own.push({
      name: cookie.name,
      type: 'cookie',
      category: home,
      purpose: words.consentCookie,
      duration: `P${cookie.maxAgeDays}D`,
      path: cookie.path,
      ...(cookie.domain ? { domain: cookie.domain } : {}),
    });
  }
  if (queue) {
    own.push({
      name: QUEUE_KEY,
      type: 'localStorage',
      category: home,
      purpose: words.consentLog,
      duration: 'persistent',
    });
  }
  return { categories, entries: [...own, ...entries] };
}
