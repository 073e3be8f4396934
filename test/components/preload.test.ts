/**
 * The drop-in's snippet (`cookie-elements snippet`, src/registry/snippet.ts) in a page: its inline
 * preloader asks for the UI chunk and the locale's banner strings while the page is still being
 * parsed, before the core has run (no waterfall), and a returning visitor's page asks for nothing.
 * Runs the built drop-in and its manifest (npm test builds before the browser tests).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { isolatePages, loadRegistry, openPage, type TestPage } from '../helpers/page.js';
import { recordFor } from '../helpers/records.js';
import { dropInSnippet, type DropInManifest } from '../../src/registry/snippet.js';
import type { Registry } from '../../src/registry/schema.js';

const DROP_IN = '/dist/cookie-elements.js';

/**
 * A page whose head is the snippet for `registry`; a script after it records the modulepreload
 * links there are when the parser reaches it, that is before any module script has run.
 */
function snippetPage(registry: unknown, options: { lang?: string; query?: string } = {}): Promise<TestPage> {
  const { html } = dropInSnippet(registry as Registry, { src: DROP_IN, manifest });
  return openPage({
    ...options,
    modules: [],
    head: `${html}<script>window.__preloaded = [...document.querySelectorAll('link[rel=modulepreload]')].map((link) => link.getAttribute('href'));</script>`,
  });
}

const preloaded = (page: TestPage) => (page.win as unknown as { __preloaded: string[] }).__preloaded;
/** How many times the page requested `path` (resource timing). */
const requests = (page: TestPage, path: string) =>
  page.resources().filter((url) => new URL(url).pathname === path).length;
const acceptButton = (page: TestPage) =>
  page.win.document.querySelector('cookie-banner')?.shadowRoot?.querySelector<HTMLElement>('[part~="accept-button"]');

let manifest: DropInManifest;
/** Where the drop-in keeps `locale`'s banner strings. */
const strings = (locale: string) => `/dist/${manifest.localeModule.replace('{locale}', locale)}`;
let dumka: Record<string, unknown>;

describe('the drop-in snippet: first-visit preloader', () => {
  before(async () => {
    manifest = (await (await fetch('/dist/drop-in.json')).json()) as DropInManifest;
    dumka = await loadRegistry('dumka');
  });

  isolatePages();

  it('asks for the UI chunk and the German strings before the core runs; each is downloaded once, and the banner asks in German', async () => {
    localStorage.setItem('i18nextLng', 'de');
    const page = await snippetPage(dumka);
    expect(preloaded(page)).to.deep.equal([`/dist/${manifest.ui}`, strings('de')]);
    await waitUntil(() => acceptButton(page)?.textContent?.trim() === 'Alle akzeptieren', 'no German banner');
    expect(page.api.language).to.equal('de');
    expect(requests(page, `/dist/${manifest.ui}`)).to.equal(1);
    expect(requests(page, strings('de'))).to.equal(1);
    // Validated at build time (`data-cookie-validated`): no validator either.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.resources().some((url) => url.endsWith('/validate.js'))).to.equal(false);
  });

  it('asks for nothing on a returning visit: the page downloads the core alone', async () => {
    document.cookie = `dumka_cc_cookie=${recordFor(dumka, { cat: { analytics: 1, functional: 1 } })}; Path=/`;
    localStorage.setItem('i18nextLng', 'de');
    const page = await snippetPage(dumka);
    expect(page.api.getConsent().decided).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(preloaded(page)).to.deep.equal([]);
    expect(page.resources().filter((url) => url.includes('/dist/'))).to.deep.equal([
      new URL(DROP_IN, location.href).href,
    ]);
  });

  it('asks for the UI alone when the visitor is to be asked in the source language (English)', async () => {
    localStorage.setItem('i18nextLng', 'en-GB');
    const page = await snippetPage(dumka);
    expect(preloaded(page)).to.deep.equal([`/dist/${manifest.ui}`]);
    await waitUntil(() => acceptButton(page), 'no banner');
    expect(page.api.language).to.equal('en');
  });

  it("reads the sources and keys the registry's detection names, as the UI will", async () => {
    localStorage.setItem('i18nextLng', 'de'); // not a source of this registry
    const registry = { ...dumka, detection: { order: ['htmlTag'] } };
    const page = await snippetPage(registry, { lang: 'fr-CA' });
    expect(preloaded(page)).to.deep.equal([`/dist/${manifest.ui}`, strings('fr')]);
    await waitUntil(() => acceptButton(page), 'no banner');
    expect(page.api.language).to.equal('fr');
  });

  it('matches a query-string language as detection does (pt_BR is Portuguese; pt-BR its Brazilian form)', async () => {
    // The query string alone: an exact match among the browser's languages (`en`) would come first.
    const registry = { ...dumka, detection: { order: ['querystring'] } };
    const page = await snippetPage(registry, { query: '?lng=pt_BR' });
    expect(preloaded(page)).to.deep.equal([`/dist/${manifest.ui}`, strings('pt')]);
    expect(page.api.language).to.equal('pt');
    const brazil = await snippetPage(registry, { query: '?lng=pt-BR' });
    expect(preloaded(brazil)).to.deep.equal([`/dist/${manifest.ui}`, strings('pt-BR')]);
    expect(brazil.api.language).to.equal('pt-BR');
  });

  it('matches by the script a language is written in, as detection does (zh-TW → zh-Hant, no → nb)', async () => {
    const registry = { ...dumka, detection: { order: ['querystring'] } };
    for (const [asked, locale] of [
      ['zh-TW', 'zh-Hant'],
      ['zh_HK', 'zh-Hant'],
      ['zh-CN', 'zh-Hans'],
      ['no', 'nb'],
    ]) {
      const page = await snippetPage(registry, { query: `?lng=${asked}` });
      expect(preloaded(page), asked).to.deep.equal([`/dist/${manifest.ui}`, strings(locale)]);
      await waitUntil(() => acceptButton(page), 'no banner');
      expect(page.api.language, asked).to.equal(locale);
      expect(requests(page, strings(locale)), asked).to.equal(1);
    }
  });

  it("takes a site locale of the registry's to the UI strings of its language", async () => {
    localStorage.setItem('i18nextLng', 'de-CH');
    const page = await snippetPage({ ...dumka, locales: ['en', 'de-CH'] });
    expect(preloaded(page)).to.deep.equal([`/dist/${manifest.ui}`, strings('de')]);
    await waitUntil(() => acceptButton(page)?.textContent?.trim() === 'Alle akzeptieren', 'no German banner');
    expect(page.api.language).to.equal('de-CH');
  });

  it('never puts what a source holds into a URL: only a locale of the suite is preloaded', async () => {
    localStorage.setItem('i18nextLng', 'de.js"><img src=x onerror=alert(1)>');
    const page = await snippetPage({ ...dumka, detection: { order: ['localStorage'] } });
    expect(preloaded(page)).to.deep.equal([`/dist/${manifest.ui}`]);
    expect(page.win.document.querySelectorAll('img').length).to.equal(0);
  });
});
