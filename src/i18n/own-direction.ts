/**
 * The `dir` for site text marked with its own `lang` (not the UI's), so it reads right in a page of
 * the other direction. Kept apart from `direction.ts`: only the settings and the table need it, not
 * the banner's first-visit chunk.
 */
import { directionOf } from './direction.js';

export function directionOfOwn(lang: string | undefined): 'ltr' | 'rtl' | undefined {
  return lang === undefined ? undefined : directionOf(lang);
}
