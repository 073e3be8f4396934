/**
 * The page's language, chosen the way i18next chooses it with i18next-browser-languagedetector:
 * the same sources, order, keys and junk filter, and i18next's matching against the languages
 * that exist (every candidate exactly first, then each one's script or language part). Better
 * only where a script or macrolanguage is all that differs: `zh-TW` → `zh-Hant`, `zh-CN` and
 * `zh` → `zh-Hans`, `no` → `nb`. Reads i18next's keys, never writes them.
 * Zod-free and Lit-free: part of the core. test/i18n/detect.test.ts runs i18next beside it.
 */
import { DETECTION_SOURCES, type DetectionSource } from '../registry/constants.js';
import type { DetectionOptions } from '../registry/schema.js';
import { readCookie } from '../consent/cookie.js';

/**
 * The languages the suite's own strings exist in: `allLocales` of src/i18n/generated/locale-codes.ts
 * (test/i18n/detect.test.ts checks), written short because every page view downloads it.
 */
export const UI_LOCALES: readonly string[] =
  'ar bg cs da de el en es et fi fr ga he hr hu is it ja ko lt lv mt nb nl pl pt pt-BR ro ru sk sl sv tr uk zh-Hans zh-Hant'.split(' ');

/** The detector's junk filter: a code of letters, digits, `_@.-`, at most 128, no `..`, no prototype key. */
function isSafe(code: string): boolean {
  return /^[\w@.-]{1,128}$/.test(code) && !/\.\.|^(__proto__|constructor|prototype)$/.test(code);
}

/** Candidate languages in detection order, junk dropped (as the detector drops it). */
export function languageCandidates(options: DetectionOptions = {}): string[] {
  const order: readonly DetectionSource[] = options.order ?? DETECTION_SOURCES;
  return order.flatMap((source) => readSource(source, options).filter((value) => value && isSafe(value)));
}

/** i18next's `formatLanguageCode`: a tag with subtags canonical (`en-us` → `en-US`), a bare code as given. */
function format(code: string): string {
  try {
    return code.includes('-') ? Intl.getCanonicalLocales(code)[0]! : code;
  } catch {
    return code;
  }
}

/** The code `code` is written in: its language and script (`zh-TW` → `zh-Hant`), or the macrolanguage's member (`no` → `nb`). */
function written(code: string): string | undefined {
  try {
    const { language, script } = new Intl.Locale(code.replace(/_/g, '-')).maximize();
    // Norwegian (`no`) is a macrolanguage: most of it is written in Bokmål (`nb`).
    return language == 'no' ? 'nb' : `${language}-${script}`;
  } catch {
    return undefined; // not a tag Intl reads: nothing better than i18next's own matching
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
  const has = (code: string | undefined) => (code !== undefined && available.includes(code) ? code : undefined);
  for (const candidate of candidates) {
    const found = has(format(candidate));
    if (found) return found;
  }
  for (const candidate of candidates) {
    const parts = candidate.replace(/_/g, '-').split('-');
    const language = parts[0]!;
    const found =
      (parts.length > 2 && parts.at(-2)!.toLowerCase() !== 'x' ? has(format(parts.slice(0, -1).join('-'))) : undefined) ??
      has(language) ??
      has(written(candidate)) ??
      available.find((code) => code.startsWith(`${language}-`));
    if (found) return found;
  }
  return fallback;
}

/**
 * The language of a page whose site text exists in `registryLocales` (and `defaultLocale`): what
 * the detection options find (or `chosen`, from `setLanguage()`) among the suite's languages and
 * the registry's (i18next's `supportedLngs`, in that order: the order decides which regional form
 * a bare code gets); the registry's default when there is nothing (`current` for a `chosen` one).
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
    UI_LOCALES.concat(registryLocales.map(format), format(defaultLocale)),
    (chosen && current) || format(defaultLocale),
  );
}

function readSource(source: DetectionSource, options: DetectionOptions): string[] {
  try {
    switch (source) {
      case 'querystring': {
        // As the detector reads it: undecoded, the last `lng=`, from the hash when there is no search.
        const key = `${options.lookupQuerystring ?? 'lng'}=`;
        const pairs = location.href.split('#')[0]!.split('?')[1] ?? location.hash.split('?')[1] ?? '';
        return pairs
          .split('&')
          .filter((pair) => pair.startsWith(key))
          .slice(-1)
          .map((pair) => pair.slice(key.length));
      }
      case 'cookie':
        return [readCookie(options.lookupCookie ?? 'i18next') ?? ''];
      case 'localStorage':
        return [localStorage.getItem(options.lookupLocalStorage ?? 'i18nextLng') ?? ''];
      case 'sessionStorage':
        return [sessionStorage.getItem(options.lookupSessionStorage ?? 'i18nextLng') ?? ''];
      case 'navigator':
        return [...navigator.languages, navigator.language];
      case 'htmlTag':
        return [document.documentElement.getAttribute('lang') ?? ''];
    }
  } catch {
    // Storage blocked (SecurityError): this source has nothing.
  }
  return [];
}
