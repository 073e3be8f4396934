/**
 * Memory, cookie-elements only: 1,000 cycles of adding one of every element to a page and removing
 * them again, without CPU throttling (memory, not time). The page has the drop-in and the Dumka
 * registry, and a returning visitor who rejected all: the banner (`reopen`) shows its small control,
 * the gate stays blocked and shows its placeholder, the inline settings and the table show in full.
 *
 * Before and after the cycles, after forced garbage collection: the V8 heap in use (CDP
 * `Runtime.getHeapUsage`) and the DOM counters (`Memory.getDOMCounters`). A control run does the
 * same but keeps every removed element in an array, so the report shows what a leak looks like.
 *
 * Then the same for what a visitor does: `INTERACTIONS` cycles of opening and closing the settings
 * dialog, forgetting the decision (the banner asks again) and accepting in the banner, and
 * withdrawing everything optional. Its control adds one `cookie-consent-change` listener per cycle
 * and never removes it, as a page that forgets to unsubscribe would.
 */
/* global window, document, customElements, requestAnimationFrame */
import { dropIn, page } from './contenders.mjs';
import { decideOnce, newContext, newPage } from './measure.mjs';
import { dumkaRegistry } from './registries.mjs';

const CYCLES = 1000;
const INTERACTIONS = 1000;

/**
 * What counts as "back to baseline" after 1,000 cycles. One element kept per cycle would add at
 * least 1,000 nodes, and a kept element with its shadow root several kilobytes of heap (1,000× that
 * is megabytes), so these limits let no leak of one element per cycle through while leaving room
 * for what a page keeps once: code compiled and optimised during the cycles, caches filled once.
 */
const LIMITS = { heapKb: 1024, nodes: 50, listeners: 10 };

/** The memory part's page, for the server. */
export function memoryPages() {
  return {
    '/memory/': page({ title: 'memory', head: dropIn(dumkaRegistry()) }),
    '/memory/interact/': page({ title: 'memory: interaction', head: dropIn(dumkaRegistry()) }),
  };
}

/**
 * Runs in the page before its scripts: `window.__memory.run(count, keep)` runs `count` cycles. A
 * cycle adds one of every element (each the drop-in loads on demand: the first cycle loads and
 * defines them), waits for their `updateComplete` and a frame, checks that each rendered its own
 * content, and removes them; with `keep`, the removed elements stay in `window.__kept`.
 */
function memoryHelpers() {
  const TAGS = ['cookie-banner', 'cookie-settings', 'cookie-table', 'cookie-gate'];
  const create = () => {
    const [banner, settings, table, gate] = TAGS.map((tag) => document.createElement(tag));
    banner.setAttribute('reopen', '');
    settings.setAttribute('inline', '');
    gate.setAttribute('service', 'posthog');
    gate.setAttribute('label', 'Stand-in embed');
    gate.innerHTML = '<template><p>The embed</p></template>';
    return [banner, settings, table, gate];
  };
  const cycle = async (kept) => {
    const elements = create();
    document.body.append(...elements);
    await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(elements.map((element) => element.updateComplete));
    await new Promise((frame) => requestAnimationFrame(frame));
    const blank = elements.filter((element) => !element.shadowRoot?.querySelector('[part]'));
    if (blank.length) throw new Error(`nothing rendered by ${blank.map((element) => element.localName).join(', ')}`);
    for (const element of elements) element.remove();
    kept?.push(elements);
  };
  window.__memory = {
    async run(count, keep) {
      const kept = keep ? (window.__kept ??= []) : undefined;
      for (let i = 0; i < count; i += 1) await cycle(kept);
    },
  };
}

/**
 * Runs in the page before its scripts: `window.__memory.run(count, leak)` runs `count` cycles of
 * what a visitor does, each step awaited as a visitor would see it end:
 * 1. `showSettings()` until the dialog's `cookie-after-show`, then its close button until
 *    `cookie-after-hide`;
 * 2. `reset()`: the banner asks again (`cookie-after-show`); its Accept is clicked, until the
 *    decision's `cookie-consent-change` and the banner's `cookie-after-hide`;
 * 3. `rejectAll()`: analytics and functional are withdrawn (their storage cleared).
 * A decision that changes a Consent Mode signal appends an update to `window.dataLayer` (the
 * registry has Google's Consent Mode), as `gtag()` does, and `dataLayer` keeps what is pushed, by
 * design: each cycle checks that its last two updates granted then denied `analytics_storage`, and
 * then empties the array, so that only what the suite keeps is measured. With `leak` (the control), each cycle also adds a `cookie-consent-change`
 * listener it never removes.
 */
function interactionHelpers() {
  const next = (type) =>
    new Promise((resolve) => document.addEventListener(type, resolve, { once: true, capture: true }));
  const part = (host, name) => {
    const found = host?.shadowRoot?.querySelector(`[part~="${name}"]`);
    if (!found) throw new Error(`no [part~="${name}"] in <${host?.localName ?? 'missing element'}>`);
    return found;
  };
  const granted = () => window.cookieElements.getConsent().categories.analytics;
  const cycle = async (leak) => {
    const api = window.cookieElements;
    const pushedBefore = window.dataLayer?.length ?? 0;
    let shown = next('cookie-after-show');
    void api.showSettings();
    await shown;
    const dialog = [...document.querySelectorAll('cookie-settings')].find((element) => !element.inline);
    let hidden = next('cookie-after-hide');
    part(dialog, 'close-button').click();
    await hidden;

    shown = next('cookie-after-show');
    await api.reset();
    await shown;
    const changed = next('cookie-consent-change');
    hidden = next('cookie-after-hide');
    part(document.querySelector('cookie-banner'), 'accept-button').click();
    await Promise.all([changed, hidden]);
    if (!granted()) throw new Error('Accept in the banner did not grant analytics');

    await api.rejectAll();
    if (granted()) throw new Error('rejectAll() did not withdraw analytics');
    const updates = (window.dataLayer ?? [])
      .slice(pushedBefore)
      .filter((entry) => entry[1] === 'update')
      .map((entry) => entry[2].analytics_storage);
    if (updates.slice(-2).join() !== 'granted,denied') {
      throw new Error(
        `expected Consent Mode updates granting then denying analytics, found ${updates.join() || 'none'}`,
      );
    }
    window.dataLayer.length = 0;
    if (leak) document.addEventListener('cookie-consent-change', () => {});
  };
  window.__memory = {
    async run(count, leak) {
      for (let i = 0; i < count; i += 1) await cycle(leak);
    },
  };
}

/** Heap in use (KB) and DOM counters, after two forced garbage collections. */
async function counters(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heapKb: usedSize / 1024, documents, nodes, listeners: jsEventListeners };
}

/**
 * One run in a fresh page of a returning visitor who rejected all: `helpers` (`memoryHelpers` or
 * `interactionHelpers`) install `window.__memory.run(count, control)`; a first cycle (it loads the
 * elements, or the settings, the banner and the writer: code and caches that stay once are then in
 * the baseline), the baseline, `count` cycles (the control's or the test's), and the counters again.
 */
async function cycles(context, url, helpers, count, control) {
  const { page, cdp } = await newPage(context, 1);
  try {
    await page.addInitScript(helpers);
    await page.goto(url, { waitUntil: 'load' });
    const decided = await page.evaluate(async () => (await window.cookieElements.ready).decided);
    if (!decided) throw new Error('memory: not a returning visitor (no valid decision)');
    await page.evaluate(() => window.__memory.run(1, false));
    const before = await counters(cdp);
    const started = performance.now();
    await page.evaluate((args) => window.__memory.run(args.count, args.control), { count, control });
    const seconds = (performance.now() - started) / 1000;
    const after = await counters(cdp);
    return { before, after, seconds };
  } finally {
    await page.close();
  }
}

/**
 * Elements: the test (removed elements let go) and the control (removed elements kept); interaction:
 * the test and the control (a listener left behind per cycle). One fresh page each.
 */
export async function measureMemory(browser, server) {
  const context = await newContext(browser);
  try {
    const url = `${server.url}/memory/`;
    await decideOnce(context, url, 'rejectAll');
    const test = await cycles(context, url, memoryHelpers, CYCLES, false);
    const control = await cycles(context, url, memoryHelpers, CYCLES, true);
    const interactUrl = `${server.url}/memory/interact/`;
    const interaction = {
      cycles: INTERACTIONS,
      test: await cycles(context, interactUrl, interactionHelpers, INTERACTIONS, false),
      control: await cycles(context, interactUrl, interactionHelpers, INTERACTIONS, true),
    };
    return { cycles: CYCLES, limits: LIMITS, test, control, interaction };
  } finally {
    await context.close();
  }
}
