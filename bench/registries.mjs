/**
 * Registries of any size for the scaling part: the Dumka registry (examples/registries/dumka.json)
 * with its categories, services and settings, and `n` generated entries in place of its own.
 * The mix is fixed (by index), so every size has the same proportions and every run the same document.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The sizes measured, in entries. */
export const SIZES = [10, 100, 1000, 10000];

/** The Dumka registry as the pages use it (no `$schema`: the page has no schema next to it). */
export function dumkaRegistry() {
  const registry = JSON.parse(readFileSync(`${root}examples/registries/dumka.json`, 'utf8'));
  delete registry.$schema;
  return registry;
}

/**
 * The Dumka registry as its next revision: the site added a purpose (marketing, with a newsletter
 * service and its cookie) and raised its revision. A decision stored under the first is stale
 * for every contender: a new purpose (Orejime, Klaro) or revision (vanilla-cookieconsent, ours).
 */
export function revisedRegistry() {
  const registry = dumkaRegistry();
  const title = { en: 'Marketing', uk: 'Маркетинг', ru: 'Маркетинг' };
  return {
    ...registry,
    revision: registry.revision + 1,
    categories: [
      ...registry.categories,
      {
        id: 'marketing',
        title,
        description: {
          en: 'These cookies measure which of our newsletters brought you here, only with your consent.',
          uk: 'Ці файли cookie вимірюють, яка з наших розсилок привела вас сюди, лише з вашої згоди.',
          ru: 'Эти файлы cookie измеряют, какая из наших рассылок привела вас сюда, только с вашего согласия.',
        },
      },
    ],
    services: [
      ...registry.services,
      {
        id: 'newsletter',
        category: 'marketing',
        name: { en: 'Newsletter' },
        description: { en: 'Counts the visits our newsletters bring.' },
      },
    ],
    entries: [
      ...registry.entries,
      {
        name: 'nl_ref',
        type: 'cookie',
        category: 'marketing',
        service: 'newsletter',
        purpose: { en: 'Which newsletter brought you here.' },
        duration: 'P30D',
      },
    ],
  };
}

const DURATIONS = ['session', 'persistent', 'P30D', 'P1Y', 'PT30M', 'P2W'];

/**
 * Entry `i` of a generated registry. Names are unique per type (`bench_cookie_00001`,
 * `bench_storage_00002`); types alternate cookie / localStorage; categories go round the registry's.
 * Every 4th entry names a service of its category (where the category has one), every 5th is
 * pattern-named, every 3rd has its purpose in English and German, every 6th cookie has a path.
 */
function entry(i, categories, services) {
  const type = i % 2 === 0 ? 'cookie' : 'localStorage';
  const category = categories[i % categories.length].id;
  const number = String(i).padStart(5, '0');
  const base = `bench_${type === 'cookie' ? 'cookie' : 'storage'}_${number}`;
  const own = services.filter((s) => s.category === category);
  const purpose = `Generated ${type} entry ${number} of the ${category} category`;
  return {
    name: i % 5 === 0 ? `${base}_<id>` : base,
    ...(i % 5 === 0 ? { pattern: `^${base}_.+$` } : {}),
    type,
    category,
    ...(i % 4 === 0 && own.length ? { service: own[(i / 4) % own.length].id } : {}),
    purpose: i % 3 === 0 ? { en: purpose, de: `Erzeugter Eintrag ${number} der Kategorie ${category}` } : purpose,
    duration: DURATIONS[i % DURATIONS.length],
    ...(type === 'cookie' && i % 6 === 0 ? { path: '/' } : {}),
  };
}

/**
 * The Dumka registry with `n` generated entries (its own are replaced, so the consent cookie is
 * not listed: the suite declares it itself, one more row in `<cookie-table>`).
 */
export function scaledRegistry(n) {
  const registry = dumkaRegistry();
  const entries = Array.from({ length: n }, (_, i) => entry(i, registry.categories, registry.services));
  return { ...registry, entries };
}
