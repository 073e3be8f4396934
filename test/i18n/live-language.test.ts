/**
 * The UI language changes without a reload when what it is detected from changes: `<html lang>`,
 * i18next's `i18nextLng` in another tab (a real `storage` event: this test's window writes it),
 * the browser's languages (`languagechange`), and `setLanguage()`.
 */
import { expect } from '@open-wc/testing';
import { templates as de } from '../../src/i18n/generated/de.js';
import { templates as ru } from '../../src/i18n/generated/ru.js';
import { templates as uk } from '../../src/i18n/generated/uk.js';
import { templates as ukMore } from '../../src/i18n/generated/uk.more.js';
import type { DetectionOptions } from '../../src/registry/schema.js';
import { closeAll, isolatePages, loadRegistry, openPage, type PageOptions, type TestPage } from '../helpers/page.js';
import { recordFor } from '../helpers/records.js';
import { waitUntil } from '../helpers/wait.js';

/** The banner's Accept button and the language its region is marked with. */
function banner(page: TestPage): { accept: string; lang: string | null } {
  const root = page.win.document.querySelector('cookie-banner')?.shadowRoot;
  return {
    accept: root?.querySelector('[part~="accept-button"]')?.textContent?.trim() ?? '',
    lang: root?.querySelector('[part~="base"]')?.getAttribute('lang') ?? null,
  };
}

async function showsIn(page: TestPage, language: string, accept: string): Promise<void> {
  await waitUntil(
    () => banner(page).lang === language && banner(page).accept === accept,
    `the banner never spoke ${language} (it shows ${JSON.stringify(banner(page))})`,
  );
  expect(page.api.language).to.equal(language);
  expect(page.api.getConsent().language).to.equal(language);
}

describe('live language switching', () => {
  let dumka: Record<string, unknown>;

  before(async () => {
    dumka = await loadRegistry('dumka');
  });

  isolatePages();

  afterEach(() => {
    localStorage.clear();
    closeAll();
  });

  async function open(detection: DetectionOptions, options: PageOptions = {}): Promise<TestPage> {
    const page = await openPage({
      registry: { ...dumka, detection },
      modules: ['/src/index.ts'],
      body: '<cookie-banner></cookie-banner>',
      ...options,
    });
    await waitUntil(() => banner(page).accept, 'the banner never showed');
    return page;
  }

  it('starts in the language i18next stored, the banner and a table on the page alike', async () => {
    // The table asks for all of the locale, the banner for its strings only: both must speak it.
    localStorage.setItem('i18nextLng', 'uk');
    const page = await open({}, { body: '<cookie-banner></cookie-banner><cookie-table></cookie-table>' });
    await showsIn(page, 'uk', uk['banner.acceptAll'] as string);
    const table = page.win.document.querySelector('cookie-table')!.shadowRoot!;
    await waitUntil(() => table.querySelector('th[scope="col"]')?.textContent?.trim() === ukMore['table.column.name']);
    // The site's own text, from the registry, in Ukrainian too.
    const captions = [...table.querySelectorAll('caption')].map((caption) => caption.textContent!.trim());
    expect(captions).to.include((dumka.categories as { title: { uk: string } }[])[0]!.title.uk);
  });

  it('follows <html lang> when the page changes it', async () => {
    const page = await open({ order: ['htmlTag'] }, { lang: 'en' });
    await showsIn(page, 'en', 'Accept all');
    page.win.document.documentElement.lang = 'uk';
    await showsIn(page, 'uk', uk['banner.acceptAll'] as string);
    page.win.document.documentElement.setAttribute('lang', 'ru-RU');
    await showsIn(page, 'ru', ru['banner.acceptAll'] as string);
  });

  it('follows i18nextLng when another tab changes it', async () => {
    localStorage.setItem('i18nextLng', 'en');
    const page = await open({ order: ['localStorage', 'htmlTag'] });
    await showsIn(page, 'en', 'Accept all');
    // This test's window is the other tab: same origin, its own browsing context.
    localStorage.setItem('i18nextLng', 'ru');
    await showsIn(page, 'ru', ru['banner.acceptAll'] as string);
    localStorage.removeItem('i18nextLng');
    await showsIn(page, 'en', 'Accept all'); // from <html lang="en"> again
  });

  it("follows the browser's languages when they change", async () => {
    const page = await open({ order: ['navigator', 'htmlTag'] });
    // A test cannot change the browser's settings: the page's navigator answers as a browser
    // whose visitor just chose German, and the window gets the event the browser sends then.
    Object.defineProperty(page.win.navigator, 'languages', { value: ['de-DE', 'de'], configurable: true });
    Object.defineProperty(page.win.navigator, 'language', { value: 'de-DE', configurable: true });
    page.win.dispatchEvent(new Event('languagechange'));
    await showsIn(page, 'de', de['banner.acceptAll'] as string);
  });

  it("opens a returning visitor's settings in the page's language now, not the decision's", async () => {
    // A page that shows nothing keeps the decision's language without detecting one; the UI, when it
    // first shows, detects: the page has turned Ukrainian since the decision was made in Russian.
    const registry = { ...dumka, detection: { order: ['htmlTag'] } };
    document.cookie = `dumka_cc_cookie=${recordFor(registry, { lang: 'ru' })}; Path=/`;
    const page = await openPage({ registry, modules: ['/src/index.ts'], lang: 'en' });
    await page.api.ready;
    expect(page.api.language, 'nothing shown: no detection').to.equal('ru');
    page.win.document.documentElement.lang = 'uk';
    await page.api.showSettings();
    const root = page.win.document.querySelector('cookie-settings')!.shadowRoot!;
    await waitUntil(
      () => root.querySelector('[part~="title"]')?.textContent?.trim() === ukMore['settings.title'],
      'the settings never spoke Ukrainian',
    );
    expect(root.querySelector('dialog')!.getAttribute('lang')).to.equal('uk');
    expect(page.api.language).to.equal('uk');
  });

  it('keeps a language chosen with setLanguage() until setLanguage("") returns to detection', async () => {
    const page = await open({ order: ['htmlTag'] }, { lang: 'en' });
    page.api.setLanguage('uk');
    await showsIn(page, 'uk', uk['banner.acceptAll'] as string);
    page.win.document.documentElement.lang = 'ru';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(banner(page).lang, 'detection does not override a chosen language').to.equal('uk');
    page.api.setLanguage('');
    await showsIn(page, 'ru', ru['banner.acceptAll'] as string);
  });
});
