/**
 * Consent records (`consentLog.endpoint`), delivered to a real receiver on the test server
 * (`/__consent-log/<token>` in web-test-runner.config.mjs, which can be told to fail): every
 * decision arrives as a `text/plain` JSON record; during an outage records wait in the durable
 * queue and arrive later, none lost, none accepted twice.
 */
import { expect } from '@open-wc/testing';
import { isolatePages, loadRegistry, openPage, reload, type TestPage } from '../helpers/page.js';
import { waitUntil } from '../helpers/wait.js';

const QUEUE = 'cookie-elements-consent-log';

interface Receiver {
  attempts: { status: number; contentType: string; body: string }[];
  accepted: Record<string, unknown>[];
  duplicates: number;
}

let token = '';
const endpoint = () => `/__consent-log/${token}`;

async function receiver(): Promise<Receiver> {
  return (await (await fetch(endpoint(), { cache: 'no-store' })).json()) as Receiver;
}

async function answer(status: number): Promise<void> {
  await fetch(`${endpoint()}?status=${status}`, { method: 'PUT' });
}

function queue(): { record: { key: string; method: string } }[] {
  return JSON.parse(localStorage.getItem(QUEUE) ?? '[]') as { record: { key: string; method: string } }[];
}

describe('consent records (consentLog)', () => {
  let registry: Record<string, unknown>;

  before(async () => {
    registry = await loadRegistry('dumka');
  });

  isolatePages();

  beforeEach(() => {
    token = Math.random().toString(36).slice(2);
    registry = { ...registry, consentLog: { endpoint: endpoint() } };
  });

  const open = (query?: string): Promise<TestPage> => openPage({ registry, ...(query ? { query } : {}) });

  it('posts each decision as text/plain JSON with what proves it, and empties the queue', async () => {
    const page = await open('?utm_source=mail');
    await page.api.acceptAll();
    await waitUntil(async () => (await receiver()).accepted.length === 1, 'the record did not arrive');
    const { attempts, accepted, duplicates } = await receiver();
    expect(attempts[0]!.contentType).to.match(/^text\/plain/); // a simple request: no CORS preflight
    const detail = page.api.getConsent();
    const record = accepted[0]!;
    expect(record.key).to.match(/^[0-9a-f]{32}$/);
    expect(record).to.deep.include({
      consentId: detail.consentId,
      method: 'accept-all',
      firstDecidedAt: detail.firstDecidedAt,
      decidedAt: detail.decidedAt,
      revision: detail.revision,
      language: 'en',
      gpc: false,
      url: `${location.origin}/test/helpers/blank.html`, // without the query
    });
    expect(record.categories).to.deep.equal(detail.categories);
    expect(record.services).to.deep.equal(detail.services);
    expect(record.registryHash).to.match(/^[0-9a-z]+$/);
    expect(duplicates).to.equal(0);
    await waitUntil(() => localStorage.getItem(QUEUE) === null, 'the delivered record stayed queued');
    expect(page.logs.warn).to.deep.equal([]);
  });

  it('during an outage keeps every record queued, and delivers each exactly once when the endpoint answers again', async () => {
    await answer(503);
    let page = await open();
    await page.api.acceptAll();
    await page.api.set({ categories: { analytics: false } });
    await waitUntil(async () => (await receiver()).attempts.length >= 2, 'no attempt reached the receiver');
    await waitUntil(() => queue().length === 2, 'the undelivered records are not both queued');
    const keys = queue().map((item) => item.record.key);
    expect(queue().map((item) => item.record.method)).to.deep.equal(['accept-all', 'custom']);
    expect((await receiver()).accepted).to.deep.equal([]);

    // A later page load, still failing: the records stay.
    page = await reload(page);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(queue().map((item) => item.record.key)).to.deep.equal(keys);

    // The endpoint is back; the next page load sends what waited.
    await answer(200);
    await reload(page);
    await waitUntil(() => localStorage.getItem(QUEUE) === null, 'the queue was not emptied', { timeout: 8000 });
    const { accepted, duplicates } = await receiver();
    expect(accepted.map((record) => record.key)).to.have.members(keys);
    expect(accepted.map((record) => record.method)).to.have.members(['accept-all', 'custom']);
    expect(duplicates).to.equal(0);
  });

  it('a withdrawal that reloads the page (reload-on-withdraw) queues its record first', async () => {
    await answer(503);
    const page = await openPage({ registry, body: '<cookie-banner reopen reload-on-withdraw></cookie-banner>' });
    (page.win as unknown as { __mark: number }).__mark = 1;
    await page.api.acceptAll();
    await page.api.rejectAll();
    await waitUntil(
      () => (page.frame.contentWindow as unknown as { __mark?: number }).__mark === undefined,
      'the page did not reload',
    );
    expect(queue().map((item) => item.record.method)).to.deep.equal(['accept-all', 'reject-all']);
  });

  it('retries at once when the browser is back online', async () => {
    await answer(503);
    const page = await open();
    await page.api.rejectAll();
    await waitUntil(() => queue().length === 1, 'the record was not queued');
    await answer(204);
    page.win.dispatchEvent(new Event('online'));
    await waitUntil(() => localStorage.getItem(QUEUE) === null, 'the record was not sent when back online');
    expect((await receiver()).accepted.map((record) => record.method)).to.deep.equal(['reject-all']);
  });

  it('records a reset with the consent id it ended', async () => {
    const page = await open();
    await page.api.acceptAll();
    const consentId = page.api.getConsent().consentId;
    await page.api.reset();
    await waitUntil(async () => (await receiver()).accepted.length === 2, 'the reset did not arrive');
    // Two requests in flight may arrive in either order.
    const reset = (await receiver()).accepted.find((record) => record.method === 'reset')!;
    expect(reset).to.deep.include({ method: 'reset', consentId });
    expect(Object.values(reset.categories as Record<string, boolean>)).to.include(false);
  });

  it('discards a corrupt queue with a warning', async () => {
    localStorage.setItem(QUEUE, '{not json');
    const page = await open();
    await page.api.acceptAll();
    await waitUntil(async () => (await receiver()).accepted.length === 1, 'the new record did not arrive');
    await waitUntil(
      () => page.logs.warn.join('\n').includes(`the consent-record queue (localStorage "${QUEUE}") was unreadable`),
      'no warning',
    );
    await waitUntil(() => localStorage.getItem(QUEUE) === null, 'the corrupt queue stayed');
  });

  it('does not resend a record the receiver refused (4xx), and says so', async () => {
    await answer(400);
    const page = await open();
    await page.api.acceptAll();
    await waitUntil(
      () => page.logs.warn.some((line) => line.includes('refused a consent record (HTTP 400)')),
      'no warning',
    );
    expect(localStorage.getItem(QUEUE)).to.equal(null);
    expect((await receiver()).attempts).to.have.length(1);
  });

  it('keeps at most 100 undelivered records, dropping the oldest with a warning', async () => {
    await answer(503);
    const old = Array.from({ length: 100 }, (_, i) => ({
      record: { key: `old${i}`, method: 'custom' },
      tries: 3,
      next: Date.now() + 6e5,
    }));
    localStorage.setItem(QUEUE, JSON.stringify(old));
    const page = await open();
    await page.api.acceptAll();
    await waitUntil(
      () => page.logs.warn.some((line) => line.includes('at most 100 records: the 1 oldest were dropped')),
      'no warning',
    );
    const keys = queue().map((item) => item.record.key);
    expect(keys).to.have.length(100);
    expect(keys[0]).to.equal('old1');
    expect(queue().at(-1)!.record.method).to.equal('accept-all');
  });

  it('declares its queue among the site’s storage (required), only with consentLog', async () => {
    const { withOwnStorage } = await import('../../src/consent/own-storage.js');
    const { normalizeRegistry } = await import('../../src/consent/normalize.js');
    type R = Parameters<typeof normalizeRegistry>[0];
    const withLog = withOwnStorage(normalizeRegistry(registry as unknown as R)).entries;
    const queueEntry = withLog.find((entry) => entry.name === QUEUE);
    expect(queueEntry).to.include({ type: 'localStorage', category: 'essential' });
    const { consentLog: _, ...plain } = registry;
    expect(withOwnStorage(normalizeRegistry(plain as unknown as R)).entries.some((e) => e.name === QUEUE)).to.equal(
      false,
    );
  });

  it('sends nothing without consentLog', async () => {
    const { consentLog: _, ...plain } = registry;
    const page = await openPage({ registry: plain });
    await page.api.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await receiver()).attempts).to.deep.equal([]);
    expect(localStorage.getItem(QUEUE)).to.equal(null);
    expect(page.resources().some((url) => url.includes('consent-log'))).to.equal(false);
  });
});
