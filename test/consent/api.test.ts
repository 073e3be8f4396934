import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import type { ConsentDetail, ConsentErrorDetail, ConsentWithdrawDetail } from '../../src/consent/types.js';
import { isolatePages, cookieValue, lastDetail, loadRegistry, openPage, types } from '../helpers/page.js';
import { recordFor } from '../helpers/records.js';

describe('window.cookieElements', () => {
  let dumka: Record<string, unknown>;
  let dpokit: Record<string, unknown>;

  before(async () => {
    [dumka, dpokit] = await Promise.all([loadRegistry('dumka'), loadRegistry('dpokit')]);
  });

  isolatePages();

  describe('loading', () => {
    it('runs callbacks queued before it loaded, and later pushes at once', async () => {
      const page = await openPage({
        registry: dumka,
        head: `<script>
          window.__calls = [];
          (window.cookieElements ||= []).push((api) => window.__calls.push(['queued', typeof api.acceptAll]));
        </script>`,
      });
      const calls = (page.win as unknown as { __calls: unknown[][] }).__calls;
      expect(calls).to.deep.equal([['queued', 'function']]);
      page.api.push((api) => calls.push(['later', api === page.api]));
      expect(calls[1]).to.deep.equal(['later', true]);
    });

    it('shares one state between two copies of the library on a page', async () => {
      const page = await openPage({ registry: dumka, modules: ['/src/core.ts', '/dist/cookie-elements.js'] });
      await waitUntil(() => page.win.document.readyState === 'complete', 'both copies never ran', { timeout: 8000 });
      await page.api.acceptAll();
      expect(page.win.cookieElements).to.equal(
        (page.win as unknown as Record<symbol, unknown>)[Symbol.for('cookie-elements.api.v1')],
      );
      expect(
        page.resources().some((url) => url.includes('/dist/cookie-elements.js')),
        'the built copy loaded',
      ).to.equal(true);
      expect(types(page).filter((type) => type === 'cookie-consent-ready')).to.have.length(1);
      expect(types(page).filter((type) => type === 'cookie-consent-change')).to.have.length(1);
    });

    it('starts from a registry object given to start()', async () => {
      const page = await openPage({
        head: `<script type="module">
          import api from '/src/core.ts';
          api.start({ registry: ${JSON.stringify(dumka)} });
        </script>`,
        modules: [],
      });
      expect(page.api.getConsent().categories).to.deep.equal({ essential: true, analytics: false, functional: false });
    });

    it("starts from a registry URL, in start() or in the script's src", async () => {
      const viaStart = await openPage({
        head: `<script type="module">
          import api from '/src/core.ts';
          api.start({ registry: '/examples/registries/dumka.json' });
        </script>`,
        modules: [],
      });
      expect(viaStart.api.getConsent().revision).to.equal(1);
      expect(Object.keys(viaStart.api.getConsent().categories)).to.deep.equal(['essential', 'analytics', 'functional']);
      const viaSrc = await openPage({ registryAttributes: 'src="/examples/registries/dumka.json"' });
      expect(Object.keys(viaSrc.api.getConsent().services)).to.deep.equal([
        'django',
        'dumka-auth',
        'sentry',
        'posthog',
      ]);
    });

    it('keeps the page registry when start() is given another, and says so', async () => {
      const page = await openPage({
        registry: dumka,
        head: `<script type="module">
          import api from '/src/core.ts';
          api.start({ registry: { version: 1 } });
        </script>`,
        modules: [],
      });
      await waitUntil(() => types(page).includes('cookie-consent-error'), 'no error');
      const error = lastDetail(page, 'cookie-consent-error') as unknown as ConsentErrorDetail;
      expect(error.code).to.equal('registry-multiple');
      expect(page.api.getConsent().categories.essential).to.equal(true);
    });

    it("waits for the page's load handlers: a registry given to start() in one is used, and no error is reported", async () => {
      const page = await openPage({
        head: `<script>
          addEventListener('load', () =>
            (window.cookieElements ||= []).push((api) => api.start({ registry: ${JSON.stringify(dumka).replace(/</g, '\\u003c')} })),
          );
        </script>`,
      });
      expect(Object.keys(page.api.getConsent().categories)).to.deep.equal(['essential', 'analytics', 'functional']);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(types(page)).to.deep.equal(['cookie-consent-ready']);
    });

    it('finds a registry script that comes after the core, when the core ran while the page was still loading', async () => {
      // A document written in two parts; the core is imported (in the frame's realm) between them.
      const frame = document.createElement('iframe');
      document.body.append(frame);
      try {
        const win = frame.contentWindow as Window & { cookieElements?: unknown; __events: string[] };
        const doc = frame.contentDocument!;
        doc.open();
        doc.write(`<!doctype html><html><head><script>
          window.__events = [];
          for (const type of ['cookie-consent-ready', 'cookie-consent-error']) document.addEventListener(type, () => __events.push(type));
        </script></head><body>`);
        const frameImport = new (win as unknown as { Function: FunctionConstructor }).Function(
          'return import("/src/core.ts")',
        );
        await (frameImport() as Promise<unknown>);
        await waitUntil(() => win.cookieElements && !Array.isArray(win.cookieElements), 'the core did not run');
        // It found no registry: it waits for the rest of the document (its wait loads on demand).
        await waitUntil(
          () => win.performance.getEntriesByType('resource').some((entry) => entry.name.includes('load-other')),
          'the core did not load its wait for a registry',
        );
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(doc.readyState, 'the core ran while the page was loading').to.equal('loading');
        doc.write(
          `<script type="application/json" data-cookie-registry>${JSON.stringify(dpokit).replace(/</g, '\\u003c')}</script></body></html>`,
        );
        doc.close();
        const api = win.cookieElements as { ready: Promise<ConsentDetail> };
        const detail = await api.ready;
        expect(Object.keys(detail.categories)).to.deep.equal((dpokit.categories as { id: string }[]).map((c) => c.id));
        expect(detail.decided, "DPOKit's registry needs no banner").to.equal(true);
        expect(win.__events).to.deep.equal(['cookie-consent-ready']);
      } finally {
        frame.remove();
      }
    });

    it('reports a page without a registry once the page has loaded, and still resolves ready', async () => {
      const page = await openPage({});
      const error = lastDetail(page, 'cookie-consent-error') as unknown as ConsentErrorDetail;
      expect(error.code).to.equal('registry-missing');
      expect(error.message).to.contain('data-cookie-registry').and.to.contain('start(');
      expect(page.api.getConsent().decided).to.equal(false);
    });
  });

  describe('decisions', () => {
    it('acceptAll grants every category and service', async () => {
      const page = await openPage({ registry: dumka });
      const consent = await page.api.acceptAll();
      expect(consent).to.include({ decided: true, method: 'accept-all', reason: 'accept-all' });
      expect(Object.values(consent.categories).every(Boolean)).to.equal(true);
      expect(Object.values(consent.services).every(Boolean)).to.equal(true);
      expect(consent.changed).to.have.members(['analytics', 'functional', 'posthog']);
    });

    it('rejectAll denies everything optional and keeps what is required', async () => {
      const page = await openPage({ registry: dumka });
      const consent = await page.api.rejectAll();
      expect(consent.categories).to.deep.equal({ essential: true, analytics: false, functional: false });
      expect(consent.services).to.deep.equal({ django: true, 'dumka-auth': true, sentry: true, posthog: false });
      expect(consent).to.include({ decided: true, method: 'reject-all' });
    });

    it('set() changes only the categories it names', async () => {
      const page = await openPage({ registry: dumka });
      await page.api.set({ categories: { analytics: true } });
      const consent = await page.api.set({ categories: { functional: true } });
      expect(consent.categories).to.deep.equal({ essential: true, analytics: true, functional: true });
      expect(consent.changed).to.deep.equal(['functional']);
      expect(consent.method).to.equal('custom');
    });

    it('grants a service on its own; switching its category as a whole takes the service with it', async () => {
      const page = await openPage({ registry: dumka });
      await page.api.set({ services: { posthog: true } });
      expect(page.api.isGranted('posthog')).to.equal(true);
      expect(page.api.isGranted('analytics')).to.equal(false);
      await page.api.set({ categories: { analytics: false } });
      expect(page.api.isGranted('posthog')).to.equal(false);
    });

    it('never switches off a required category', async () => {
      const page = await openPage({ registry: dumka });
      await page.api.set({ categories: { essential: false }, services: { django: false } });
      expect(page.api.isGranted('essential')).to.equal(true);
      expect(page.api.isGranted('django')).to.equal(true);
    });

    it('ignores unknown ids and non-boolean values with a cookie-consent-error naming them', async () => {
      const page = await openPage({ registry: dumka });
      await page.api.set({
        categories: { analytics: true, marketing: true, functional: 'yes' as unknown as boolean },
        services: { youtube: true },
      });
      await waitUntil(() => page.events.filter((event) => event.type === 'cookie-consent-error').length === 3);
      const errors = page.events
        .filter((event) => event.type === 'cookie-consent-error')
        .map((event) => event.detail as ConsentErrorDetail);
      expect(errors.map((e) => e.code)).to.deep.equal(['unknown-id', 'unknown-id', 'unknown-id']);
      expect(errors.map((e) => e.message).join(' '))
        .to.contain('"marketing"')
        .and.contain('"functional"')
        .and.contain('"youtube"');
      expect(page.api.getConsent().categories).to.deep.equal({ essential: true, analytics: true, functional: false });
      expect(page.api.isGranted('marketing')).to.equal(false);
    });

    it('isGranted is false for an id the registry does not know', async () => {
      const page = await openPage({ registry: dumka });
      await page.api.acceptAll();
      expect(page.api.isGranted('marketing')).to.equal(false);
      expect(page.api.isGranted('')).to.equal(false);
    });
  });

  describe('events', () => {
    it('fire on document and bubble to window, with the ConsentDetail', async () => {
      const page = await openPage({ registry: dumka });
      const heard: string[] = [];
      page.win.addEventListener('cookie-consent-change', (event) => heard.push(`window:${event.detail.method}`));
      page.win.document.addEventListener('cookie-consent-change', (event) =>
        heard.push(`document:${(event as CustomEvent<ConsentDetail>).detail.method}`),
      );
      await page.api.acceptAll();
      expect(heard).to.deep.equal(['document:accept-all', 'window:accept-all']);
    });

    it('announce a withdrawal after the change, naming what was withdrawn', async () => {
      const page = await openPage({ registry: dumka });
      await page.api.acceptAll();
      await page.api.set({ categories: { analytics: false } });
      expect(types(page)).to.deep.equal([
        'cookie-consent-ready',
        'cookie-consent-change',
        'cookie-consent-change',
        'cookie-consent-withdraw',
      ]);
      const withdrawn = lastDetail(page, 'cookie-consent-withdraw') as unknown as ConsentWithdrawDetail;
      expect(withdrawn.categories).to.deep.equal(['analytics']);
      expect(withdrawn.services).to.deep.equal(['posthog']);
      expect(withdrawn.consent.categories.analytics).to.equal(false);
    });

    it('keep calling other listeners when one throws', async () => {
      const page = await openPage({ registry: dumka });
      const seen: string[] = [];
      page.api.onConsent(() => {
        throw new Error('site bug');
      });
      page.api.onConsent((consent) => seen.push(consent.method!));
      await page.api.rejectAll();
      expect(seen).to.deep.equal(['reject-all']);
      expect(page.logs.error.join('\n')).to.contain('site bug');
    });

    it('details are frozen, so one listener cannot change what the next one sees', async () => {
      const page = await openPage({ registry: dumka });
      const consent = await page.api.rejectAll();
      expect(Object.isFrozen(consent)).to.equal(true);
      expect(Object.isFrozen(consent.categories)).to.equal(true);
    });
  });

  describe('a registry that needs no banner (only strictly necessary storage)', () => {
    it('is decided from the start, grants its services, and writes nothing whatever is called', async () => {
      const page = await openPage({ registry: dpokit });
      const consent = page.api.getConsent();
      expect(consent).to.include({ decided: true, stale: false, method: null });
      expect(consent.categories).to.deep.equal({ essential: true });
      expect(consent.services).to.deep.equal({ 'next-auth': true, plausible: true, 'stripe-checkout': true });
      await page.api.acceptAll();
      await page.api.set({ categories: { essential: true } });
      await page.api.rejectAll();
      await page.api.reset();
      page.api.setLanguage('de');
      expect(page.win.document.cookie).to.equal('');
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(types(page)).to.deep.equal(['cookie-consent-ready']);
    });

    it('needs asking as soon as the page holds a gated element of an optional category', async () => {
      const registry = {
        ...dpokit,
        categories: [...(dpokit.categories as object[]), { id: 'analytics', title: 'Analytics' }],
      };
      const quiet = await openPage({ registry });
      expect(quiet.api.getConsent().decided).to.equal(true);
      const gated = await openPage({
        registry,
        body: '<script type="text/plain" data-cookie-category="analytics" data-src="/a.js"></script>',
      });
      expect(gated.api.getConsent()).to.include({ decided: false });
      await gated.api.acceptAll();
      expect(cookieValue('cookie_consent', gated.win.document)).to.be.a('string');
    });
  });

  describe('Global Privacy Control', () => {
    const withMarketing = () => ({
      ...dumka,
      categories: [...(dumka.categories as object[]), { id: 'marketing', title: 'Marketing', gpc: true }],
      entries: [
        ...(dumka.entries as object[]),
        { name: '_fbp', type: 'cookie', category: 'marketing', purpose: 'Ads', duration: 'P90D' },
      ],
    });
    const gpcOn = `<script>Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });</script>`;

    it('keeps sale/sharing categories denied on Accept all, and says GPC applied', async () => {
      const page = await openPage({ registry: withMarketing(), head: gpcOn });
      const consent = await page.api.acceptAll();
      expect(consent.categories).to.include({ analytics: true, functional: true, marketing: false });
      expect(consent.gpc).to.equal(true);
    });

    it('lets the visitor opt in explicitly', async () => {
      const page = await openPage({ registry: withMarketing(), head: gpcOn });
      const consent = await page.api.set({ categories: { marketing: true } });
      expect(consent.categories.marketing).to.equal(true);
      expect(consent.gpc).to.equal(false);
    });

    it('changes nothing without the signal', async () => {
      const page = await openPage({ registry: withMarketing() });
      const consent = await page.api.acceptAll();
      expect(consent.categories.marketing).to.equal(true);
      expect(consent.gpc).to.equal(false);
    });
  });

  describe('language', () => {
    const multilingual = () => ({ ...dumka, locales: ['en', 'uk', 'ru', 'pt-BR'] });

    it('follows i18next: the lng query parameter first', async () => {
      localStorage.setItem('i18nextLng', 'ru');
      const page = await openPage({ registry: multilingual(), query: '?lng=uk' });
      expect(page.api.language).to.equal('uk');
    });

    it('then i18nextLng in localStorage, then <html lang>; region falls back to the language', async () => {
      const withoutNavigator = { ...multilingual(), detection: { order: ['localStorage', 'htmlTag'] } };
      localStorage.setItem('i18nextLng', 'ru');
      expect((await openPage({ registry: withoutNavigator, lang: 'uk' })).api.language).to.equal('ru');
      localStorage.setItem('i18nextLng', 'ru-RU');
      expect((await openPage({ registry: withoutNavigator, lang: 'xx' })).api.language).to.equal('ru');
      // As i18next: an exact match anywhere in the list (`uk`) beats an earlier one's language (`ru-RU` → `ru`).
      expect((await openPage({ registry: withoutNavigator, lang: 'uk' })).api.language).to.equal('uk');
      localStorage.clear();
      const page = await openPage({
        registry: { ...multilingual(), detection: { order: ['htmlTag'] } },
        lang: 'pt-BR',
      });
      expect(page.api.language).to.equal('pt-BR');
    });

    it("falls back to defaultLocale, drops junk, and never writes i18next's keys", async () => {
      localStorage.setItem('i18nextLng', '<script>alert(1)</script>');
      const page = await openPage({
        registry: { ...multilingual(), detection: { order: ['localStorage', 'htmlTag'] } },
        lang: 'xx',
      });
      expect(page.api.language).to.equal('en');
      await page.api.acceptAll();
      expect(localStorage.getItem('i18nextLng')).to.equal('<script>alert(1)</script>');
      expect(sessionStorage.length).to.equal(0);
      expect(page.win.document.cookie).not.to.contain('i18next');
    });

    it('a returning visitor keeps the language of the decision, unless setLanguage() was queued', async () => {
      document.cookie = `dumka_cc_cookie=${recordFor(multilingual(), { lang: 'ru' })}; Path=/`;
      localStorage.setItem('i18nextLng', 'uk');
      const page = await openPage({ registry: multilingual() });
      expect(page.api.language, 'no UI: no detection').to.equal('ru');
      const queued = await openPage({
        registry: multilingual(),
        head: `<script>(window.cookieElements ||= []).push((api) => api.setLanguage('pt-br'));</script>`,
      });
      expect(queued.api.language).to.equal('pt-BR');
    });

    it('setLanguage() switches the language and tells subscribers', async () => {
      const page = await openPage({ registry: multilingual() });
      await page.api.rejectAll();
      const seen: string[] = [];
      page.api.onConsent((consent) => seen.push(consent.language));
      page.api.setLanguage('uk');
      // Detection loads on first use (a page that shows nothing never needed it): then it switches.
      await waitUntil(() => page.api.language === 'uk', 'the language never switched');
      expect(page.api.getConsent().language).to.equal('uk');
      expect(seen).to.deep.equal(['en', 'uk']);
    });
  });

  describe('UI', () => {
    it('showSettings() without the UI layer explains what to load instead of failing', async () => {
      const page = await openPage({ registry: dumka });
      await page.api.showSettings();
      await waitUntil(() => page.logs.warn.length > 0);
      expect(page.logs.warn[0]).to.contain('no UI');
    });
  });
});
