import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import type { ConsentErrorDetail } from '../../src/consent/types.js';
import { isolatePages, cookieValue, lastDetail, loadRegistry, openPage, types } from '../helpers/page.js';
import { recordFor } from '../helpers/records.js';

const COOKIE = 'dumka_cc_cookie';

function base64url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('bad input and faults', () => {
  let dumka: Record<string, unknown>;

  before(async () => {
    dumka = await loadRegistry('dumka');
  });

  isolatePages();

  describe('a malformed registry', () => {
    const broken = () => ({
      ...dumka,
      entries: [
        ...(dumka.entries as object[]),
        { name: 'x', type: 'cookie', category: 'marketing', purpose: 'x', duration: '30 days' },
        { name: 'y', type: 'cookie', category: 'analytics', purpose: 'y', duration: 'P1D', pattern: '([' },
      ],
    });

    it('fails closed: nothing optional is granted, even with a stored decision that granted it', async () => {
      const registry = broken();
      document.cookie = `${COOKIE}=${recordFor(dumka, { cat: { analytics: 1, functional: 1 }, m: 'accept-all' })}; Path=/`;
      const page = await openPage({ registry });
      const consent = page.api.getConsent();
      expect(consent.decided).to.equal(false);
      expect(page.api.isGranted('analytics')).to.equal(false);
      expect(page.api.isGranted('posthog')).to.equal(false);
      expect(Object.values(consent.categories)).not.to.include(true);
    });

    it('reports every problem with its JSON path, in one console error and a cookie-consent-error event', async () => {
      const page = await openPage({ registry: broken() });
      // A first visit knows its (undecided) state at once; the deferred validation then fails closed.
      await waitUntil(() => types(page).includes('cookie-consent-error'), 'no cookie-consent-error', { timeout: 5000 });
      expect(types(page)).to.deep.equal(['cookie-consent-ready', 'cookie-consent-error']);
      expect(lastDetail(page, 'cookie-consent-ready').decided).to.equal(false);
      expect(page.api.getConsent().categories).to.deep.equal({});
      const error = lastDetail(page, 'cookie-consent-error') as unknown as ConsentErrorDetail;
      expect(error.code).to.equal('registry-invalid');
      const paths = error.issues.map((issue) => issue.path);
      const first = (dumka.entries as object[]).length; // the two broken entries follow the registry's own
      expect(paths).to.include.members([
        `$.entries[${first}].category`,
        `$.entries[${first}].duration`,
        `$.entries[${first + 1}].pattern`,
      ]);
      expect(page.logs.error).to.have.length(1);
      for (const path of paths) expect(page.logs.error[0]).to.contain(path);
      expect(page.logs.error[0]).to.contain('expected "session", "persistent" or an ISO 8601 duration');
    });

    it('still resolves ready, and records no decision', async () => {
      const page = await openPage({ registry: broken() });
      const ready = await page.api.ready;
      expect(ready.decided).to.equal(false);
      await page.api.acceptAll();
      expect(page.api.isGranted('analytics')).to.equal(false);
      expect(page.win.document.cookie).to.equal('');
    });

    it('warns in the console about what is valid but unwise, with its JSON path, and still works', async () => {
      const page = await openPage({
        registry: { ...dumka, consentCookie: { ...(dumka.consentCookie as object), maxAgeDays: 500 } },
      });
      await waitUntil(() => page.logs.warn.length > 0, 'no warning', { timeout: 5000 });
      expect(page.logs.warn[0]).to.match(
        /^\[cookie-elements\] registry warnings:\n {2}\$\.consentCookie\.maxAgeDays: 500 days/,
      );
      expect(page.logs.error).to.deep.equal([]);
      await page.api.acceptAll();
      expect(page.api.isGranted('analytics')).to.equal(true);
    });

    it('reports invalid JSON as registry-json', async () => {
      const page = await openPage({ registry: '{ "version": 1, ' });
      expect(types(page)).to.deep.equal(['cookie-consent-error', 'cookie-consent-ready']);
      const error = lastDetail(page, 'cookie-consent-error') as unknown as ConsentErrorDetail;
      expect(error.code).to.equal('registry-json');
      expect(error.message).to.contain('not valid JSON');
      expect(page.api.getConsent().decided).to.equal(false);
    });

    it('reports a registry URL that fails as registry-fetch, naming the URL', async () => {
      const page = await openPage({ registryAttributes: 'src="/examples/registries/missing.json"' });
      const error = lastDetail(page, 'cookie-consent-error') as unknown as ConsentErrorDetail;
      expect(error.code).to.equal('registry-fetch');
      expect(error.message).to.contain('/examples/registries/missing.json').and.to.contain('404');
    });

    it('refuses two registries on one page', async () => {
      const page = await openPage({
        registry: dumka,
        head: `<script type="application/json" data-cookie-registry>${JSON.stringify(dumka)}</script>`,
      });
      const error = lastDetail(page, 'cookie-consent-error') as unknown as ConsentErrorDetail;
      expect(error.code).to.equal('registry-multiple');
      expect(page.api.isGranted('essential')).to.equal(false);
    });
  });

  describe('a consent cookie that is not a valid record', () => {
    const cases: [string, () => string, RegExp][] = [
      ['garbage', () => 'hello%20world', /not a cookie-elements record/],
      ['truncated', () => recordFor(dumka).slice(0, 40), /corrupt or truncated|not a cookie-elements record/],
      [
        "another tool's (vanilla-cookieconsent style JSON)",
        () => encodeURIComponent(JSON.stringify({ categories: ['necessary', 'analytics'], revision: 0 })),
        /not a cookie-elements record/,
      ],
      ['a future record version', () => base64url(JSON.stringify({ v: 2, id: 'x' })), /newer record version \(2\)/],
      ['oversized', () => 'A'.repeat(3900), /oversized/],
      [
        'a record with a forged field',
        () => base64url(JSON.stringify({ ...JSON.parse(atob(recordFor(dumka))), cat: { analytics: 'yes' } })),
        /invalid or missing field "cat"/,
      ],
      [
        'a record edited by hand (a denied category set to granted, its seal left as it was)',
        () => base64url(atob(recordFor(dumka)).replace('"functional":0', '"functional":1')),
        /changed since it was written, or cut short: its "sum" does not match/,
      ],
    ];

    for (const [label, value, reason] of cases) {
      it(`ignores ${label} with a warning, treats the visitor as undecided, and replaces it on the next decision`, async () => {
        document.cookie = `${COOKIE}=${value()}; Path=/`;
        const page = await openPage({ registry: dumka });
        expect(page.api.getConsent().decided).to.equal(false);
        expect(page.api.isGranted('analytics')).to.equal(false);
        await waitUntil(() => page.logs.warn.length > 0, 'no warning');
        expect(page.logs.warn.join('\n')).to.match(reason).and.to.contain(COOKIE);
        await page.api.rejectAll();
        const stored = cookieValue(COOKIE, page.win.document)!;
        expect(stored).not.to.equal(value());
        expect(JSON.parse(atob(stored.replace(/-/g, '+').replace(/_/g, '/')))).to.include({ v: 1, m: 'reject-all' });
      });
    }
  });

  describe('storage that cannot be used', () => {
    it('works in memory, with a warning, when the browser refuses the cookie', async () => {
      // A registry copied from production: the browser rejects a Domain this host is not in.
      const registry = { ...dumka, consentCookie: { ...(dumka.consentCookie as object), domain: '.example.com' } };
      const page = await openPage({ registry });
      const consent = await page.api.acceptAll();
      expect(consent.decided).to.equal(true);
      expect(page.api.isGranted('analytics')).to.equal(true);
      expect(page.win.document.cookie).to.equal('');
      expect(page.logs.warn.join('\n')).to.contain('could not be stored');
      await page.api.rejectAll();
      expect(page.api.isGranted('analytics')).to.equal(false);
    });

    it('never stores a record too large to be read back (some engines would keep it)', async () => {
      const categories = [
        ...(dumka.categories as object[]),
        ...Array.from({ length: 120 }, (_, i) => ({ id: `optional-category-number-${i}`, title: `Optional ${i}` })),
      ];
      const entries = [
        ...(dumka.entries as object[]),
        ...Array.from({ length: 120 }, (_, i) => ({
          name: `k${i}`,
          type: 'localStorage',
          category: `optional-category-number-${i}`,
          purpose: 'p',
          duration: 'persistent',
        })),
      ];
      const page = await openPage({ registry: { ...dumka, categories, entries } });
      const consent = await page.api.acceptAll();
      expect(consent.decided).to.equal(true);
      expect(page.api.isGranted('analytics')).to.equal(true);
      expect(cookieValue(COOKIE, page.win.document)).to.equal(undefined);
      expect(page.logs.warn.join('\n')).to.contain('could not be stored');
    });

    it('never throws where cookies and storage are blocked (a sandboxed, opaque-origin frame)', async () => {
      const page = await openPage({
        registry: dumka,
        sandbox: 'allow-scripts',
        head: `<script>
          let blocked;
          try { document.cookie = 'probe=1'; blocked = document.cookie.includes('probe=1') ? 'stored' : 'ignored'; }
          catch (error) { blocked = error.name; }
          window.parent.postMessage({ blocked }, '*');
          addEventListener('error', (event) => window.parent.postMessage({ uncaught: String(event.message) }, '*'));
          addEventListener('unhandledrejection', (event) => window.parent.postMessage({ uncaught: String(event.reason) }, '*'));
          (window.cookieElements ||= []).push(async (api) => {
            const ready = await api.ready;
            const after = await api.acceptAll();
            window.parent.postMessage({ ready: ready.decided, accepted: after.decided, analytics: api.isGranted('analytics') }, '*');
          });
        </script>`,
      });
      const messages: Record<string, unknown>[] = [];
      const listener = (event: MessageEvent) => {
        if (event.source === page.frame.contentWindow) messages.push(event.data as Record<string, unknown>);
      };
      addEventListener('message', listener);
      try {
        await waitUntil(() => messages.some((m) => 'accepted' in m), 'the sandboxed page never finished', {
          timeout: 8000,
        });
      } finally {
        removeEventListener('message', listener);
      }
      // Engines differ: Chromium and Firefox throw a SecurityError, WebKit ignores the write.
      expect(messages.find((m) => 'blocked' in m)?.blocked, 'the frame really cannot use cookies').to.be.oneOf([
        'SecurityError',
        'ignored',
      ]);
      expect(messages.filter((m) => 'uncaught' in m)).to.deep.equal([]);
      expect(messages.find((m) => 'accepted' in m)).to.deep.equal({ ready: false, accepted: true, analytics: true });
    });
  });

  describe('registry strings', () => {
    it('are text: a script payload in any text field never executes', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const registry = {
        ...dumka,
        categories: (dumka.categories as Record<string, unknown>[]).map((c) => ({
          ...c,
          title: payload,
          description: payload,
        })),
        entries: (dumka.entries as Record<string, unknown>[]).map((e) => ({ ...e, purpose: payload, scope: payload })),
        text: { 'banner.title': { en: payload } },
      };
      const page = await openPage({ registry });
      await page.api.acceptAll();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((page.win as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(page.win.document.querySelectorAll('img')).to.have.length(0);
    });
  });
});
