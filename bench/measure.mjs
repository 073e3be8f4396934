/**
 * One run of one contender: a first visit in a new browser context (nothing cached, nothing
 * stored), the click on Accept, then a returning visit (a reload in the same context).
 * Times come from the page's own clock (performance.now(), 0 = navigation start), taken by the
 * same probe for every contender.
 */

/**
 * Runs in the page before any of its scripts (addInitScript). `accept` is a selector chain: each
 * selector after the first is looked up in the previous element's shadow root. `say` holds what
 * the probe logs when the banner became clickable and when it has gone after a click. With
 * `clickWhenShown`, the probe clicks that button in the frame after the one it first found it
 * clickable in (that frame painted it): the earliest click a visitor could make.
 */
export function probe(accept, say, clickWhenShown = false) {
  const bench = (window.__bench ||= {});
  Object.assign(bench, {
    shown: null,
    clicked: null,
    gone: null,
    changed: null,
    shift: 0,
    longTasks: 0,
    longTaskMs: 0,
  });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.longTasks += 1;
      bench.longTaskMs += entry.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
  // Input-driven shifts (after the click) are not counted, as in CLS: the page has nothing else
  // that moves, so what is left is the banner's doing.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  window.addEventListener('click', () => (bench.clicked ??= performance.now()), true);
  document.addEventListener('cookie-consent-change', () => (bench.changed ??= performance.now()), true);

  const find = () =>
    accept.reduce((node, selector) => node && (node.shadowRoot ?? node).querySelector(selector), document);
  /** The element the user would hit at (x, y), through open shadow roots. */
  const hit = (x, y) => {
    let element = document.elementFromPoint(x, y);
    while (element?.shadowRoot) {
      const inner = element.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === element) break;
      element = inner;
    }
    return element;
  };
  /** Visible (not display:none, visibility:hidden or opacity 0), enabled and not covered. */
  const clickable = (button) => {
    if (!button?.isConnected || button.disabled || button.getAttribute('aria-disabled') === 'true') return false;
    if (!button.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const box = button.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const target = hit(box.left + box.width / 2, box.top + box.height / 2);
    return Boolean(target) && (target === button || button.contains(target));
  };

  // Polled once a frame until the banner has gone, or 2 s after load when it never shows (a
  // returning visit): the same cost for every contender.
  let stopAt = Infinity;
  window.addEventListener('load', () => (stopAt = performance.now() + 2000));
  const tick = () => {
    const ready = clickable(find());
    if (clickWhenShown && ready && bench.shown !== null && bench.clicked === null) find().click();
    if (ready && bench.shown === null) {
      bench.shown = performance.now();
      console.debug(say.shown); // tells the harness without it evaluating anything in the page before
    }
    if (!ready && bench.clicked !== null && bench.gone === null) {
      bench.gone = performance.now();
      console.debug(say.gone);
    }
    if (bench.gone === null && (bench.shown !== null || performance.now() < stopAt)) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const read = (page) => page.evaluate(() => ({ ...window.__bench }));

async function scriptSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration').value;
}

/** What the server sent and the page's main-thread numbers, once the network has been quiet 500 ms. */
async function settle(page, cdp, server) {
  await page.waitForLoadState('networkidle');
  const { bytes, requests, paths } = server.counts();
  const state = await read(page);
  // The files the page had asked for by the time the banner was clickable (page clock).
  const early = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= (window.__bench.shown ?? 0))
      .map((entry) => new URL(entry.name).pathname),
  );
  const address = new URL(page.url());
  const html = address.pathname + address.search;
  const untilShown = server.bytesOf([html, ...early]);
  // The tool's own JS and CSS among them (/dist/: ours, /peer/: the peers'): what the issue weighs
  // the peers by. Inline configuration (our registry, their configs) and the snippet's inline
  // preloader are in the page's HTML, reported on their own.
  const toolUntilShown = server.bytesOf(early.filter((path) => /^\/(dist|peer)\//.test(path)));
  const htmlBytes = server.bytesOf([html]);
  return {
    bytes,
    requests,
    paths: [...paths],
    state,
    untilShown,
    toolUntilShown,
    htmlBytes,
    scriptMs: (await scriptSeconds(cdp)) * 1000,
  };
}

/** A new browser context (nothing cached, nothing stored) that can reach only the local server. */
export async function newContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Only the local server: anything else would be a network call the bench must not make.
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  return context;
}

/**
 * The network of the `network` runs: Lighthouse's mobile profile (150 ms round trips, 1.6 Mbit/s
 * down, 750 kbit/s up), where each request that waits for another costs a round trip.
 */
export const NETWORK = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };

/**
 * A new page in `context` and its CDP session, the CPU `rate`× slower (1: not throttled); with
 * `network`, over that network (CDP's emulation: each response waits its latency).
 */
export async function newPage(context, rate = 4, network = undefined) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  return { page, cdp };
}

/**
 * A returning visitor of `url` in `context`: a first visit that decides through the API
 * (`acceptAll` or `rejectAll`), so the next page of that context finds a valid decision.
 */
export async function decideOnce(context, url, decision) {
  const { page } = await newPage(context, 1);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async (method) => {
    await window.cookieElements.ready;
    await window.cookieElements[method]();
  }, decision);
  await page.close();
}

/**
 * A visitor of `url` in `context` who accepted all with a click on `contender`'s banner (not
 * throttled: not measured), so the next page of that context finds the decision.
 */
export async function acceptOnce(context, url, contender) {
  const { page } = await newPage(context, 1);
  await page.goto(url, { waitUntil: 'load' });
  const accept = page.locator(contender.clickSelector).first();
  await accept.click();
  await accept.waitFor({ state: 'hidden' });
  await page.close();
}

/** What the probe logs when the banner became clickable. */
export const SHOWN = '[bench] banner clickable';

/** What the probe logs when the banner has gone after a click. */
export const GONE = '[bench] banner gone';

/** How long a banner may stay after an early Accept took effect before it counts as staying (bench/paths.mjs). */
export const STAYS_AFTER_MS = 5000;

/**
 * Installs the probe in `page`, for `contender`'s banner: it runs before any of the page's scripts
 * (`clickWhenShown`: see `probe()`).
 */
export function addProbe(page, contender, clickWhenShown = false) {
  const say = { shown: SHOWN, gone: GONE };
  const args = [contender.accept, say, clickWhenShown].map((value) => JSON.stringify(value)).join(', ');
  return page.addInitScript(`(${probe})(${args})`);
}

/**
 * A page in `context` with the probe (`clickWhenShown`: see `probe()`), 4× CPU throttling (and
 * `network`) and CDP performance metrics.
 */
export async function openPage(context, contender, network, clickWhenShown = false) {
  const { page, cdp } = await newPage(context, 4, network);
  await addProbe(page, contender, clickWhenShown);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/**
 * A first visit of `path` in `page` (from `openPage()`): waits for the banner to be clickable, the
 * load and a quiet network; `settle()`'s numbers.
 */
export async function firstVisit(page, cdp, server, path) {
  server.reset();
  // Waiting for the banner with `waitForFunction` would inject Playwright's helper script into the
  // page at `load` (~45 ms of main thread at 4× throttling), in the way of a banner that shows
  // after `load`: the probe says so in the console instead, which the page does not pay for.
  const shown = page.waitForEvent('console', { predicate: (message) => message.text() === SHOWN, timeout: 30000 });
  await page.goto(`${server.url}${path}`, { waitUntil: 'commit' });
  await shown;
  await page.waitForLoadState('load');
  return settle(page, cdp, server);
}

/**
 * Clicks the banner's button `selector` and waits until the banner is gone (and, with
 * `consentEvent`, until `cookie-consent-change`): the probe's state then.
 */
export async function clickAway(page, selector, consentEvent) {
  await page.locator(selector).first().click();
  await page.waitForFunction(
    (event) => window.__bench.gone !== null && (!event || window.__bench.changed !== null),
    consentEvent,
    { timeout: 30000 },
  );
  return read(page);
}

/** A returning visit: `page` reloaded; `settle()`'s numbers, `scriptMs` the reload's own. */
export async function revisit(page, cdp, server) {
  server.reset();
  // ScriptDuration is cumulative for the renderer: the returning visit is the difference.
  const before = await scriptSeconds(cdp);
  await page.reload({ waitUntil: 'load' });
  const back = await settle(page, cdp, server);
  const after = back.scriptMs / 1000;
  return { ...back, scriptMs: (after >= before ? after - before : after) * 1000 };
}

/**
 * One run: returns the numbers, or throws when the contender did not behave (no banner, gate open…).
 * With `network` (`NETWORK`), over that network.
 */
export async function run(browser, server, contender, network = undefined) {
  const context = await newContext(browser);
  try {
    const { page, cdp } = await openPage(context, contender, network);
    const first = await firstVisit(page, cdp, server, `/${contender.id}/`);
    if (first.state.analytics !== undefined) throw new Error(`${contender.id}: the gated script ran before consent`);

    const accepted = await clickAway(page, contender.clickSelector, contender.consentEvent);
    await page.waitForFunction(() => window.__bench.analytics !== undefined, null, { timeout: 10000 });

    const back = await revisit(page, cdp, server);
    await page.waitForFunction(() => window.__bench.analytics !== undefined, null, { timeout: 10000 });
    const bannerAgain = (await read(page)).shown !== null;
    if (bannerAgain) throw new Error(`${contender.id}: the banner showed again on the returning visit`);

    return {
      firstBytes: first.bytes,
      firstRequests: first.requests,
      shownBytes: first.untilShown,
      shownToolBytes: first.toolUntilShown,
      htmlBytes: first.htmlBytes,
      firstPaths: first.paths,
      shownMs: first.state.shown,
      firstScriptMs: first.scriptMs,
      firstLongTasks: first.state.longTasks,
      firstLongTaskMs: first.state.longTaskMs,
      shift: first.state.shift,
      goneMs: accepted.gone - accepted.clicked,
      changedMs: accepted.changed === null ? null : accepted.changed - accepted.clicked,
      returningBytes: back.bytes,
      returningRequests: back.requests,
      returningPaths: back.paths,
      returningScriptMs: back.scriptMs,
      returningLongTasks: back.state.longTasks,
      returningLongTaskMs: back.state.longTaskMs,
    };
  } finally {
    await context.close();
  }
}
