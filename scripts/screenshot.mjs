#!/usr/bin/env node
/**
 * Looks at the two demo sites as a visitor would: serves them, opens them in headless Chromium
 * and saves screenshots (default into ./screenshots/). Usage: node scripts/screenshot.mjs [dir]
 *
 *   dumka-first-visit.png      the Dumka home on a first visit: the banner asks
 *   dumka-customize.png        after Customize: the settings dialog
 *   dumka-accepted.png         after Accept all: the banner is gone, the re-open control stays
 *   dumka-policy.png           Dumka's cookie policy (whole page, after Reject all): tables, inline settings
 *   essential-home.png         DPOKit's home: no banner
 *   essential-policy.png       DPOKit's cookie policy (whole page): its table, no banner
 *   dumka-320x256.png          the Dumka home on a first visit at 320×256 CSS px
 *
 * It also prints what each page stored (cookies, localStorage, sessionStorage, IndexedDB) before
 * any decision, and every console error or warning, CSP violation and page error. Exits 1 when
 * a page that must write nothing wrote something, or when any of those problems occurred.
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const dir = process.argv[2] ?? 'screenshots';
await mkdir(dir, { recursive: true });
const server = await startServer();
const browser = await launchChromium();
const problems = [];
let failed = false;

/** A fresh visitor (no cookies, no storage) on `path`, with problems recorded under `name`. */
async function visit(path, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type()))
      problems.push(`${path}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${path}: page error: ${error}`));
  // CSP violations as the page sees them: Chromium does not log one that the page's code caught
  // (an eval probe, say), yet a report-uri would still receive it.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    ),
  );
  await page.goto(new URL(path, server.url).href);
  await page.evaluate(async () => {
    const api = await new Promise((resolve) => (window.cookieElements ||= []).push(resolve));
    await api.ready;
  });
  await page.waitForLoadState('networkidle');
  return { context, page };
}

/** Everything the page's origin holds: cookie names, storage keys, IndexedDB databases. */
async function stored({ context, page }) {
  const cookies = (await context.cookies()).map((cookie) => cookie.name);
  const storage = await page.evaluate(async () => {
    const keys = (store) => Array.from({ length: store.length }, (_, i) => store.key(i));
    const databases = (await indexedDB.databases?.()) ?? [];
    return {
      localStorage: keys(localStorage),
      sessionStorage: keys(sessionStorage),
      indexedDB: databases.map((d) => d.name),
    };
  });
  return { cookies, ...storage };
}

/** Reports what a page stored; a page that must write nothing fails the run when it did. */
async function expectNothingStored(name, visited) {
  // Give idle work (the registry's deferred validation) time to run first.
  await visited.page.waitForTimeout(1500);
  const found = await stored(visited);
  const written = Object.entries(found).filter(([, names]) => names.length);
  failed ||= written.length > 0;
  console.log(
    `${name}: ${written.length ? `WROTE ${written.map(([kind, names]) => `${kind}: ${names.join(', ')}`).join('; ')}` : 'nothing stored (no cookie, no localStorage, sessionStorage or IndexedDB key)'}`,
  );
}

const banner = (page) => page.locator('cookie-banner [part~="base"]');

try {
  // The Dumka home: first visit, Customize, then Accept all.
  const home = await visit('/');
  await banner(home.page).waitFor({ state: 'visible' });
  await expectNothingStored('Dumka home before a decision', home);
  await home.page.screenshot({ path: `${dir}/dumka-first-visit.png` });

  await home.page.locator('cookie-banner [part~="settings-button"]').click();
  await home.page.locator('cookie-settings [part~="dialog"]').waitFor({ state: 'visible' });
  await home.page.screenshot({ path: `${dir}/dumka-customize.png` });

  await home.page.locator('cookie-settings [part~="close-button"]').click();
  await home.page.locator('cookie-settings [part~="dialog"]').waitFor({ state: 'hidden' });
  await home.page.locator('cookie-banner [part~="accept-button"]').click();
  await home.page.locator('cookie-banner [part~="reopen-button"]').waitFor({ state: 'visible' });
  await home.page.screenshot({ path: `${dir}/dumka-accepted.png` });
  const afterAccept = await stored(home);
  console.log(`Dumka home after Accept all: cookies: ${afterAccept.cookies.join(', ') || 'none'}`);
  await home.context.close();

  // Dumka's cookie policy: first visit, then Reject all in the banner (a whole-page capture would
  // draw the fixed banner over the tables), so the inline settings show the decision just made.
  const policy = await visit('/cookie-policy');
  await policy.page.locator('cookie-table [part~="table"]').first().waitFor({ state: 'visible' });
  await policy.page.locator('cookie-settings[inline] [part~="base"]').waitFor({ state: 'visible' });
  await expectNothingStored('Dumka cookie policy before a decision', policy);
  await policy.page.locator('cookie-banner [part~="reject-button"]').click();
  await policy.page.locator('cookie-banner [part~="reopen-button"]').waitFor({ state: 'visible' });
  await policy.page.screenshot({ path: `${dir}/dumka-policy.png`, fullPage: true });
  await policy.context.close();

  // DPOKit: only strictly necessary cookies. No banner, nothing written.
  for (const [path, file] of [
    ['/essential/', 'essential-home.png'],
    ['/essential/cookie-policy', 'essential-policy.png'],
  ]) {
    const essential = await visit(path);
    if (path.endsWith('cookie-policy')) {
      await essential.page.locator('cookie-table [part~="table"]').waitFor({ state: 'visible' });
    }
    await expectNothingStored(`DPOKit ${path}`, essential);
    const bannerShown = await banner(essential.page).count();
    const bannerLoaded = await essential.page.evaluate(() => !!customElements.get('cookie-banner'));
    if (bannerShown) failed = true;
    console.log(
      `DPOKit ${path}: banner ${bannerShown ? 'SHOWN' : 'not shown'}; its code ${bannerLoaded ? 'loaded' : 'not loaded'}`,
    );
    await essential.page.screenshot({ path: `${dir}/${file}`, fullPage: true });
    await essential.context.close();
  }

  // The smallest viewport the elements must work in.
  const small = await visit('/', { width: 320, height: 256 });
  await banner(small.page).waitFor({ state: 'visible' });
  await small.page.screenshot({ path: `${dir}/dumka-320x256.png` });
  await small.context.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nscreenshots in ${dir}/; problems: ${problems.length ? `\n  ${problems.join('\n  ')}` : 'none'}`);
if (failed || problems.length) process.exit(1);
