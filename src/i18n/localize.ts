/**
 * The UI language of the elements: which of our locales a page language uses, and loading its
 * strings before anything renders in it. English is the source: it loads no strings. The
 * @lit/localize runtime (`localize-runtime.ts`, ~0.4 KB) comes with the UI for every language:
 * a separate chunk cost a non-English first visit a request and more bytes than English saved.
 */
import { getStore } from '../consent/api.js';
import { choices, matchLanguage, UI_LOCALES } from './detect.js';
import { useLocale } from './localize-runtime.js';

let detected: Promise<void> | undefined;

/**
 * The UI's language, detected when the first element needs it (a page that showed nothing kept
 * the stored decision's language, without loading detection); resolves once it is. From then on it
 * follows what it is detected from, without a reload: `<html lang>` changing, i18next's storage
 * changing in another tab (`storage`), the browser's languages (`languagechange`), and history
 * navigation (`popstate`: the `lng` query parameter). The store chooses again and tells the
 * elements only when the choice changed; a language chosen with `setLanguage()` stays. (The
 * `i18next` cookie has no change event.)
 */
export function watchLanguage(): Promise<void> {
  if (!detected) {
    const store = getStore();
    const detect = () => store.detectLanguage();
    // Once the state is known: a choice made since these watchers exist (a first visit's, before
    // its banner) is current, and a second would only cost the banner time; else choose now.
    const seen = choices;
    detected = store.ready.then(() => (choices === seen ? detect() : undefined));
    for (const type of ['storage', 'languagechange', 'popstate']) addEventListener(type, detect);
    new MutationObserver(detect).observe(document.documentElement, { attributeFilter: ['lang'] });
  }
  return detected;
}

/** The UI locale a page language uses: our own strings in it, its language alone, else English. */
export function uiLocaleOf(language: string): string {
  return matchLanguage([language], UI_LOCALES, 'en');
}

/** The page language whose UI strings are active (undefined before the first have loaded). */
let shown: string | undefined;
let wanted: string | undefined;
let loading: Promise<void> = Promise.resolve();
/** Whether all strings were asked for (an element beyond the banner is in the page), and are here. */
let everything = false;
let complete = false;

/**
 * The page language the elements render in: the last one whose strings are here (with `all`,
 * all its strings, not only the banner's); undefined until then.
 */
export function shownLanguage(all = false): string | undefined {
  return all && !complete ? undefined : shown;
}

/**
 * Makes `language` the UI's: loads its strings (only this locale's; the banner's alone unless
 * `all`), then resolves. The last language asked for wins. When its strings cannot load
 * (network), the UI shows English and the page is told.
 */
export function showLanguage(language: string, all = false): Promise<void> {
  if (language !== wanted || (all && !everything)) {
    wanted = language;
    all = everything ||= all;
    loading = useLocale(uiLocaleOf(language), all)
      .catch((error: Error) => {
        void getStore().report('chunk', [error.message]);
        return useLocale('en', false);
      })
      .then(() => {
        if (wanted === language) [shown, complete] = [language, all];
      });
  }
  return loading;
}
