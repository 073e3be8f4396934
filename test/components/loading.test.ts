/**
 * The drop-in build as a site uses it: one module script, elements loaded only when shown.
 * Runs the built `dist/cookie-elements.js` (npm test builds before the browser tests).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { isolatePages, loadRegistry, openPage, type TestPage } from '../helpers/page.js';
import { recordFor } from '../helpers/records.js';

const DROP_IN = '/dist/cookie-elements.js';

/** The chunks of the drop-in build the page downloaded (by file name, in the build's directory). */
function chunks(page: TestPage): string[] {
  return page
    .resources()
    .filter((url) => url.includes('/dist/chunks/'))
    .map((url) => url.replace(/^.*\/chunks\/[\w-]{6}\/([a-z-]+)\.js$/, '$1'));
}

/** Deep query through the page's shadow roots. */
function deep(page: TestPage, host: string, part: string): HTMLElement | null {
  return page.win.document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`) ?? null;
}

describe('loading the elements on demand (drop-in build)', () => {
  let dumka: Record<string, unknown>;
  let dpokit: Record<string, unknown>;

  before(async () => {
    [dumka, dpokit] = await Promise.all([loadRegistry('dumka'), loadRegistry('dpokit')]);
  });

  isolatePages();

  /** A returning visitor whose decision grants everything, on a page of the drop-in with `body`. */
  function grantedAll(body: string): Promise<TestPage> {
    document.cookie = `dumka_cc_cookie=${recordFor(dumka, { cat: { analytics: 1, functional: 1 } })}; Path=/`;
    return openPage({ registry: dumka, modules: [DROP_IN], body });
  }

  const OPENER = '<button type="button" data-cookie-settings>Cookie settings</button>';

  it('a returning visitor whose decision grants everything downloads nothing more, on a page without gated elements', async () => {
    const page = await grantedAll(
      '<cookie-banner></cookie-banner><a href="#" data-cookie-settings>Cookie settings</a>',
    );
    expect(page.api.getConsent().decided).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chunks(page)).to.deep.equal([]);
  });

  it('a returning visitor who denied something downloads enforcement (its storage must go), and no UI', async () => {
    document.cookie = `dumka_cc_cookie=${recordFor(dumka)}; Path=/`; // functional denied
    const page = await openPage({
      registry: dumka,
      modules: [DROP_IN],
      body: '<cookie-banner></cookie-banner><a href="#" data-cookie-settings>Cookie settings</a>',
    });
    await waitUntil(() => chunks(page).includes('sweep'), 'enforcement never loaded');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chunks(page)).to.deep.equal(['enforce', 'sweep']);
  });

  it('a first visit loads the banner, which asks, and nothing else before a click', async () => {
    const page = await openPage({ registry: dumka, modules: [DROP_IN], body: '<cookie-banner></cookie-banner>' });
    await waitUntil(() => deep(page, 'cookie-banner', 'accept-button'), 'no banner', { timeout: 5000 });
    // The banner comes in the UI chunk (with lit-html and the shared styles): the settings and the
    // table (the `define` chunks) only when shown.
    const before = chunks(page);
    expect(before).to.include('ui');
    expect(before.filter((name) => name === 'define')).to.have.length(0);
    deep(page, 'cookie-banner', 'accept-button')!.click();
    await waitUntil(() => page.api.getConsent().decided, 'not decided');
    expect(page.api.getConsent().method).to.equal('accept-all');
  });

  it('creates a banner when the page has none and the visitor must be asked', async () => {
    const page = await openPage({ registry: dumka, modules: [DROP_IN] });
    await waitUntil(() => deep(page, 'cookie-banner', 'accept-button'), 'no banner created', { timeout: 5000 });
    expect(page.win.document.body.firstElementChild?.localName).to.equal('cookie-banner');
  });

  it('shows no banner and writes nothing for the essential-only site, yet renders its table', async () => {
    const page = await openPage({ registry: dpokit, modules: [DROP_IN], body: '<cookie-table></cookie-table>' });
    await waitUntil(() => deep(page, 'cookie-table', 'table'), 'no table', { timeout: 5000 });
    const text = page.win.document.querySelector('cookie-table')!.shadowRoot!.textContent!;
    expect(text).to.contain('next-auth.session-token').and.contain('__Secure-next-auth.session-token');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.win.document.querySelector('cookie-banner')).to.equal(null);
    expect(page.win.document.cookie).to.equal('');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('opens the settings from any [data-cookie-settings] element, and returns focus to it', async () => {
    document.cookie = `dumka_cc_cookie=${recordFor(dumka)}; Path=/`;
    const page = await openPage({
      registry: dumka,
      modules: [DROP_IN],
      body: '<p><a href="/settings" id="opener" data-cookie-settings>Cookie settings</a></p>',
    });
    const opener = page.win.document.getElementById('opener')!;
    opener.focus();
    opener.click();
    await waitUntil(() => deep(page, 'cookie-settings', 'dialog')?.matches('[open]'), 'no dialog', { timeout: 5000 });
    expect(page.win.location.pathname).not.to.equal('/settings'); // the link's default was prevented
    const settings = page.win.document.querySelector('cookie-settings') as HTMLElement & { hide(): Promise<unknown> };
    await settings.hide();
    expect(page.win.document.activeElement).to.equal(opener);
  });

  it('loads the writer once the settings dialog is open, so that Save does not wait for it', async () => {
    const page = await grantedAll(OPENER);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chunks(page)).not.to.include('write'); // this visitor needs no writer until the dialog opens
    page.win.document.querySelector<HTMLElement>('[data-cookie-settings]')!.click();
    await waitUntil(() => deep(page, 'cookie-settings', 'dialog')?.matches('[open]'), 'no dialog', { timeout: 5000 });
    await waitUntil(() => chunks(page).includes('write'), 'the writer did not load while the dialog was open', {
      timeout: 5000,
    });
    const changes: string[] = [];
    page.win.document.addEventListener('cookie-consent-change', (event) =>
      changes.push((event as CustomEvent<{ reason: string }>).detail.reason),
    );
    deep(page, 'cookie-settings', 'reject-button')!.click();
    await waitUntil(() => changes.length > 0, 'no cookie-consent-change after Reject');
    expect(page.api.getConsent().categories.analytics).to.equal(false);
  });

  it('asks for the idle-time preparation of a decision once per page, however often the banner and settings show', async () => {
    // Counts the page's idle requests (engines without requestIdleCallback get one that counts too):
    // one per showing would queue work without end on a page that is never idle.
    const head = `<script>
      window.__idleRequests = 0;
      const idle = window.requestIdleCallback?.bind(window) ?? ((callback) => setTimeout(callback));
      window.requestIdleCallback = (...args) => (window.__idleRequests++, idle(...args));
    </script>`;
    const page = await openPage({ registry: dumka, modules: [DROP_IN], head, body: '<cookie-banner></cookie-banner>' });
    await waitUntil(() => deep(page, 'cookie-banner', 'accept-button'), 'no banner', { timeout: 5000 });
    for (let i = 0; i < 3; i += 1) {
      await page.api.showSettings();
      await waitUntil(() => deep(page, 'cookie-settings', 'dialog')?.matches('[open]'), 'no dialog', { timeout: 5000 });
      await (page.win.document.querySelector('cookie-settings') as HTMLElement & { hide(): Promise<unknown> }).hide();
    }
    await waitUntil(() => chunks(page).includes('write'), 'the writer never loaded in idle time', { timeout: 5000 });
    expect((page.win as unknown as { __idleRequests: number }).__idleRequests).to.equal(1);
  });

  it('shows the settings dialog without waiting for Intl, and the date of the decision right after', async () => {
    // The first Intl formatter of a renderer process loads ICU's data (tens of ms): on a page that
    // has not formatted anything yet, the dialog shows first and its date follows a frame later.
    const page = await grantedAll(OPENER);
    let atShow: string | undefined;
    page.win.document.addEventListener('cookie-after-show', () => {
      atShow = deep(page, 'cookie-settings', 'record')?.querySelector('time')?.textContent ?? undefined;
    });
    page.win.document.querySelector<HTMLElement>('[data-cookie-settings]')!.click();
    await waitUntil(() => atShow !== undefined, 'no cookie-after-show');
    expect(deep(page, 'cookie-settings', 'dialog')?.matches('[open]')).to.equal(true);
    expect(atShow!.trim(), 'the date was formatted before the dialog showed').to.equal('');
    const { decidedAt } = page.api.getConsent();
    const expected = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(decidedAt!),
    );
    const time = () => deep(page, 'cookie-settings', 'record')!.querySelector('time')!;
    await waitUntil(() => time().textContent!.trim() === expected, 'the date never came');
    expect(time().getAttribute('datetime')).to.equal(decidedAt);
  });

  it('opens the settings with Enter on a focusable opener that is not a button, also when added later', async () => {
    document.cookie = `dumka_cc_cookie=${recordFor(dumka)}; Path=/`;
    const page = await openPage({ registry: dumka, modules: [DROP_IN] });
    const opener = page.win.document.createElement('span');
    opener.tabIndex = 0;
    opener.setAttribute('role', 'button');
    opener.dataset.cookieSettings = '';
    opener.textContent = 'Privacy choices';
    page.win.document.body.append(opener);
    // The opener focused before the key (a busy WebKit under the full suite once missed it at the
    // first call). Not `document.hasFocus()`: with other test pages open, the window may not have it.
    await waitUntil(() => {
      page.frame.focus();
      opener.focus();
      return page.win.document.activeElement === opener;
    }, 'the opener never got the focus');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deep(page, 'cookie-settings', 'dialog')?.matches('[open]'), 'no dialog', { timeout: 5000 });
  });

  it('loads a table added to the page later (an SPA view)', async () => {
    document.cookie = `dumka_cc_cookie=${recordFor(dumka, { cat: { analytics: 1, functional: 1 } })}; Path=/`;
    const page = await openPage({ registry: dumka, modules: [DROP_IN] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(chunks(page)).to.deep.equal([]);
    page.win.document.body.append(page.win.document.createElement('cookie-table'));
    await waitUntil(() => deep(page, 'cookie-table', 'table'), 'the later table never rendered', { timeout: 5000 });
  });

  it('Customize in the banner opens the settings dialog, created on demand', async () => {
    const page = await openPage({ registry: dumka, modules: [DROP_IN], body: '<cookie-banner></cookie-banner>' });
    await waitUntil(() => deep(page, 'cookie-banner', 'settings-button'), 'no banner', { timeout: 5000 });
    deep(page, 'cookie-banner', 'settings-button')!.click();
    await waitUntil(() => deep(page, 'cookie-settings', 'dialog')?.matches('[open]'), 'no dialog', { timeout: 5000 });
    expect(page.api.getConsent().decided).to.equal(false);
  });
});
