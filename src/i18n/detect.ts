/**
 * The page's language, chosen the way i18next chooses it with i18next-browser-languagedetector:
 * the same sources, order, keys and junk filter, and i18next's matching against the languages
 * that exist (every candidate exactly first, then each one's script or language part, then a
 * regional form). Better only where a script or macrolanguage is all that differs: `zh-TW` →
 * `zh-Hant`, `zh-CN` and `zh` → `zh-Hans`, `no` → `nb`. Reads i18next's keys, never writes them.
 * Zod-free and Lit-free; in the drop-in it travels in the UI chunk (every first visit downloads
 * it, hence the terse code), and a page that shows nothing never loads it. `chooseLanguage()`
 * applies the result to the store.
 * test/i18n/detect.test.ts runs i18next beside it on the same inputs.
 */
import type { DetectionSource } from '../registry/vocabulary.js';
import type { DetectionOptions } from '../registry/schema.js';
import { readCookie } from '../consent/cookie.js';
import type { ConsentStore } from '../consent/store.js';

/**
 * The languages the suite's own strings exist in: `allLocales` of src/i18n/generated/locale-codes.ts
 * (test/i18n/localize.test.ts checks).
 */
export const UI_LOCALES: readonly string[] =
  'ar bg cs da de el en es et fi fr ga he hr hu is it ja ko lt lv mt nb nl pl pt pt-BR ro ru sk sl sv tr uk zh-Hans zh-Hant'.split(
    ' ',
  );

type Read = (options: DetectionOptions) => (string | null | undefined)[];

/** What each source holds, read as the detector reads it (query string and cookie undecoded). */
/** In the detector's default order (`DETECTION_SOURCES`; keys, so that the list is not shipped twice). */
const SOURCES: Record<DetectionSource, Read> = {
  // The last `lng=` of the query string; from the hash (`#/page?lng=de`) when there is no query.
  querystring: ({ lookupQuerystring: key = 'lng' }) =>
    (location.search || location.hash.replace(/^[^?]*/, ''))
      .slice(1)
      .split('&')
      .filter((pair) => pair.startsWith(`${key}=`))
      .slice(-1)
      .map((pair) => pair.slice(key.length + 1)),
  cookie: (options) => [readCookie(options.lookupCookie ?? 'i18next')],
  localStorage: (options) => [localStorage.getItem(options.lookupLocalStorage ?? 'i18nextLng')],
  sessionStorage: (options) => [sessionStorage.getItem(options.lookupSessionStorage ?? 'i18nextLng')],
  navigator: () => [...navigator.languages, navigator.language],
  htmlTag: () => [document.documentElement.getAttribute('lang')],
};

/**
 * Candidate languages in detection order. Junk is dropped as the detector drops it: only letters,
 * digits and `_@.-`, at most 128 of them, no `..`, no prototype key.
 */
export function languageCandidates(options: DetectionOptions = {}): string[] {
  return (options.order ?? (Object.keys(SOURCES) as DetectionSource[])).flatMap((source) => {
    try {
      return SOURCES[source](options).filter(
        (value): value is string =>
          /^[\w@.-]{1,128}$/.test(value ?? '') && !/\.\.|^(__proto__|constructor|prototype)$/.test(value!),
      );
    } catch {
      return []; // storage blocked (SecurityError): this source has nothing
    }
  });
}

/** i18next's `formatLanguageCode`: a tag with subtags canonical (`en-us` → `en-US`), a bare code as given. */
function format(code: string): string {
  try {
    return code.includes('-') ? Intl.getCanonicalLocales(code)[0]! : code;
  } catch {
    return code;
  }
}

/**
 * The language `candidates` ask for among `available`, or `fallback`, as i18next resolves it:
 * first any candidate that exists as it is (tags in canonical case); then, candidate by
 * candidate, its script part (`sr-Latn-RS` → `sr-Latn`), its language (`de-AT` → `de`), then
 * (ours) the script or macrolanguage member it is written in (`zh-TW` → `zh-Hant`, `no` → `nb`),
 * then a regional form of its language (`pt` → `pt-BR` when only that exists).
 */
export function matchLanguage(candidates: readonly string[], available: readonly string[], fallback: string): string {
  const has = (code: string | false) => (code && available.includes(code) ? code : undefined);
  for (const candidate of candidates) if (has(format(candidate))) return format(candidate);
  for (const candidate of candidates) {
    const parts = candidate.replace(/_/g, '-').split('-');
    const [language] = parts;
    const found =
      has(parts.length > 2 && !/^x$/i.test(parts.at(-2)!) && format(parts.slice(0, -1).join('-'))) ??
      has(language!) ??
      has(written(candidate)) ??
      available.find((code) => code.startsWith(`${language}-`));
    if (found) return found;
  }
  return fallback;
}

/** The language and script `code` is written in (`zh-TW` → `zh-Hant`); Norwegian (`no`), a macrolanguage, as Bokmål. */
function written(code: string): string | false {
  try {
    const { language, script } = new Intl.Locale(code.replace(/_/g, '-')).maximize();
    return language == 'no' ? 'nb' : `${language}-${script}`;
  } catch {
    return false; // not a tag Intl reads: nothing better than i18next's own matching
  }
}

/**
 * The language of a page whose site text exists in `registryLocales` (and `defaultLocale`): what
 * the detection options find (or `chosen`, from `setLanguage()`) among the suite's languages and
 * the registry's (i18next's `supportedLngs`, in that order: the order decides which regional form
 * a bare code gets); else the registry's default (`current` when a `chosen` one matches nothing).
 */
export function detectLanguage(
  options: DetectionOptions | undefined,
  registryLocales: readonly string[],
  defaultLocale: string,
  chosen?: string,
  current?: string,
): string {
  return matchLanguage(
    chosen ? [chosen] : languageCandidates(options),
    UI_LOCALES.concat(registryLocales, defaultLocale),
    (chosen && current) || defaultLocale,
  );
}

/** @internal How many times the language was chosen (`watchLanguage()` needs no second choice). */
export let choices = 0;

/**
 * @internal Chooses the store's language from the page (or what `setLanguage()` chose), and tells
 * the UI when it changed. Here rather than in the store: a page that shows nothing never loads it.
 */
export function chooseLanguage(store: ConsentStore): void {
  const registry = store.view?.registry;
  if (!registry) return;
  choices++;
  const language = detectLanguage(
    registry.detection,
    registry.locales ?? [],
    registry.defaultLocale,
    store.chosen,
    store.language,
  );
  if (language !== store.language) {
    store.language = language;
    store.detail = { ...store.detail, language };
    if (store.settled) store.notify();
  }
}
