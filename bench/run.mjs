#!/usr/bin/env node
/**
 * `node bench/run.mjs [--runs N]`: cookie-elements (the plain drop-in, and the head its CLI's
 * `snippet` prints) against vanilla-cookieconsent, Orejime and Klaro on identical pages, in headless
 * Chromium with 4× CPU throttling, runs alternating between the contenders (after each round, a
 * sample of each contender's settings dialog, Reject all and a stale decision), then as many over an
 * emulated mobile network, then as many traced (where the main thread goes), then every contender
 * configured from registries of 10 to 10,000 entries; then, for cookie-elements alone, registry
 * scaling and memory. Prints the tables and writes bench/RESULTS.md.
 * See bench/README.md.
 * Needs `npm run build` at the root; installs bench/node_modules itself when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const bench = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

/** `--runs N` (default 15). */
function options(argv) {
  const at = argv.indexOf('--runs');
  const runs = at === -1 ? 15 : Number(argv[at + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number');
  return { runs };
}

/** The peers are the bench's own dependencies, not the package's. */
function ensureDependencies() {
  if (existsSync(`${bench}node_modules`)) return;
  const command = existsSync(`${bench}package-lock.json`) ? 'ci' : 'install';
  execFileSync('npm', [command, '--prefix', bench, '--ignore-scripts', '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
}

const { runs } = options(process.argv.slice(2));
if (!existsSync(`${root}dist/cookie-elements.js`)) {
  console.error('bench: dist/cookie-elements.js is missing: run `npm run build` at the root first.');
  process.exit(1);
}
ensureDependencies();

// Imported after the install: they need bench/node_modules.
const { chromium } = await import('playwright-core');
const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('../scripts/chromium.mjs');
const { contenders, PAGE_CSS, ANALYTICS_JS } = await import('./contenders.mjs');
const { startServer } = await import('./server.mjs');
const { run, NETWORK } = await import('./measure.mjs');
const { dialogPages, measureDialog } = await import('./dialog.mjs');
const { revisedPages, measurePaths } = await import('./paths.mjs');
const { scalingPages, measureScaling } = await import('./scaling.mjs');
const { peerScalingPages, measurePeerScaling } = await import('./peer-scaling.mjs');
const { memoryPages, measureMemory } = await import('./memory.mjs');
const { measureTraces, TRACE_ROWS } = await import('./trace.mjs');
const { updateReadme } = await import('./readme.mjs');
const {
  summarize,
  table,
  dialogSection,
  pathsSection,
  goalsSection,
  peerScalingSection,
  traceSection,
  scalingSection,
  memorySection,
  failedSection,
} = await import('./report.mjs');

/**
 * `measure()`'s result, or `{ error }` with its first line when it threw: a part that fails is
 * reported as not measured (and the run exits non-zero), and the other parts are kept.
 */
async function attempt(measure) {
  try {
    return await measure();
  } catch (error) {
    process.exitCode = 1;
    console.error(error);
    return { error: error.message.split('\n')[0] };
  }
}

const all = contenders();
const scaling = scalingPages();
const peerScaling = await peerScalingPages();
const server = await startServer(
  {
    ...Object.fromEntries(all.map((c) => [`/${c.id}/`, c.html])),
    ...dialogPages(all),
    ...revisedPages(all),
    ...scaling.pages,
    ...peerScaling.pages,
    ...memoryPages(),
  },
  { '/page.css': PAGE_CSS, '/analytics.js': ANALYTICS_JS, ...scaling.assets },
);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const samples = Object.fromEntries(all.map((c) => [c.id, []]));
const networkSamples = Object.fromEntries(all.map((c) => [c.id, []]));
const withDialog = all.filter((c) => c.settings);
const dialogSamples = Object.fromEntries(withDialog.map((c) => [c.id, []]));
const pathSamples = Object.fromEntries(all.map((c) => [c.id, []]));
const failures = [];

/**
 * `runs` rounds of every contender into `into` (`network`: over that network), round-robin and
 * starting with a different contender each round, so drift over time (thermal, other load) is
 * shared out evenly rather than landing on whoever runs first or last. `afterRound` runs after each.
 */
async function rounds(label, into, network, afterRound = async () => {}) {
  for (let round = 0; round < runs; round += 1) {
    for (let i = 0; i < all.length; i += 1) {
      const contender = all[(round + i) % all.length];
      try {
        into[contender.id].push(await run(browser, server, contender, network));
      } catch (error) {
        failures.push(`${label} ${round + 1}, ${contender.id}: ${error.message.split('\n')[0]}`);
      }
    }
    await afterRound(round);
    process.stdout.write(`${label} ${round + 1}/${runs} done\n`);
  }
}

try {
  // After each round, the settings dialog of each contender that has one, then Reject all and a
  // stale decision of each (taking turns too).
  await rounds('round', samples, undefined, async (round) => {
    const parts = [
      ['settings dialog', withDialog, measureDialog, dialogSamples],
      ['reject all, early accept and stale decision', all, measurePaths, pathSamples],
    ];
    for (const [label, among, measure, into] of parts) {
      for (let i = 0; i < among.length; i += 1) {
        const contender = among[(round + i) % among.length];
        try {
          into[contender.id].push(await measure(browser, server, contender));
        } catch (error) {
          failures.push(`round ${round + 1}, ${contender.id} ${label}: ${error.message.split('\n')[0]}`);
        }
      }
    }
  });
  // The same runs over a mobile network: where a request that waits for another costs a round trip.
  await rounds('network round', networkSamples, NETWORK);
  // Traced first visits, apart from the timed ones (tracing slows the page): where the time goes.
  const traces = await measureTraces(browser, server, runs, all);
  failures.push(...traces.failures);
  process.stdout.write('traces done\n');
  const peerScalingResult = await attempt(() => measurePeerScaling(browser, server, peerScaling, runs));
  process.stdout.write('peer scaling done\n');
  const scalingResult = await attempt(() => measureScaling(browser, server, runs));
  const memoryResult = await attempt(() => measureMemory(browser, server));
  process.stdout.write('memory done\n');
  const environment = {
    date: new Date().toISOString(),
    cpu: os.cpus()[0].model,
    cores: os.cpus().length,
    memoryGb: (os.totalmem() / 1e9).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium: browser.version(),
    node: process.version,
    runs,
  };
  const summary = summarize(all, samples, networkSamples);
  const markdown = [
    table(environment, all, summary, samples, failures, networkSamples),
    goalsSection(all, summary, {
      scaling: scalingResult.error ? undefined : scalingResult,
      memory: memoryResult.error ? undefined : memoryResult,
    }),
    dialogSection(withDialog, dialogSamples),
    pathsSection(all, pathSamples),
    traceSection(all, traces.samples, TRACE_ROWS),
    peerScalingResult.error
      ? failedSection('Registry scaling, every contender', peerScalingResult.error)
      : peerScalingSection(peerScalingResult),
    scalingResult.error
      ? failedSection('Registry scaling (cookie-elements)', scalingResult.error)
      : scalingSection(scalingResult),
    memoryResult.error ? failedSection('Memory (cookie-elements)', memoryResult.error) : memorySection(memoryResult),
  ].join('');
  console.log(markdown);
  writeFileSync(`${bench}RESULTS.md`, markdown);
  // The medians the README quotes (bench/readme.mjs writes its block from them).
  const medians = Object.fromEntries(
    all.map((c) => [c.id, Object.fromEntries(Object.entries(summary[c.id]).map(([k, s]) => [k, s?.median ?? null]))]),
  );
  const contendersList = all.map(({ id, version }) => ({ id, version }));
  writeFileSync(
    `${bench}results.json`,
    `${JSON.stringify({ environment, contenders: contendersList, medians }, null, 2)}\n`,
  );
  updateReadme();
} finally {
  await browser.close();
  await server.close();
}
