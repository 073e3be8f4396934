import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { hashText } from '../../src/consent/hash.js';
import { registryHash } from '../../src/registry/hash.js';
import type { ConsentRecord } from '../../src/consent/record.js';
import { decodeRecord } from '../../src/consent/record-decode.js';
import { recordFor } from '../helpers/records.js';
import type { ConsentDetail } from '../../src/consent/types.js';
import {
  clearCookies,
  isolatePages,
  cookieValue,
  lastDetail,
  loadedValidator,
  loadRegistry,
  openPage,
  reload,
  types,
  type TestPage,
} from '../helpers/page.js';

const COOKIE = 'dumka_cc_cookie';
const DAY = 864e5;

/**
 * A head script that registers a UI layer that shows nothing: with a UI on the page, a deferred
 * validation waits until its banner is interactive (up to 10 s), unless a decision needs it first.
 */
const UI_LAYER = `<script>
  (window.cookieElements ||= []).push(() => {
    globalThis[Symbol.for('cookie-elements.store.v1')].ui = { showSettings: async () => {}, showBanner: async () => {} };
  });
</script>`;

/**
 * Accept all on a page whose registry fails validation: the validator ran, nothing optional is
 * granted, the page is told, and the consent cookie stays as it was (`cookie`).
 */
async function expectAcceptRefused(page: TestPage, cookie: string | undefined): Promise<void> {
  await page.api.acceptAll();
  expect(loadedValidator(page)).to.equal(true);
  expect(page.api.getConsent().decided).to.equal(false);
  expect(page.api.isGranted('analytics')).to.equal(false);
  expect(types(page)).to.include('cookie-consent-error');
  expect(cookieValue(COOKIE, page.win.document)).to.equal(cookie);
}

function storedRecord(page: TestPage): ConsentRecord {
  const value = cookieValue(COOKIE, page.win.document);
  expect(value, 'the consent cookie').to.be.a('string');
  const decoded = decodeRecord(value!);
  if (!decoded.ok) throw new Error(decoded.reason.join(' '));
  return decoded.record;
}

describe('consent lifecycle across page loads', () => {
  let dumka: Record<string, unknown>;

  before(async () => {
    dumka = await loadRegistry('dumka');
  });

  isolatePages();

  describe('first visit', () => {
    it('is undecided, grants only the required category, and writes nothing', async () => {
      const page = await openPage({ registry: dumka });
      const consent = page.api.getConsent();
      expect(consent.decided).to.equal(false);
      expect(consent.stale).to.equal(false);
      expect(consent.categories).to.deep.equal({ essential: true, analytics: false, functional: false });
      expect(consent.services).to.deep.equal({ django: true, 'dumka-auth': true, sentry: true, posthog: false });
      expect(consent.method).to.equal(null);
      expect(consent.revision).to.equal(1);
      expect(page.api.isGranted('analytics')).to.equal(false);
      expect(page.api.isGranted('posthog')).to.equal(false);
      expect(page.api.isGranted('essential')).to.equal(true);
      expect(page.win.document.cookie).to.equal('');
      expect(localStorage.length + sessionStorage.length).to.equal(0);
    });

    it('knows its state without waiting for the validator, which loads afterwards', async () => {
      const page = await openPage({
        registry: dumka,
        head: `<script>
          (window.cookieElements ||= []).push((api) => api.ready.then(() => {
            window.__atReady = performance.getEntriesByType('resource').map((entry) => entry.name);
          }));
        </script>`,
      });
      const atReady = (page.win as unknown as { __atReady: string[] }).__atReady;
      expect(
        atReady.some((url) => /\/zod\/|registry\/validate/.test(url)),
        'validator loaded before ready',
      ).to.equal(false);
      await waitUntil(() => loadedValidator(page), 'the registry was never validated', { timeout: 5000 });
    });

    it('makes a decision wait for validation, even while validation is deferred for a banner', async () => {
      // A page with a UI layer defers validation until its banner is interactive (up to 10 s);
      // a decision made before then must first have the registry validated.
      const page = await openPage({
        registry: dumka,
        head: UI_LAYER,
      });
      expect(loadedValidator(page), 'validation was not deferred').to.equal(false);
      const started = performance.now();
      await page.api.acceptAll();
      expect(loadedValidator(page), 'the decision did not wait for validation').to.equal(true);
      expect(performance.now() - started).to.be.below(9000);
      expect(page.api.getConsent().decided).to.equal(true);
    });

    it('fires cookie-consent-ready once with the state, and no change', async () => {
      const page = await openPage({ registry: dumka });
      expect(types(page)).to.deep.equal(['cookie-consent-ready']);
      const detail = lastDetail(page, 'cookie-consent-ready');
      expect(detail.reason).to.equal('init');
      expect(detail.decided).to.equal(false);
    });
  });

  describe('a decision', () => {
    it("is stored in the registry's consent cookie as a versioned record", async () => {
      const page = await openPage({ registry: dumka });
      const before = Date.now();
      await page.api.set({ categories: { analytics: true } });
      const record = storedRecord(page);
      expect(record.v).to.equal(1);
      expect(record.rev).to.equal(1);
      expect(record.cat).to.deep.equal({ analytics: 1, functional: 0 });
      expect(record.m).to.equal('custom');
      expect(record.lang).to.equal('en');
      expect(record.id).to.match(/^[A-Za-z0-9_-]{22}$/);
      expect(record.hash).to.equal(hashText(JSON.stringify(dumka)));
      expect(Date.parse(record.at)).to.be.within(before - 1000, Date.now() + 1000);
      expect(record.first).to.equal(record.at);
    });

    it('sets Path, SameSite and a lifetime of maxAgeDays on the cookie', async function () {
      const store = (
        window as Window & { cookieStore?: { get(name: string): Promise<Record<string, unknown> | null> } }
      ).cookieStore;
      if (!store) this.skip(); // the Cookie Store API exposes attributes; not every engine has it
      const page = await openPage({ registry: dumka });
      await page.api.acceptAll();
      const cookie = (await store!.get(COOKIE)) as Record<string, unknown> | null;
      if (!cookie || !('path' in cookie)) this.skip(); // Firefox exposes only name and value
      expect(cookie?.path).to.equal('/');
      expect(cookie?.sameSite).to.equal('lax');
      const days = ((cookie?.expires as number) - Date.now()) / DAY;
      expect(days).to.be.within(364.9, 365.1);
    });

    it('gives each visitor a random consent id, kept across their later decisions', async () => {
      const page = await openPage({ registry: dumka });
      await page.api.acceptAll();
      const first = storedRecord(page);
      await page.api.rejectAll();
      const second = storedRecord(page);
      expect(second.id).to.equal(first.id);
      expect(second.first).to.equal(first.first);
      expect(second.m).to.equal('reject-all');
      clearCookies();
      const other = await reload(page);
      await other.api.acceptAll();
      expect(storedRecord(other).id).not.to.equal(first.id);
    });

    it('is remembered on the next page load without loading the validator', async () => {
      const first = await openPage({ registry: dumka });
      await first.api.acceptAll();
      const page = await reload(first);
      const consent = page.api.getConsent();
      expect(consent.decided).to.equal(true);
      expect(consent.method).to.equal('accept-all');
      expect(consent.categories).to.deep.equal({ essential: true, analytics: true, functional: true });
      expect(page.api.isGranted('posthog')).to.equal(true);
      expect(loadedValidator(page)).to.equal(false);
      expect(types(page)).to.deep.equal(['cookie-consent-ready']);
    });

    it('calls onConsent at once on a page where a decision exists, and on each change', async () => {
      const first = await openPage({ registry: dumka });
      await first.api.rejectAll();
      const page = await reload(first);
      const seen: ConsentDetail[] = [];
      const unsubscribe = page.api.onConsent((consent) => seen.push(consent));
      expect(seen.map((c) => c.method)).to.deep.equal(['reject-all']);
      await page.api.acceptAll();
      unsubscribe();
      await page.api.rejectAll();
      expect(seen.map((c) => c.method)).to.deep.equal(['reject-all', 'accept-all']);
    });
  });

  describe('a stale decision', () => {
    it('asks again when the registry revision changed, granting nothing optional meanwhile', async () => {
      const first = await openPage({ registry: dumka });
      await first.api.acceptAll();
      const page = await reload(first, { registry: { ...dumka, revision: 2 } });
      const consent = page.api.getConsent();
      expect(consent.decided).to.equal(false);
      expect(consent.stale).to.equal(true);
      expect(consent.categories).to.deep.equal({ essential: true, analytics: false, functional: false });
      expect(page.api.isGranted('posthog')).to.equal(false);
      await page.api.set({ categories: { functional: true } });
      const record = storedRecord(page);
      expect(record.rev).to.equal(2);
      expect(record.cat).to.deep.equal({ analytics: 0, functional: 1 });
    });

    it('asks at once when the revision changed, validating the new registry off the banner path (decisions wait for it)', async () => {
      // The stored decision is not honoured (stale), so nothing waits for the validator: the state is
      // known as on a first visit. A UI layer defers validation until its banner is interactive.
      const first = await openPage({ registry: dumka });
      await first.api.acceptAll();
      const page = await reload(first, { registry: { ...dumka, revision: 2 }, head: UI_LAYER });
      expect(page.api.getConsent()).to.include({ decided: false, stale: true });
      expect(loadedValidator(page), 'validated before the state was known').to.equal(false);
      await page.api.rejectAll();
      expect(loadedValidator(page), 'the decision did not wait for validation').to.equal(true);
      expect(storedRecord(page)).to.include({ rev: 2, m: 'reject-all' });
    });

    it('fails closed when the new revision is invalid: the stale decision is neither honoured nor replaced', async () => {
      const first = await openPage({ registry: dumka });
      await first.api.acceptAll();
      const before = cookieValue(COOKIE, first.win.document);
      const invalid = { ...dumka, revision: 2, consentCookie: { ...(dumka.consentCookie as object), maxAgeDays: -5 } };
      const page = await reload(first, { registry: invalid });
      await expectAcceptRefused(page, before);
    });

    it('asks again when the decision expired', async () => {
      const old = new Date(Date.now() - 366 * DAY).toISOString();
      document.cookie = `${COOKIE}=${recordFor(dumka, { first: old, at: old })}; Path=/`;
      const page = await openPage({ registry: dumka });
      expect(page.api.getConsent()).to.include({ decided: false, stale: true });
      expect(page.api.isGranted('analytics')).to.equal(false);
    });

    it('asks again when the decision time does not parse, even in a sealed record (the core checks the seal, not each field)', async () => {
      document.cookie = `${COOKIE}=${recordFor(dumka, { at: 'some day' })}; Path=/`;
      const page = await openPage({ registry: dumka });
      expect(page.api.getConsent()).to.include({ decided: false, stale: true });
      expect(page.api.isGranted('analytics')).to.equal(false);
    });

    it('asks again when a non-required category was added', async () => {
      document.cookie = `${COOKIE}=${recordFor(dumka)}; Path=/`;
      const categories = [...(dumka.categories as object[]), { id: 'marketing', title: 'Marketing' }];
      const entries = [
        ...(dumka.entries as object[]),
        { name: '_fbp', type: 'cookie', category: 'marketing', purpose: 'Ads', duration: 'P90D' },
      ];
      const page = await openPage({ registry: { ...dumka, categories, entries } });
      expect(page.api.getConsent()).to.include({ decided: false, stale: true });
      expect(page.api.getConsent().categories).to.deep.equal({
        essential: true,
        analytics: false,
        functional: false,
        marketing: false,
      });
    });

    it('keeps a valid decision when only text changed, validating the new registry once', async () => {
      document.cookie = `${COOKIE}=${recordFor(dumka)}; Path=/`;
      const edited = { ...dumka, policyUrl: '/privacy/cookies' };
      const first = await openPage({ registry: edited });
      expect(loadedValidator(first)).to.equal(true);
      expect(first.api.getConsent()).to.include({ decided: true, stale: false });
      expect(first.api.isGranted('analytics')).to.equal(true);
      expect(storedRecord(first).hash).to.equal(hashText(JSON.stringify(edited)));
      const second = await reload(first);
      expect(loadedValidator(second)).to.equal(false);
      expect(second.api.isGranted('analytics')).to.equal(true);
    });
  });

  describe('a registry validated at build time (data-cookie-validated)', () => {
    const stamped = (hash: string) => `data-cookie-validated="${hash}"`;

    it('is used without the validator when its script carries its hash', async () => {
      const page = await openPage({ registry: dumka, registryAttributes: stamped(registryHash(dumka)) });
      await page.api.acceptAll();
      expect(page.api.getConsent()).to.include({ decided: true, method: 'accept-all' });
      expect(storedRecord(page).hash).to.equal(registryHash(dumka));
      await new Promise((resolve) => setTimeout(resolve, 300)); // an idle validation would have started
      expect(loadedValidator(page), 'validated although stamped').to.equal(false);
    });

    it('is validated as any other when the hash is not its own (edited after the build), and fails closed', async () => {
      const edited = { ...dumka, revision: -1 }; // invalid
      const page = await openPage({ registry: edited, registryAttributes: stamped(registryHash(dumka)) });
      await expectAcceptRefused(page, undefined);
    });
  });

  describe('reset', () => {
    it('forgets the decision: the cookie is deleted and the visitor is asked again', async () => {
      const page = await openPage({ registry: dumka });
      await page.api.acceptAll();
      await page.api.reset();
      expect(cookieValue(COOKIE, page.win.document)).to.equal(undefined);
      // Time passes before the next page load (engines may cache cookies per document for a moment).
      await waitUntil(() => cookieValue(COOKIE) === undefined, 'the cookie was never deleted');
      const consent = page.api.getConsent();
      expect(consent).to.include({ decided: false, reason: 'reset' });
      expect(consent.categories.analytics).to.equal(false);
      const next = await reload(page);
      expect(next.api.getConsent().decided).to.equal(false);
    });
  });

  describe('other tabs', () => {
    it('learn of a decision through BroadcastChannel and adopt it from the cookie', async () => {
      const a = await openPage({ registry: dumka });
      const b = await openPage({ registry: dumka });
      await a.api.set({ categories: { analytics: true } });
      await waitUntil(() => b.api.getConsent().decided, 'tab B never learned of the decision', { timeout: 5000 });
      const detail = lastDetail(b);
      expect(detail.reason).to.equal('sync');
      expect(detail.categories.analytics).to.equal(true);
      expect(detail.changed).to.include('analytics');
      await a.api.reset();
      await waitUntil(() => !b.api.getConsent().decided, 'tab B never learned of the reset', { timeout: 5000 });
    });

    it('re-read the cookie when the page is shown again', async () => {
      const page = await openPage({ registry: dumka });
      document.cookie = `${COOKIE}=${recordFor(dumka, { cat: { analytics: 0, functional: 1 } })}; Path=/; Max-Age=3600`;
      // Another tab wrote it a while ago (engines may cache cookies per document for a moment).
      await waitUntil(() => page.win.document.cookie.includes(COOKIE), 'the cookie never reached the page');
      expect(page.win.document.visibilityState).to.equal('visible');
      page.win.document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => page.api.getConsent().categories.functional, 'the page never adopted the new cookie');
      expect(lastDetail(page).reason).to.equal('sync');
    });
  });
});
