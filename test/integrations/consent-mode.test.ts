/**
 * Google Consent Mode v2, read from `dataLayer` as Google's tags read it: `arguments` objects, a
 * `consent default` before the first gated tag runs, a `consent update` after each decision and on
 * each load with a valid decision.
 */
import { expect } from '@open-wc/testing';
import { isolatePages, loadRegistry, openPage, type TestPage } from '../helpers/page.js';
import { recordFor } from '../helpers/records.js';
import { waitUntil } from '../helpers/wait.js';

type Win = Window & { dataLayer?: IArguments[]; __seen?: unknown[][]; __kinds?: string[] };

/** `dataLayer` as plain arrays. */
function layer(page: TestPage): unknown[][] {
  return ((page.win as Win).dataLayer ?? []).map((entry) => [...(entry as unknown as unknown[])]);
}

const DENIED = { analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied' };

/** A gated tag that records what `dataLayer` held when it ran. */
const TAG = `<script type="text/plain" data-cookie-category="analytics">
  window.__seen = (window.dataLayer || []).map((entry) => [...entry]);
  window.__kinds = (window.dataLayer || []).map((entry) => Object.prototype.toString.call(entry));
</script>`;

/** Google's snippet without a default (a site whose tags are gated). */
const GTAG = `<script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); }</script>`;

/** The classic default snippet the docs give sites with ungated tags in <head>. */
const DEFAULT_SNIPPET = `<script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); }
gtag('consent', 'default', { analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied', wait_for_update: 500 });</script>`;

describe('Google Consent Mode v2', () => {
  let dumka: Record<string, unknown>;

  before(async () => {
    dumka = await loadRegistry('dumka');
  });

  isolatePages();

  it('pushes the default before the first gated tag runs, and the update of the decision, as arguments', async () => {
    const page = await openPage({ registry: dumka, modules: ['/src/index.ts'], body: TAG });
    expect(layer(page), 'nothing before a decision (no tag can run)').to.deep.equal([]);
    await page.api.set({ categories: { analytics: true, functional: false } });
    await waitUntil(() => (page.win as Win).__seen, 'the gated tag never ran');
    const update = { analytics_storage: 'granted', functionality_storage: 'denied', personalization_storage: 'denied' };
    expect((page.win as Win).__seen).to.deep.equal([
      ['consent', 'default', DENIED],
      ['consent', 'update', update],
    ]);
    expect((page.win as Win).__kinds).to.deep.equal(['[object Arguments]', '[object Arguments]']);

    await page.api.acceptAll();
    await waitUntil(() => layer(page).length === 3, 'no update after the second decision');
    expect(layer(page)[2]).to.deep.equal([
      'consent',
      'update',
      { analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted' },
    ]);
  });

  it("goes through the site's gtag() when there is one", async () => {
    const page = await openPage({
      registry: dumka,
      modules: ['/src/index.ts'],
      head: `${GTAG}<script>const own = gtag; window.__calls = []; gtag = function () { __calls.push([...arguments]); own.apply(this, arguments); };</script>`,
    });
    await page.api.rejectAll();
    const calls = () => (page.win as unknown as { __calls: unknown[][] }).__calls;
    await waitUntil(() => calls().length === 2, 'gtag was not called');
    expect(calls()).to.deep.equal([
      ['consent', 'default', DENIED],
      ['consent', 'update', DENIED],
    ]);
  });

  it('updates on each load with a valid decision, after the default the page set itself', async () => {
    document.cookie = `dumka_cc_cookie=${recordFor(dumka, { cat: { analytics: 1, functional: 0 } })}; Path=/`;
    const page = await openPage({ registry: dumka, modules: ['/src/index.ts'], head: DEFAULT_SNIPPET });
    await waitUntil(() => layer(page).length === 2, `dataLayer: ${JSON.stringify(layer(page))}`);
    expect(layer(page)[0]![1]).to.equal('default');
    expect(layer(page)[1]).to.deep.equal([
      'consent',
      'update',
      { analytics_storage: 'granted', functionality_storage: 'denied', personalization_storage: 'denied' },
    ]);
  });

  it("passes the registry's options with the default", async () => {
    const registry = {
      ...dumka,
      googleConsentMode: { waitForUpdate: 500, region: ['ES', 'US-CA'], adsDataRedaction: true, urlPassthrough: true },
    };
    const page = await openPage({ registry, modules: ['/src/index.ts'], head: GTAG });
    await page.api.acceptAll();
    await waitUntil(() => layer(page).length === 4, `dataLayer: ${JSON.stringify(layer(page))}`);
    expect(layer(page).slice(0, 3)).to.deep.equal([
      ['consent', 'default', { ...DENIED, wait_for_update: 500, region: ['ES', 'US-CA'] }],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
  });

  it('stays out of a site whose registry maps no consent type', async () => {
    const categories = (dumka.categories as Record<string, unknown>[]).map(
      ({ googleConsentMode: _unused, ...category }) => category,
    );
    const page = await openPage({ registry: { ...dumka, categories }, modules: ['/src/index.ts'], head: GTAG });
    await page.api.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(layer(page)).to.deep.equal([]);
  });
});
