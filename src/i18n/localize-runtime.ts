/**
 * The @lit/localize runtime, configured once (runtime mode): loaded only when the UI shows a
 * language other than English (the source strings need no runtime), by `localize.ts`. Our
 * builds bundle @lit/localize privately, so a host app that configured its own copy keeps it.
 *
 * Each locale's strings are two generated modules (`src/i18n/generated/`, made by
 * `npm run localize` from `locales/*.xlf`), loaded only when that locale is in use: `<locale>.js`
 * with the banner's strings (all a first visit waits for), and `<locale>.more.js` with the rest,
 * loaded once the settings or the table are shown.
 */
import { configureLocalization } from '@lit/localize/init/runtime.js';
import type { LocaleModule } from '@lit/localize';
import type { targetLocales } from './generated/locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];

/** A locale's first module: the banner's strings, and a loader of the rest. */
interface FirstModule extends LocaleModule {
  more(): Promise<LocaleModule>;
}

// A static map: bundlers (and wtr) resolve each import; a template-string import they cannot.
const loaders: Record<TargetLocale, () => Promise<FirstModule>> = {
  ar: () => import('./generated/ar.js'),
  bg: () => import('./generated/bg.js'),
  cs: () => import('./generated/cs.js'),
  da: () => import('./generated/da.js'),
  de: () => import('./generated/de.js'),
  el: () => import('./generated/el.js'),
  es: () => import('./generated/es.js'),
  et: () => import('./generated/et.js'),
  fi: () => import('./generated/fi.js'),
  fr: () => import('./generated/fr.js'),
  ga: () => import('./generated/ga.js'),
  he: () => import('./generated/he.js'),
  hr: () => import('./generated/hr.js'),
  hu: () => import('./generated/hu.js'),
  is: () => import('./generated/is.js'),
  it: () => import('./generated/it.js'),
  ja: () => import('./generated/ja.js'),
  ko: () => import('./generated/ko.js'),
  lt: () => import('./generated/lt.js'),
  lv: () => import('./generated/lv.js'),
  mt: () => import('./generated/mt.js'),
  nb: () => import('./generated/nb.js'),
  nl: () => import('./generated/nl.js'),
  pl: () => import('./generated/pl.js'),
  'pt-BR': () => import('./generated/pt-BR.js'),
  pt: () => import('./generated/pt.js'),
  ro: () => import('./generated/ro.js'),
  ru: () => import('./generated/ru.js'),
  sk: () => import('./generated/sk.js'),
  sl: () => import('./generated/sl.js'),
  sv: () => import('./generated/sv.js'),
  tr: () => import('./generated/tr.js'),
  uk: () => import('./generated/uk.js'),
  'zh-Hans': () => import('./generated/zh-Hans.js'),
  'zh-Hant': () => import('./generated/zh-Hant.js'),
};

/**
 * The templates object handed to @lit/localize per locale. The runtime reads strings from the
 * object it was given, so the rest of a locale is added to that same object when it arrives.
 */
const active: Partial<Record<TargetLocale, { templates: LocaleModule['templates']; more?: Promise<void> }>> = {};

const { setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: Object.keys(loaders),
  loadLocale: async (locale) =>
    (active[locale as TargetLocale] ??= { templates: { ...(await loaders[locale as TargetLocale]()).templates } }),
});

/** Adds the rest of `locale`'s strings (settings, table) to its templates; nothing for English. */
function loadMore(locale: string): Promise<void> {
  const entry = active[locale as TargetLocale];
  if (!entry) return Promise.resolve();
  return (entry.more ??= loaders[locale as TargetLocale]()
    .then((first) => first.more())
    .then((rest) => void Object.assign(entry.templates, rest.templates)));
}

/** Makes `locale` (one of ours) active: its banner strings, and with `all` the rest. */
export async function useLocale(locale: string, all: boolean): Promise<void> {
  await setLocale(locale);
  if (all) await loadMore(locale);
}
