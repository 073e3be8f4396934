/**
 * The site's own text (registry titles, purposes, UI overrides), picked for the UI language with
 * the matching that chose the language (`matchLanguage()`: exact tag, script, language, …), then
 * the registry's defaultLocale. Never empty.
 */
import type { RegistryView } from '../consent/normalize.js';
import type { Text } from '../registry/schema.js';
import { matchLanguage } from './detect.js';

/** A site text as picked for the UI language, with the language it is actually in. */
export interface PickedText {
  text: string;
  /** The locale of `text`: the key picked, or the registry's defaultLocale for a plain string. */
  lang: string;
}

/**
 * Picks `text` for `language` (as `matchLanguage()` matches: exact tag in any case, script, the
 * language alone, …; then `defaultLocale`, then the first locale there is) and says which locale it picked, so the element holding it can carry a
 * `lang` of its own when that is not the UI language (WCAG 3.1.2). A plain string is taken to be
 * in `defaultLocale`; no text at all is `''` in `language` (nothing to mark).
 */
export function pickTextLang(text: Text | undefined, language: string, defaultLocale: string): PickedText {
  if (typeof text === 'string') return { text, lang: defaultLocale };
  const map = text ?? {};
  const keys = Object.keys(map);
  const lang = matchLanguage([language], keys, defaultLocale in map ? defaultLocale : (keys[0] ?? language));
  return { text: map[lang] ?? '', lang };
}

/** The text alone of `pickTextLang()`. */
export function pickText(text: Text | undefined, language: string, defaultLocale: string): string {
  return pickTextLang(text, language, defaultLocale).text;
}

/**
 * The `lang` a picked text needs inside an element whose language is `language`: its own
 * locale when that differs (tags compare case-insensitively), else `undefined` (it inherits).
 */
export function langOf(picked: PickedText, language: string): string | undefined {
  return picked.lang.toLowerCase() === language.toLowerCase() ? undefined : picked.lang;
}

/** A UI string: the registry's `text[id]` override when it has one, else the suite's own (from `msg()`). */
export function uiText(view: RegistryView | undefined, language: string, id: string, own: string): string {
  const override = view?.registry.text?.[id];
  return (override !== undefined && pickTextLang(override, language, view!.registry.defaultLocale).text) || own;
}
