/**
 * Enforcement by its real effects, in pages of their own: a gated script's side effect is absent
 * before consent and present after; nothing gated is requested before consent (the test server's
 * request log); storage of what is not granted is gone, before `cookie-consent-withdraw`, and again
 * on every page load.
 */
import { expect } from '@open-wc/testing';
import { isolatePages, loadRegistry, openPage, type TestPage } from '../helpers/page.js';
import { recordFor } from '../helpers/records.js';
import { waitUntil } from '../helpers/wait.js';

const FIXTURES = '/test/fixtures/enforce';
const COOKIE = 'dumka_cc_cookie';

/**
 * This test's own fixture URLs carry a token (`?t=…`): the test server's log is shared by the three
 * browsers, and a URL of its own is never answered from a cache.
 */
let token = '';
const fixture = (name: string) => `${FIXTURES}/${name}?t=${token}`;

/** The fixture paths the test server was asked for with this test's token, in order. */
async function requested(): Promise<string[]> {
  const log = (await (await fetch('/__requests', { cache: 'no-store' })).json()) as string[];
  return log.filter((url) => url.endsWith(`?t=${token}`)).map((url) => url.split('?')[0]!);
}

function ran(page: TestPage): string[] {
  return [...(page.win as unknown as { __ran: string[] }).__ran];
}

/** Gated scripts in document order: external, inline, external module; and one for a service. */
const scripts = () => `
  <script type="text/plain" data-cookie-category="analytics" data-src="${fixture('first.js')}"></script>
  <script type="text/plain" data-cookie-category="analytics" nonce="abc" data-note="kept">window.__ran.push('inline')</script>
  <script type="text/plain" data-cookie-category="analytics" data-type="module" data-src="${fixture('module.js')}"></script>
  <script type="text/plain" data-cookie-category="analytics" data-cookie-service="posthog">window.__ran.push('posthog')</script>`;

describe('enforcement', () => {
  let dumka: Record<string, unknown>;

  before(async () => {
    dumka = await loadRegistry('dumka');
  });

  isolatePages();

  beforeEach(() => {
    token = Math.random().toString(36).slice(2);
  });

  async function open(body: string, head = ''): Promise<TestPage> {
    return openPage({
      registry: dumka,
      modules: ['/src/index.ts'],
      head: `<script>window.__ran = [];</script>${head}`,
      body,
    });
  }

  describe('gated scripts', () => {
    it('run only after consent, in document order (an external one first finishing), each once', async () => {
      const page = await open(scripts());
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(ran(page), 'nothing ran before consent').to.deep.equal([]);
      expect(await requested(), 'nothing gated was requested before consent').to.deep.equal([]);

      await page.api.acceptAll();
      await waitUntil(() => ran(page).length === 4, `ran: ${ran(page).join(', ')}`);
      expect(ran(page)).to.deep.equal(['first', 'inline', 'module', 'posthog']);
      expect(await requested()).to.deep.equal([`${FIXTURES}/first.js`, `${FIXTURES}/module.js`]);

      // At most once per page: another decision runs nothing again.
      await page.api.set({ categories: { analytics: true, functional: true } });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(ran(page)).to.have.length(4);
    });

    it('carry their other attributes over, nonce included', async () => {
      const page = await open(scripts());
      await page.api.acceptAll();
      await waitUntil(() => ran(page).includes('inline'));
      const live = page.win.document.querySelector<HTMLScriptElement>('script[data-note="kept"]:not([type])')!;
      expect(live !== null, 'the live copy of the inline script').to.equal(true);
      expect(live.nonce).to.equal('abc');
      expect(live.hasAttribute('data-cookie-category')).to.equal(false);
    });

    it('follow their service when they name one', async () => {
      const page = await open(scripts());
      await page.api.set({ categories: { analytics: true }, services: { posthog: false } });
      await waitUntil(() => ran(page).length === 3, `ran: ${ran(page).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(ran(page)).to.deep.equal(['first', 'inline', 'module']);
    });

    it('run when added later, once granted (single-page apps, tag managers)', async () => {
      const page = await open('');
      await page.api.acceptAll();
      const script = page.win.document.createElement('script');
      script.type = 'text/plain';
      script.dataset.cookieCategory = 'analytics';
      script.text = "window.__ran.push('later')";
      page.win.document.body.append(script);
      await waitUntil(() => ran(page).includes('later'), 'the later script never ran');
    });

    it('never run for a category the registry does not have, and say so', async () => {
      const page = await open(
        '<script type="text/plain" data-cookie-category="marketing">window.__ran.push("marketing")</script>',
      );
      await page.api.acceptAll();
      await waitUntil(
        () => page.events.some((event) => event.type === 'cookie-consent-error'),
        'the unknown category was not reported',
      );
      const error = page.events.find((event) => event.type === 'cookie-consent-error')!.detail as {
        code: string;
        message: string;
      };
      expect(error.code).to.equal('unknown-id');
      expect(error.message).to.contain('marketing');
      expect(ran(page)).to.deep.equal([]);
    });
  });

  describe('embeds and media', () => {
    it('get their addresses only after consent', async () => {
      const page = await open(`
        <iframe title="Embedded page" data-cookie-category="functional" data-src="${fixture('frame.html')}"></iframe>
        <img alt="" data-cookie-category="functional" data-src="${fixture('pixel.svg')}">
        <video data-cookie-category="functional"><source data-src="${fixture('pixel.svg')}" type="image/svg+xml"></video>`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await requested()).to.deep.equal([]);
      const doc = page.win.document;
      expect(doc.querySelector('iframe')!.hasAttribute('src')).to.equal(false);

      await page.api.set({ categories: { functional: true } });
      await waitUntil(() => doc.querySelector('iframe')!.getAttribute('src') === fixture('frame.html'));
      expect(doc.querySelector('img')!.getAttribute('src')).to.equal(fixture('pixel.svg'));
      expect(doc.querySelector('source')!.getAttribute('src')).to.equal(fixture('pixel.svg'));
      await waitUntil(
        async () => (await requested()).includes(`${FIXTURES}/frame.html`),
        'the frame was never requested',
      );
    });
  });

  describe('storage', () => {
    it('of a withdrawn category is gone before cookie-consent-withdraw', async () => {
      const page = await open('');
      await page.api.acceptAll();
      page.win.document.cookie = 'ph_demo_posthog=1; Path=/';
      page.win.localStorage.setItem('ph_demo_posthog', '{"distinct_id":"x"}');
      page.win.localStorage.setItem('dumka_jwt_access', 'kept: essential');
      let seenAtWithdraw: { cookie: boolean; local: boolean } | undefined;
      page.win.document.addEventListener('cookie-consent-withdraw', () => {
        seenAtWithdraw = {
          cookie: page.win.document.cookie.includes('ph_demo_posthog'),
          local: page.win.localStorage.getItem('ph_demo_posthog') !== null,
        };
      });
      await page.api.set({ categories: { analytics: false } });
      expect(seenAtWithdraw).to.deep.equal({ cookie: false, local: false });
      expect(page.win.localStorage.getItem('dumka_jwt_access')).to.equal('kept: essential');
    });

    it('of what the stored decision denies is swept on every page load', async () => {
      // Functional is denied; the app wrote its key anyway (or before the decision).
      document.cookie = `${COOKIE}=${recordFor(dumka)}; Path=/`;
      localStorage.setItem('dumka_active_role', 'coach');
      localStorage.setItem('i18nextLng', 'uk'); // essential: stays
      await open('');
      await waitUntil(() => localStorage.getItem('dumka_active_role') === null, 'the denied key was not swept');
      expect(localStorage.getItem('i18nextLng')).to.equal('uk');
    });
  });

  describe('reload-on-withdraw', () => {
    const marked = (page: TestPage) => (page.frame.contentWindow as unknown as { __mark?: number }).__mark === 1;

    it('reloads the page after a withdrawal (storage cleared first), not after a grant', async () => {
      const page = await openPage({
        registry: dumka,
        body: '<cookie-banner reopen reload-on-withdraw></cookie-banner>',
      });
      (page.win as unknown as { __mark: number }).__mark = 1;
      await page.api.acceptAll();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(marked(page), 'a grant reloaded the page').to.equal(true);
      localStorage.setItem('dumka_active_role', 'coach');
      await page.api.set({ categories: { functional: false } });
      await waitUntil(() => !marked(page), 'the page did not reload');
      expect(localStorage.getItem('dumka_active_role')).to.equal(null);
    });

    it('without the attribute, a withdrawal leaves the page as it is', async () => {
      const page = await openPage({ registry: dumka, body: '<cookie-banner reopen></cookie-banner>' });
      (page.win as unknown as { __mark: number }).__mark = 1;
      await page.api.acceptAll();
      await page.api.rejectAll();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(marked(page)).to.equal(true);
    });
  });
});
