/**
 * Oracle test for src/i18n/detect.ts: i18next with i18next-browser-languagedetector runs beside it
 * on the same inputs (query string, cookie, storage, navigator, `<html lang>`), in this very page,
 * and both must read the same candidates and choose the same language. They differ only where
 * ours is documented to be better (a script or macrolanguage is all that differs: `zh-TW` →
 * `zh-Hant`, `no` → `nb`); those rows assert both answers, so the test fails if either side moves.
 *
 * What "the language i18next chooses" is: `i18n.language`, the best match of the detected codes
 * among `supportedLngs` (getBestMatchFromCodes), or `fallbackLng` when none matches (never the raw
 * code: that happens only without `supportedLngs`). `i18n.resolvedLanguage` is the first language
 * of that one's hierarchy that has resources: undefined without resources, so it is read from a
 * second instance that has a resource for every supported language, and must be the same.
 */
import { expect } from '@open-wc/testing';
import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { UI_LOCALES, detectLanguage, languageCandidates } from '../../src/i18n/detect.js';
import type { DetectionOptions } from '../../src/registry/schema.js';

/** A source's value under its default key, or values under keys of their own. */
type Stored = string | Record<string, string>;

interface Row {
  name: string;
  /** After the path: `?lng=de`, or `#/page?lng=de` (the hash form, with an empty query string). */
  url?: string;
  cookie?: Stored;
  local?: Stored;
  session?: Stored;
  /**
   * `navigator.languages` (and `navigator.language`, its first unless `language` is given). Empty
   * when omitted, so that the test browser's own languages never leak into a row.
   */
  nav?: string[];
  language?: string;
  html?: string;
  detection?: DetectionOptions;
  /** The registry's locales (after UI_LOCALES, as detectLanguage() and `supportedLngs` list them). */
  locales?: string[];
  /** The registry's default locale: `en` unless given. */
  defaultLocale?: string;
  /** What both choose. */
  expected?: string;
  /** Group 7: where ours is better, what each one chooses (ours: one of these, by the engine's Intl data). */
  ours?: string | string[];
  i18next?: string;
  /** i18next's resolvedLanguage where it is not its language (with a resource for every supported one). */
  resolvedLanguage?: undefined;
}

const only = (source: NonNullable<DetectionOptions['order']>[number]): DetectionOptions => ({ order: [source] });

/** Every source holds something: each row of the default order removes the winner of the previous one. */
const everywhere = {
  url: '?lng=de',
  cookie: 'uk',
  local: 'fr',
  session: 'it',
  nav: ['es'],
  html: 'pl',
} satisfies Partial<Row>;

const TABLE: Record<string, Row[]> = {
  '1. each source alone': [
    { name: 'querystring ?lng=de', url: '?lng=de', detection: only('querystring'), expected: 'de' },
    {
      name: 'querystring, hash form #/page?lng=uk',
      url: '#/page?lng=uk',
      detection: only('querystring'),
      expected: 'uk',
    },
    { name: 'cookie i18next=uk', cookie: 'uk', detection: only('cookie'), expected: 'uk' },
    { name: 'localStorage i18nextLng=de', local: 'de', detection: only('localStorage'), expected: 'de' },
    { name: 'sessionStorage i18nextLng=uk', session: 'uk', detection: only('sessionStorage'), expected: 'uk' },
    { name: 'navigator [de]', nav: ['de'], detection: only('navigator'), expected: 'de' },
    { name: '<html lang="uk">', html: 'uk', detection: only('htmlTag'), expected: 'uk' },
  ],

  '2. order and keys': [
    { name: 'default order: querystring first', ...everywhere, expected: 'de' },
    { name: 'default order: then cookie', ...everywhere, url: '', expected: 'uk' },
    { name: 'default order: then localStorage', ...everywhere, url: '', cookie: {}, expected: 'fr' },
    { name: 'default order: then sessionStorage', ...everywhere, url: '', cookie: {}, local: {}, expected: 'it' },
    {
      name: 'default order: then navigator',
      ...everywhere,
      url: '',
      cookie: {},
      local: {},
      session: {},
      expected: 'es',
    },
    {
      name: 'default order: then <html lang>',
      ...everywhere,
      url: '',
      cookie: {},
      local: {},
      session: {},
      nav: [],
      expected: 'pl',
    },
    { name: 'order [htmlTag] ignores every other source', ...everywhere, detection: only('htmlTag'), expected: 'pl' },
    {
      name: 'order [htmlTag, localStorage]',
      ...everywhere,
      detection: { order: ['htmlTag', 'localStorage'] },
      expected: 'pl',
    },
    {
      name: 'order [localStorage, htmlTag]',
      ...everywhere,
      detection: { order: ['localStorage', 'htmlTag'] },
      expected: 'fr',
    },
    {
      name: 'an unsupported first source falls to the next',
      local: 'xx',
      html: 'uk',
      detection: { order: ['localStorage', 'htmlTag'] },
      expected: 'uk',
    },
    {
      name: "lookupQuerystring 'lang'",
      url: '?lng=de&lang=uk',
      detection: { order: ['querystring'], lookupQuerystring: 'lang' },
      expected: 'uk',
    },
    {
      name: "lookupCookie 'site_lang'",
      cookie: { i18next: 'de', site_lang: 'uk' },
      detection: { order: ['cookie'], lookupCookie: 'site_lang' },
      expected: 'uk',
    },
    {
      name: "lookupLocalStorage 'lang'",
      local: { i18nextLng: 'de', lang: 'uk' },
      detection: { order: ['localStorage'], lookupLocalStorage: 'lang' },
      expected: 'uk',
    },
    {
      name: "lookupSessionStorage 'lang'",
      session: { i18nextLng: 'de', lang: 'uk' },
      detection: { order: ['sessionStorage'], lookupSessionStorage: 'lang' },
      expected: 'uk',
    },
    { name: 'querystring: the last lng= wins', url: '?lng=de&lng=uk', detection: only('querystring'), expected: 'uk' },
    {
      name: 'querystring: an empty last lng= hides an earlier one',
      url: '?lng=de&lng=',
      html: 'uk',
      detection: { order: ['querystring', 'htmlTag'] },
      expected: 'uk',
    },
    {
      name: 'querystring: the key is case-sensitive (?LNG=de)',
      url: '?LNG=de',
      html: 'uk',
      detection: { order: ['querystring', 'htmlTag'] },
      expected: 'uk',
    },
    {
      name: 'querystring: a query string hides the hash form',
      url: '?x=1#/page?lng=de',
      html: 'uk',
      detection: { order: ['querystring', 'htmlTag'] },
      expected: 'uk',
    },
    {
      name: 'querystring: read undecoded (?lng=pt%2DBR is junk)',
      url: '?lng=pt%2DBR',
      html: 'uk',
      detection: { order: ['querystring', 'htmlTag'] },
      expected: 'uk',
    },
    {
      name: 'navigator.language after navigator.languages',
      nav: ['xx'],
      language: 'uk',
      detection: only('navigator'),
      expected: 'uk',
    },
  ],

  '3. region and script': [
    { name: 'de-AT → de', html: 'de-AT', detection: only('htmlTag'), expected: 'de' },
    { name: 'pt-PT → pt', html: 'pt-PT', detection: only('htmlTag'), expected: 'pt' },
    { name: 'pt-BR → pt-BR', html: 'pt-BR', detection: only('htmlTag'), expected: 'pt-BR' },
    { name: 'pt-br → pt-BR (case folded)', html: 'pt-br', detection: only('htmlTag'), expected: 'pt-BR' },
    // UI_LOCALES has `pt` as well as `pt-BR`: a bare code with only regional forms needs a language
    // the suite lacks, such as Catalan. The first regional form in the list wins.
    { name: 'ca with only ca-ES, ca-AD → ca-ES', html: 'ca', locales: ['ca-ES', 'ca-AD'], expected: 'ca-ES' },
    { name: 'ca with only ca-AD, ca-ES → ca-AD', html: 'ca', locales: ['ca-AD', 'ca-ES'], expected: 'ca-AD' },
    { name: 'ca-AD with only ca-ES → ca-ES', html: 'ca-AD', locales: ['ca-ES'], expected: 'ca-ES' },
    // A regional form is one of the same language: not another whose code starts alike
    // (Asturian for Assamese, Hawaiian for Hausa).
    { name: 'as with only ast-ES → en', nav: ['as'], locales: ['ast-ES'], expected: 'en' },
    { name: 'ha with only haw-US → en', nav: ['ha'], locales: ['haw-US'], expected: 'en' },
    { name: 'en-us with en-US → en-US', html: 'en-us', locales: ['en-US'], expected: 'en-US' },
    { name: 'EN-us with en-US → en-US', html: 'EN-us', locales: ['en-US'], expected: 'en-US' },
    { name: 'en-us without en-US → en', html: 'en-us', expected: 'en' },
    { name: 'sr-Latn-RS with sr-Latn → sr-Latn', html: 'sr-Latn-RS', locales: ['sr-Latn'], expected: 'sr-Latn' },
    { name: 'sr-latn-rs with sr-Latn → sr-Latn', html: 'sr-latn-rs', locales: ['sr-Latn'], expected: 'sr-Latn' },
    { name: 'sr_Latn_RS with sr-Latn → sr-Latn', html: 'sr_Latn_RS', locales: ['sr-Latn'], expected: 'sr-Latn' },
    {
      name: 'sr-Cyrl-RS with only sr-Latn → sr-Latn (a regional form)',
      html: 'sr-Cyrl-RS',
      locales: ['sr-Latn'],
      expected: 'sr-Latn',
    },
    { name: 'de_AT → de', html: 'de_AT', expected: 'de' },
    // i18next never formats an underscore tag: `de_AT` is not `de-AT`, only its language `de` matches.
    { name: 'de_AT with de-AT → de (not de-AT)', html: 'de_AT', locales: ['de-AT'], expected: 'de' },
    { name: 'de-x-private → de', html: 'de-x-private', expected: 'de' },
    // `x` starts private use: `de-x-foo` has no script part, so it gives `de`, never `de-x`.
    { name: 'de-x-foo with de-x → de', html: 'de-x-foo', locales: ['de-x'], expected: 'de' },
    { name: 'sr@latin passes the junk filter, matches nothing', html: 'sr@latin', locales: ['sr'], expected: 'en' },
    { name: 'de- (a trailing hyphen) → de', html: 'de-', expected: 'de' },
    { name: '-de (a leading hyphen) → en', html: '-de', expected: 'en' },
    { name: 'x-klingon (private use only) → en', html: 'x-klingon', expected: 'en' },
    { name: 'iw (the old code of he) → en, not he', html: 'iw', expected: 'en' },
    { name: 'iw-IL with he-IL: canonical iw-IL is he-IL', html: 'iw-IL', locales: ['he-IL'], expected: 'he-IL' },
  ],

  '4. exact first, across candidates': [
    { name: '[ru-RU, uk] → uk, not ru', nav: ['ru-RU', 'uk'], expected: 'uk' },
    { name: '[de-AT, pt-BR] → pt-BR, not de', nav: ['de-AT', 'pt-BR'], expected: 'pt-BR' },
    { name: '[de-AT, de] → de', nav: ['de-AT', 'de'], expected: 'de' },
    { name: 'localStorage ru-RU, <html lang="uk"> → uk', local: 'ru-RU', html: 'uk', expected: 'uk' },
    {
      name: '[xx-YY, fr-CA, de-AT] → fr (the first whose language exists)',
      nav: ['xx-YY', 'fr-CA', 'de-AT'],
      expected: 'fr',
    },
    { name: '[zh-TW, de] → de (exact beats every partial match)', nav: ['zh-TW', 'de'], expected: 'de' },
  ],

  // The junk is dropped from the candidates (compared in every row); where it has a language part,
  // it is `de`, which would win if it were read: the next candidate, `uk-UA`, gives `uk` instead.
  '5. junk is dropped': [
    { name: '<script> in localStorage', local: '<script>alert(1)</script>', html: 'uk-UA', expected: 'uk' },
    { name: 'markup in <html lang>', html: 'de-<b>x</b>', nav: ['uk-UA'], expected: 'uk' },
    { name: 'a 200-character code', local: `de-${'x'.repeat(197)}`, html: 'uk-UA', expected: 'uk' },
    { name: 'a 128-character code is still read', local: `de-${'x'.repeat(125)}`, html: 'uk-UA', expected: 'de' },
    { name: 'a..b', local: 'de-a..b', html: 'uk-UA', expected: 'uk' },
    { name: '__proto__', local: '__proto__', html: 'uk-UA', expected: 'uk' },
    { name: 'constructor', cookie: 'constructor', html: 'uk-UA', expected: 'uk' },
    { name: 'prototype', session: 'prototype', html: 'uk-UA', expected: 'uk' },
    { name: 'an empty localStorage value', local: '', html: 'uk-UA', expected: 'uk' },
    { name: 'an empty <html lang>', html: '', nav: ['uk-UA'], expected: 'uk' },
    { name: 'an empty navigator', nav: [''], language: '', html: 'uk-UA', expected: 'uk' },
    { name: 'a trailing space', local: 'de-AT ', html: 'uk-UA', expected: 'uk' },
    { name: 'a space inside', session: 'de-A T', html: 'uk-UA', expected: 'uk' },
    { name: 'quotes in a cookie', cookie: 'de-"AT"', html: 'uk-UA', expected: 'uk' },
    { name: '+ in the query string', url: '?lng=de-AT+1', html: 'uk-UA', expected: 'uk' },
    { name: 'junk only → the default', local: '<x>', html: 'de-AT ', expected: 'en' },
  ],

  '6. unsupported only': [
    { name: 'xx → en', local: 'xx', expected: 'en' },
    { name: 'tlh, xx-YY → en', nav: ['tlh', 'xx-YY'], expected: 'en' },
    { name: 'xx → de, the registry default', html: 'xx', defaultLocale: 'de', expected: 'de' },
    { name: 'xx → ca, a default outside UI_LOCALES', html: 'xx', locales: ['ca'], defaultLocale: 'ca', expected: 'ca' },
    { name: 'nothing at all → en', expected: 'en' },
  ],

  // Where ours is better: i18next takes the first regional form of the language in the list
  // (`zh-Hans`, listed first in UI_LOCALES), or nothing at all for `no`, which has none.
  '7. documented improvements': [
    { name: 'zh-TW', nav: ['zh-TW'], ours: 'zh-Hant', i18next: 'zh-Hans' },
    { name: 'zh-HK', nav: ['zh-HK'], ours: 'zh-Hant', i18next: 'zh-Hans' },
    { name: 'zh-MO', nav: ['zh-MO'], ours: 'zh-Hant', i18next: 'zh-Hans' },
    { name: 'ZH-tw (upper-case language)', nav: ['ZH-tw'], ours: 'zh-Hant', i18next: 'en' },
    { name: 'zh-CN (the same by luck of order)', nav: ['zh-CN'], ours: 'zh-Hans', i18next: 'zh-Hans' },
    { name: 'zh (the same by luck of order)', nav: ['zh'], ours: 'zh-Hans', i18next: 'zh-Hans' },
    { name: 'no', nav: ['no'], ours: 'nb', i18next: 'en' },
    { name: 'no-NO', nav: ['no-NO'], ours: 'nb', i18next: 'en' },
    { name: '[no, fr-CA]: i18next goes on to the next candidate', nav: ['no', 'fr-CA'], ours: 'nb', i18next: 'fr' },
    // The same for any language written in more than one script: where the list has two scripts
    // of it, i18next takes the first listed, ours the one Intl's likely subtags give.
    {
      name: 'sr with sr-Latn, sr-Cyrl',
      nav: ['sr'],
      locales: ['sr-Latn', 'sr-Cyrl'],
      ours: 'sr-Cyrl',
      i18next: 'sr-Latn',
    },
    {
      name: 'sr-RS with sr-Latn, sr-Cyrl',
      nav: ['sr-RS'],
      locales: ['sr-Latn', 'sr-Cyrl'],
      ours: 'sr-Cyrl',
      i18next: 'sr-Latn',
    },
    {
      name: 'az with az-Cyrl, az-Latn',
      nav: ['az'],
      locales: ['az-Cyrl', 'az-Latn'],
      ours: 'az-Latn',
      i18next: 'az-Cyrl',
    },
    // Likely subtags also place deprecated codes: `sh` (Serbo-Croatian) is written `sr-Latn` in
    // Chromium's and Firefox's Intl data; WebKit's gives it no script, and ours then falls back as
    // i18next does.
    { name: 'sh with only sr-Latn', nav: ['sh'], locales: ['sr-Latn'], ours: ['sr-Latn', 'en'], i18next: 'en' },
    // i18next adds `cimode` (its mode that shows keys instead of text) to supportedLngs, so
    // `?lng=cimode` switches an i18next page to it (resolvedLanguage stays undefined). It is not a
    // language: ours ignores it.
    { name: '?lng=cimode', url: '?lng=cimode', ours: 'en', i18next: 'cimode', resolvedLanguage: undefined },
  ],
};

/** Default keys of the sources, and every key a row uses, removed before and after each row. */
const COOKIES = ['i18next', 'site_lang'];
const STORAGE_KEYS = ['i18nextLng', 'lang'];

function write(value: Stored | undefined, defaultKey: string, set: (key: string, value: string) => void): void {
  if (value === undefined) return;
  for (const [key, v] of Object.entries(typeof value === 'string' ? { [defaultKey]: value } : value)) set(key, v);
}

/** Own properties on `navigator`, shadowing Navigator.prototype's getters; deleting them restores those. */
function setNavigator(languages: readonly string[], language: string): void {
  Object.defineProperty(navigator, 'languages', { value: Object.freeze([...languages]), configurable: true });
  Object.defineProperty(navigator, 'language', { value: language, configurable: true });
}

function restoreNavigator(): void {
  Reflect.deleteProperty(navigator, 'languages');
  Reflect.deleteProperty(navigator, 'language');
}

function clearSources(): void {
  for (const name of COOKIES) document.cookie = `${name}=; path=/; max-age=0`;
  for (const key of STORAGE_KEYS) {
    localStorage.removeItem(key);
    sessionStorage.removeItem(key);
  }
}

function applyInputs(row: Row): void {
  if (row.url !== undefined) history.replaceState(null, '', `${location.pathname}${row.url}`);
  write(row.cookie, 'i18next', (key, value) => (document.cookie = `${key}=${value}; path=/`));
  write(row.local, 'i18nextLng', (key, value) => localStorage.setItem(key, value));
  write(row.session, 'i18nextLng', (key, value) => sessionStorage.setItem(key, value));
  const languages = row.nav ?? [];
  setNavigator(languages, row.language ?? languages[0] ?? '');
  if (row.html === undefined) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', row.html);
  // the page holds what the row says (else both sides could agree on nothing)
  if (row.url) expect(location.search + location.hash, 'the URL').to.equal(row.url);
  write(row.cookie, 'i18next', (key, value) =>
    expect(document.cookie.split('; '), 'cookies').to.include(`${key}=${value}`),
  );
  expect([...navigator.languages], 'navigator.languages').to.deep.equal(languages);
}

interface Choice {
  candidates: string[];
  language: string;
  /** i18next's, with a resource for every supported language. */
  resolvedLanguage?: string | undefined;
}

/** Ours: the candidates read and the language chosen. */
function ours(row: Row, locales: string[], defaultLocale: string): Choice {
  return {
    candidates: languageCandidates(row.detection),
    language: detectLanguage(row.detection, locales, defaultLocale),
  };
}

/** The oracle: a fresh i18next with the detector, writing nothing (`caches: []`). */
async function i18nextChoice(row: Row, locales: string[], defaultLocale: string): Promise<Choice> {
  const supportedLngs = [...UI_LOCALES, ...locales, defaultLocale];
  const init = async (resources: Record<string, { translation: Record<string, string> }>): Promise<I18n> => {
    const i18n = i18next.createInstance();
    await i18n.use(LanguageDetector).init({
      supportedLngs,
      fallbackLng: defaultLocale,
      // a copy: the detector fills its defaults into the object it is given
      detection: { ...row.detection, caches: [] },
      resources,
      initAsync: false,
    });
    return i18n;
  };
  const bare = await init({});
  const loaded = await init(Object.fromEntries(supportedLngs.map((lng) => [lng, { translation: { lng } }])));
  expect(loaded.language, 'i18next with resources').to.equal(bare.language);
  const detected = bare.services.languageDetector!.detect();
  return {
    candidates: detected === undefined ? [] : typeof detected === 'string' ? [detected] : [...detected],
    language: bare.language,
    resolvedLanguage: loaded.resolvedLanguage,
  };
}

describe('language detection: the same choice as i18next with i18next-browser-languagedetector', () => {
  const url = location.href;
  const lang = document.documentElement.getAttribute('lang');

  function restore(): void {
    // only when changed: WebKit refuses more than 100 replaceState() calls in 10 seconds
    if (location.href !== url) history.replaceState(null, '', url);
    clearSources();
    restoreNavigator();
    if (lang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', lang);
  }

  before(restore);
  afterEach(restore);

  it('can override navigator.languages and navigator.language, and restore them', () => {
    const real = { languages: [...navigator.languages], language: navigator.language };
    setNavigator(['xx-YY', 'tlh'], 'ab');
    expect([...navigator.languages]).to.deep.equal(['xx-YY', 'tlh']);
    expect(navigator.language).to.equal('ab');
    restoreNavigator();
    expect({ languages: [...navigator.languages], language: navigator.language }).to.deep.equal(real);
  });

  for (const [group, rows] of Object.entries(TABLE)) {
    describe(group, () => {
      for (const row of rows) {
        it(row.name, async () => {
          const locales = row.locales ?? [];
          const defaultLocale = row.defaultLocale ?? 'en';
          applyInputs(row);
          const mine = ours(row, locales, defaultLocale);
          const theirs = await i18nextChoice(row, locales, defaultLocale);
          expect(mine.candidates, 'candidates (languageCandidates vs the detector)').to.deep.equal(theirs.candidates);
          expect(theirs.resolvedLanguage, "i18next's resolvedLanguage").to.equal(
            'resolvedLanguage' in row ? row.resolvedLanguage : theirs.language,
          );
          if (row.expected !== undefined) {
            expect({ ours: mine.language, i18next: theirs.language }).to.deep.equal({
              ours: row.expected,
              i18next: row.expected,
            });
          } else {
            expect(theirs.language, 'i18next').to.equal(row.i18next);
            expect([row.ours].flat(), 'ours').to.include(mine.language);
          }
        });
      }
    });
  }
});
