/**
 * The page's language, from the sources i18next-browser-languagedetector reads (same order and
 * keys by default), matched against the languages the registry's text exists in. Reads
 * i18next's keys, never writes them. Zod-free and Lit-free: part of the core.
 *
 * Not yet i18next's own resolution (every candidate exactly first) nor matched against the
 * suite's 36 UI languages: that version (branch `issue-4-wip`) does not fit the returning
 * visitor's 5 KB yet. See the issue 4 note.
 */
import { DETECTION_SOURCES, LOCALE_PATTERN, type DetectionSource } from '../registry/constants.js';
import type { DetectionOptions } from '../registry/schema.js';
import { readCookie } from '../consent/cookie.js';

/** Candidate languages in order, junk (markup, over-long values) dropped. */
export function languageCandidates(options: DetectionOptions = {}): string[] {
  const order: readonly DetectionSource[] = options.order ?? DETECTION_SOURCES;
  const found: string[] = [];
  for (const source of order) {
    for (const value of readSource(source, options)) {
      const tag = value.replace(/_/g, '-');
      if (tag.length <= 35 && LOCALE_PATTERN.test(tag)) found.push(tag);
    }
  }
  return found;
}

/** The first candidate that exists: exact, then its language only; else `fallback`. */
export function matchLanguage(candidates: readonly string[], available: readonly string[], fallback: string): string {
  const lower = available.map((code) => code.toLowerCase());
  for (const candidate of candidates) {
    const wanted = candidate.toLowerCase();
    const exact = lower.indexOf(wanted);
    if (exact > -1) return available[exact]!;
    const base = lower.indexOf(wanted.split('-')[0]!);
    if (base > -1) return available[base]!;
  }
  return fallback;
}

/**
 * The language of a page whose site text exists in `registryLocales` (else `defaultLocale`): what
 * the detection options find, else the registry's default; or `chosen` (from `setLanguage()`),
 * taken as it is.
 */
export function detectLanguage(
  options: DetectionOptions | undefined,
  registryLocales: readonly string[],
  defaultLocale: string,
  chosen?: string,
): string {
  return (
    chosen ||
    matchLanguage(
      languageCandidates(options),
      registryLocales.length ? registryLocales : [defaultLocale],
      defaultLocale,
    )
  );
}

function readSource(source: DetectionSource, options: DetectionOptions): string[] {
  try {
    switch (source) {
      case 'querystring':
        return [new URLSearchParams(location.search).get(options.lookupQuerystring ?? 'lng') ?? ''];
      case 'cookie':
        return [decodeURIComponent(readCookie(options.lookupCookie ?? 'i18next') ?? '')];
      case 'localStorage':
        return [localStorage.getItem(options.lookupLocalStorage ?? 'i18nextLng') ?? ''];
      case 'sessionStorage':
        return [sessionStorage.getItem(options.lookupSessionStorage ?? 'i18nextLng') ?? ''];
      case 'navigator':
        return [...navigator.languages];
      case 'htmlTag':
        return [document.documentElement.getAttribute('lang') ?? ''];
    }
  } catch {
    // Storage blocked (SecurityError) or a malformed value: this source has nothing.
  }
  return [];
}
