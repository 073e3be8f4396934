#!/usr/bin/env node
/**
 * `npm run size`: what a page downloads from the suite, measured in a real browser.
 *
 * Serves the built drop-in (`dist/cookie-elements.js`) on a page with the second reference
 * site's registry, loads it in headless Chromium and adds up, gzip -9, every response under
 * /dist/ in each scenario. Exits 1 when a scenario is over its budget.
 * Run `npm run build` first (npm test does).
 */
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

/** Budgets in bytes of gzip -9 (1 KB = 1000 bytes). */
const BUDGETS = {
  'returning visitor (valid decision, no UI)': 5000,
};

const server = await startServer();
const browser = await launchChromium();
const results = [];
let failed = false;

async function measure(context, scenario, act) {
  const page = await context.newPage();
  const files = [];
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/dist/')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    files.push({ path: url.pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  });
  await page.goto(server.url);
  const state = await page.evaluate(async () => {
    const api = await new Promise((resolve) => (window.cookieElements ||= []).push(resolve));
    return api.ready;
  });
  await act?.(page);
  await page.waitForLoadState('networkidle');
  await page.close();
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  results.push({ scenario, state, files, total });
  return { state, files, total };
}

try {
  const first = await browser.newContext();
  const firstVisit = await measure(first, 'first visit (until ready; validator included)', (page) =>
    page.evaluate(() => window.cookieElements.acceptAll()),
  );
  if (firstVisit.state.decided) throw new Error('scenario broken: the first visit was already decided');
  const cookies = await first.cookies();
  await first.close();

  const returning = await browser.newContext();
  await returning.addCookies(cookies);
  const back = await measure(returning, 'returning visitor (valid decision, no UI)');
  if (!back.state.decided) throw new Error('scenario broken: the returning visitor was not decided');
  await returning.close();

  for (const { scenario, files, total } of results) {
    const budget = BUDGETS[scenario];
    const over = budget !== undefined && total > budget;
    failed ||= over;
    console.log(
      `\n${scenario}: ${total} B gzip -9${budget ? ` (budget ${budget} B) ${over ? 'OVER BUDGET' : 'ok'}` : ''}`,
    );
    for (const f of files)
      console.log(`  ${f.path.padEnd(44)} ${String(f.raw).padStart(7)} B raw ${String(f.gzip).padStart(7)} B gzip`);
  }
} finally {
  await browser.close();
  await server.close();
}
if (failed) {
  console.error('\nsize: over budget');
  process.exit(1);
}
