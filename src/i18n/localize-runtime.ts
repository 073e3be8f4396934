/**
 * The @lit/localize runtime (runtime mode), part of the UI (see `localize.ts`). Our builds bundle
 * @lit/localize privately, so a host app that configured its own copy keeps it.
 *
 * It installs @lit/localize's runtime `msg()` implementation (`runtimeMsg`, what
 * `configureLocalization` installs) over our templates, without `configureLocalization`'s
 * `setLocale` bookkeeping: our elements re-render through the consent store when the language
 * changes, and `lit-localize-status` events from our private copy would reach a host app's own
 * `@localized()` elements for nothing. Every `msg()` of ours has an explicit id, so the builds
 * also leave out @lit/localize's id hashing (scripts/build.mjs).
 *
 * Each locale's strings are two generated modules (`src/i18n/generated/`, made by
 * `npm run localize` from `locales/*.xlf`), loaded only when that locale is in use: `<locale>.js`
 * with the banner's strings (all a first visit waits for), and `<locale>.more.js` with the rest,
 * loaded once the settings or the table are shown.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { LocaleModule } from '@lit/localize';
import type { MsgFn } from '@lit/localize/internal/types.js';
import type { targetLocales } from './generated/locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];

/** A locale's first module: the banner's strings, and a loader of the rest. */
interface FirstModule extends LocaleModule {
  more(): Promise<LocaleModule>;
}

// A static map: bundlers (and wtr) resolve each import. In the drop-in build, where each locale is
// `chunks/<build id>/locales/<locale>.js`, it becomes one template-string import once the chunks
// are known (scripts/build/locale-imports.mjs): 35 import paths cost a non-English first visit bytes.
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

type Templates = LocaleModule['templates'];

/**
 * Each locale's templates, once its first module loaded. `runtimeMsg` reads the object of the
 * active locale, so the rest of a locale is added to that same object when it arrives.
 */
interface Loaded {
  templates: Templates;
  more?: Promise<void>;
}
const loaded: Partial<Record<TargetLocale, Promise<Loaded>>> = {};
/** The active locale's templates; none for English, the source. */
let active: Templates | undefined;
/** The locale of the last `useLocale()` call: it wins, whichever loads first. */
let wanted: string | undefined;

_installMsgImplementation(((template, options) => runtimeMsg(active, template, options)) as MsgFn);

/**
 * Makes `locale` (one of ours, or `en`) active once its banner strings are here (unless another
 * locale was asked for meanwhile: the last one wins); with `all`, resolves once the rest is here too.
 */
export async function useLocale(locale: string, all: boolean): Promise<void> {
  wanted = locale;
  if (locale === 'en') {
    active = undefined;
    return;
  }
  const load = loaders[locale as TargetLocale];
  const entry: Loaded = await (loaded[locale as TargetLocale] ??= load().then((first) => ({
    templates: { ...first.templates },
  })));
  if (wanted === locale) active = entry.templates;
  if (all) {
    await (entry.more ??= load()
      .then((first) => first.more())
      .then((rest) => void Object.assign(entry.templates, rest.templates)));
  }
}
