/**
 * Where the main thread goes on a first visit, until the banner is clickable: a Chromium trace of
 * each contender's page (4× CPU throttling, runs alternating between contenders), its renderer's
 * main thread cut at the moment the probe saw the banner clickable. Each trace event's self time
 * (its duration less its children's) goes into one bucket by name (`BUCKETS`); the rest of the
 * time until the banner was clickable the main thread had nothing to run (waiting for the network,
 * or for the next frame). Also when the tool's own code was first compiled or run, and the first
 * paint. Tracing slows the page a little: these runs are separate from the timed ones, and their
 * clickable times are not the table's.
 */
/* global window */
import { addProbe, newContext, newPage, SHOWN } from './measure.mjs';

/**
 * Trace event name → bucket, first match wins. Names not matched are "other": the self time of the
 * scheduler's `RunTask` (task switching, IPC, and the pauses of CPU throttling between events).
 */
export const BUCKETS = [
  [
    'html',
    /^(ParseHTML|CommitLoad|ContextCreatedNotification|InstallConditionalFeatures|V8\.DeserializeContext)$|^(DocumentLoader|NavigationBodyLoader|HTMLDocumentParser|DecodedDataDocumentParser|LocalWindowProxy)::/,
  ],
  [
    'script',
    /^(EvaluateScript|FunctionCall|RunMicrotasks|BlinkScheduler_PerformMicrotaskCheckpoint|TimerFire|EventDispatch|FireAnimationFrame|FireIdleCallback|MajorGC|MinorGC)$|^(v8|V8)\./,
  ],
  ['style', /^(UpdateLayoutTree|ParseAuthorStyleSheet|RecalculateStyles|Layout|UpdateLayerTree)$/],
  ['paint', /^(PrePaint|Paint|Layerize|Commit|CompositeLayers|PaintImage|Decode.*)$/],
];

const bucketOf = (name) => BUCKETS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';

/** `[label, key]` of the section's rows (ms, from navigation start or summed over the main thread). */
export const TRACE_ROWS = [
  ['Banner clickable, in these traced runs [ms]', 'shownMs'],
  ["The tool's own code first compiled or run [ms after navigation start]", 'toolStartMs'],
  ['First paint [ms after navigation start]', 'firstPaintMs'],
  ['Main thread busy until the banner is clickable [ms]', 'busyMs'],
  ['… running script (compile, evaluate, callbacks, microtasks; the probe included) [ms]', 'scriptMs'],
  ['… style and layout [ms]', 'styleMs'],
  ['… paint and composite [ms]', 'paintMs'],
  ['… HTML parsing and loading the document [ms]', 'htmlMs'],
  ['… other (task scheduling, IPC) [ms]', 'otherMs'],
  ['Main thread idle until the banner is clickable (network, waiting for a frame) [ms]', 'idleMs'],
];

/**
 * The breakdown of one trace (`events`: its `traceEvents`) of `path`, cut at `shownMs` (page clock);
 * `toolUrl` matches the tool's own files.
 */
export function breakdown(events, path, shownMs, toolUrl) {
  const navigation = events.find(
    (e) =>
      e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.endsWith(path),
  );
  if (!navigation) throw new Error(`trace: no navigation to ${path}`);
  const thread = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === navigation.pid,
  );
  const start = navigation.ts;
  const end = start + shownMs * 1000;
  const onMain = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.ts >= start && e.ts < end)
    .map((e) => ({ name: e.name, ts: e.ts, end: Math.min(e.ts + (e.dur ?? 0), end), args: e.args }))
    .sort((a, b) => a.ts - b.ts || b.end - a.end);

  // Self time: each event's duration, less the time of the events nested in it.
  const self = { script: 0, style: 0, paint: 0, html: 0, other: 0 };
  const stack = [];
  let busy = 0;
  for (const event of onMain) {
    while (stack.length && stack.at(-1).end <= event.ts) stack.pop();
    const length = event.end - event.ts;
    const parent = stack.at(-1);
    if (parent) self[bucketOf(parent.name)] -= Math.min(length, parent.end - event.ts);
    else busy += length;
    self[bucketOf(event.name)] += length;
    stack.push(event);
  }
  const toolEvent = onMain.find(
    (e) => /^(EvaluateScript|v8\.compile|v8\.compileModule|v8\.evaluateModule)$/.test(e.name) && toolUrl.test(urlOf(e)),
  );
  const paint = events.find((e) => e.name === 'firstPaint' && e.pid === navigation.pid && e.ts >= start);
  const ms = (us) => us / 1000;
  return {
    shownMs,
    toolStartMs: toolEvent ? ms(toolEvent.ts - start) : null,
    firstPaintMs: paint ? ms(paint.ts - start) : null,
    busyMs: ms(busy),
    scriptMs: ms(self.script),
    styleMs: ms(self.style),
    paintMs: ms(self.paint),
    htmlMs: ms(self.html),
    otherMs: ms(self.other),
    idleMs: shownMs - ms(busy),
  };
}

const urlOf = (event) => event.args?.data?.url ?? event.args?.fileName ?? event.args?.data?.fileName ?? '';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'loading',
  'blink.user_timing',
];

/** One traced first visit of `contender`: its breakdown. */
async function traceOnce(browser, server, contender) {
  const context = await newContext(browser);
  try {
    const { page } = await newPage(context, 4);
    await addProbe(page, contender);
    await browser.startTracing(page, { categories: CATEGORIES });
    const path = `/${contender.id}/`;
    const shown = page.waitForEvent('console', { predicate: (message) => message.text() === SHOWN, timeout: 30000 });
    await page.goto(`${server.url}${path}`, { waitUntil: 'commit' });
    await shown;
    const shownMs = await page.evaluate(() => window.__bench.shown);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    return breakdown(traceEvents, path, shownMs, /\/(dist|peer)\//);
  } finally {
    await context.close();
  }
}

/** `runs` traced first visits of every contender, round-robin: `{ [id]: breakdown[] }`, and failures. */
export async function measureTraces(browser, server, runs, contenders) {
  const samples = Object.fromEntries(contenders.map((c) => [c.id, []]));
  const failures = [];
  for (let round = 0; round < runs; round += 1) {
    for (let i = 0; i < contenders.length; i += 1) {
      const contender = contenders[(round + i) % contenders.length];
      try {
        samples[contender.id].push(await traceOnce(browser, server, contender));
      } catch (error) {
        failures.push(`trace ${round + 1}, ${contender.id}: ${error.message.split('\n')[0]}`);
      }
    }
  }
  return { samples, failures };
}
