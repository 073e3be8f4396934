/**
 * Registry scaling, cookie-elements only (the peers have no registry validation and no policy
 * tables): the registries of registries.mjs (10 to 10,000 entries), in Chromium with 4× CPU
 * throttling, sizes taking turns so drift is shared out:
 * - `validateRegistry()` of dist/registry.js (the package's `./registry` export) on the parsed
 *   document, timed in the page after one warm-up call, whose result must be ok;
 * - `<cookie-table>` (every category) on a returning visitor's page: from its insertion to its
 *   rows in its shadow root, each in a fresh page.
 */
/* global window, document, customElements, requestAnimationFrame */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dropIn, page } from './contenders.mjs';
import { decideOnce, newContext, newPage } from './measure.mjs';
import { SIZES, scaledRegistry } from './registries.mjs';
import { median } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Fresh pages per size, for each of the two measurements: `--runs`, at most this. */
const MAX_PAGES = 5;

/** Timed validations in each page, after the warm-up (fewer for the largest, which takes longest). */
const repetitions = (entries) => (entries >= 10000 ? 3 : 5);

/**
 * Rows the suite adds to the table: the consent cookie, which the generated registries do not list
 * (the suite declares it itself: src/consent/own-storage.ts; no `consentLog`, so no queue key).
 */
const OWN_ROWS = 1;

/**
 * dist/registry.js imports zod by name, as a package entry does (a bundler resolves it): the
 * validator's page maps each of zod's ESM entry points to the root node_modules/ (served under
 * `/modules/`).
 */
function importMap() {
  const { exports } = JSON.parse(readFileSync(`${root}node_modules/zod/package.json`, 'utf8'));
  const imports = {};
  for (const [subpath, target] of Object.entries(exports)) {
    if (target.import) imports[`zod${subpath.slice(1)}`] = `/modules/zod/${target.import.slice(2)}`;
  }
  return { imports };
}

/**
 * The scaling part's pages and files, for the server: the validator's page, and per size the
 * registry as JSON (which that page fetches) and a page with it inline for `<cookie-table>`.
 * That page holds a table of an unknown category: it shows no table (and says so in the
 * console), and is there only so the drop-in loads the element before the measured one is added.
 */
export function scalingPages() {
  const pages = {
    '/scaling/validate/': page({
      title: 'validateRegistry',
      head: `<script type="importmap">${JSON.stringify(importMap())}</script>`,
    }),
  };
  const assets = {};
  for (const entries of SIZES) {
    const registry = scaledRegistry(entries);
    assets[`/scaling/registry-${entries}.json`] = JSON.stringify(registry);
    pages[`/scaling/table-${entries}/`] = page({
      title: `<cookie-table>, ${entries} entries`,
      head: dropIn(registry),
      body: '<cookie-table category="bench-preload" hide-updated></cookie-table>',
    });
  }
  return { pages, assets };
}

/**
 * In the page: validates the registry at `url` once (the warm-up, whose result is the verdict),
 * then `times` more, timed. Returns the times and the first issue, if any.
 */
async function validateInPage({ url, times }) {
  const { validateRegistry } = await import('/dist/registry.js');
  const registry = await (await fetch(url)).json();
  const result = validateRegistry(registry);
  const ms = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    validateRegistry(registry);
    ms.push(performance.now() - start);
  }
  const issue = result.ok ? undefined : result.issues[0];
  return { ms, issue: issue && `${issue.path}: ${issue.message}` };
}

/**
 * In the page: once the element is defined and the consent state known, removes the preloading
 * table, adds a `<cookie-table>` and times it until its shadow root holds `rows` rows (after its
 * `updateComplete`, polled each frame, 5 s at most).
 */
async function renderTableInPage(rows) {
  await customElements.whenDefined('cookie-table');
  await window.cookieElements.ready;
  const preload = document.querySelector('cookie-table');
  await preload.updateComplete;
  preload.remove();
  const count = (table) => table.shadowRoot.querySelectorAll('tbody tr[part~="row"]').length;

  const start = performance.now();
  const table = document.createElement('cookie-table');
  document.body.append(table);
  await table.updateComplete;
  const deadline = performance.now() + 5000;
  while (count(table) !== rows && performance.now() < deadline) {
    await new Promise((frame) => requestAnimationFrame(frame));
  }
  return { ms: performance.now() - start, rows: count(table), decided: window.cookieElements.getConsent().decided };
}

/** One fresh page of `context` at `url` (4× CPU throttling), `probe(arg)` evaluated in it. */
async function inFreshPage(context, url, probe, arg) {
  const { page } = await newPage(context);
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(probe, arg);
  } finally {
    await page.close();
  }
}

/** The median validation time of a fresh page; throws, naming the first issue, when the registry is invalid. */
async function validation(context, server, entries) {
  const { ms, issue } = await inFreshPage(context, `${server.url}/scaling/validate/`, validateInPage, {
    url: `/scaling/registry-${entries}.json`,
    times: repetitions(entries),
  });
  if (issue) throw new Error(`the generated registry of ${entries} entries is invalid: ${issue}`);
  return median(ms);
}

/** The render time of `<cookie-table>` in a fresh page; throws when its rows are not every entry and the suite's own. */
async function tableRender(context, server, entries) {
  const expected = entries + OWN_ROWS;
  const { ms, rows, decided } = await inFreshPage(
    context,
    `${server.url}/scaling/table-${entries}/`,
    renderTableInPage,
    expected,
  );
  if (!decided) throw new Error(`${entries} entries: not a returning visitor (no valid decision)`);
  if (rows !== expected) throw new Error(`${entries} entries: <cookie-table> has ${rows} rows, expected ${expected}`);
  return ms;
}

/**
 * Per size: the registry's JSON size, the repetitions and the table's rows, then `min(runs,
 * MAX_PAGES)` validation times (each the median of its page's repetitions) and as many table render
 * times, one fresh page each. Each size has its own returning visitor (a context that accepted all
 * once), so its table page validates nothing and enforces nothing.
 */
export async function measureScaling(browser, server, runs) {
  const pages = Math.min(runs, MAX_PAGES);
  const sizes = SIZES.map((entries) => ({
    entries,
    jsonBytes: Buffer.byteLength(JSON.stringify(scaledRegistry(entries))),
    repetitions: repetitions(entries),
    rows: entries + OWN_ROWS,
    validationMs: [],
    tableMs: [],
  }));
  const contexts = await Promise.all(SIZES.map(() => newContext(browser)));
  try {
    for (const [i, context] of contexts.entries()) {
      await decideOnce(context, `${server.url}/scaling/table-${SIZES[i]}/`, 'acceptAll');
    }
    for (let run = 0; run < pages; run += 1) {
      for (const [i, size] of sizes.entries()) {
        size.validationMs.push(await validation(contexts[i], server, size.entries));
        size.tableMs.push(await tableRender(contexts[i], server, size.entries));
      }
      process.stdout.write(`registry scaling ${run + 1}/${pages} done\n`);
    }
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
  return { pages, sizes };
}
