#!/usr/bin/env node
/**
 * `node bench/run.mjs [--runs N]`: cookie-elements against vanilla-cookieconsent, Orejime and Klaro
 * on identical pages, in headless Chromium with 4× CPU throttling, runs alternating between the
 * contenders. Prints a table and writes bench/RESULTS.md. See bench/README.md.
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
const { run } = await import('./measure.mjs');
const { summarize, table } = await import('./report.mjs');

const all = contenders();
const server = await startServer(Object.fromEntries(all.map((c) => [`/${c.id}/`, c.html])), {
  '/page.css': PAGE_CSS,
  '/analytics.js': ANALYTICS_JS,
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const samples = Object.fromEntries(all.map((c) => [c.id, []]));
const failures = [];

try {
  // Round-robin, starting with a different contender each round, so drift over time (thermal,
  // other load) is shared out evenly rather than landing on whoever runs first or last.
  for (let round = 0; round < runs; round += 1) {
    for (let i = 0; i < all.length; i += 1) {
      const contender = all[(round + i) % all.length];
      try {
        samples[contender.id].push(await run(browser, server, contender));
      } catch (error) {
        failures.push(`round ${round + 1}, ${contender.id}: ${error.message.split('\n')[0]}`);
      }
    }
    process.stdout.write(`round ${round + 1}/${runs} done\n`);
  }
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
  const summary = summarize(all, samples);
  const markdown = table(environment, all, summary, samples, failures);
  console.log(markdown);
  writeFileSync(`${bench}RESULTS.md`, markdown);
} finally {
  await browser.close();
  await server.close();
}
