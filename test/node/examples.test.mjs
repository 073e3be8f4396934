// The framework examples (examples/plain-html, react, vue), as a newcomer would use them: built
// from the PACKED package (`npm pack`, unpacked into a scratch node_modules beside the example; the
// frameworks and Vite come from this repository's dev dependencies), served on 127.0.0.1 and loaded
// in headless Chromium: the banner appears, the gated analytics script waits for consent, runs after
// "Accept all", and the next page load remembers the decision without asking again.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** A scratch directory whose node_modules holds the packed package and links to the repo's dependencies. */
function scratchWithPackage() {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-elements-examples-'));
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  mkdirSync(join(modules, 'cookie-elements'));
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', join(modules, 'cookie-elements'), '--strip-components=1']);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === 'cookie-elements' || name === '.bin' || name.startsWith('.')) continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  return dir;
}

/** Serves `dir` on 127.0.0.1; `mounts` maps URL prefixes to other directories. */
async function serve(dir, mounts = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    const [prefix, base] = Object.entries(mounts).find(([p]) => path.startsWith(p)) ?? ['/', dir];
    const file = normalize(join(base, path.slice(prefix.length), path.endsWith('/') ? 'index.html' : ''));
    if (!file.startsWith(base + sep) && file !== base) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}

/** Builds an example with Vite (its own vite.config.js) in the scratch directory; returns its dist. */
async function buildExample(scratch, name) {
  const dir = join(scratch, name);
  cpSync(join(root, 'examples', name), dir, { recursive: true, filter: (src) => !src.includes(`${sep}node_modules`) });
  const { build } = await import('vite');
  await build({ root: dir, configFile: join(dir, 'vite.config.js'), logLevel: 'warn' });
  return join(dir, 'dist');
}

describe('the examples, built from the packed package', { timeout: 180_000 }, () => {
  let scratch;
  let browser;
  before(async () => {
    scratch = scratchWithPackage();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** First visit: banner, no analytics; Accept all: analytics runs; next load: no banner, analytics runs. */
  async function checkSite(url) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const analytics = [];
      page.on('request', (request) => request.url().endsWith('/analytics.js') && analytics.push(request.url()));
      await page.goto(url);
      const accept = page.locator('cookie-banner [part~="accept-button"]');
      await accept.waitFor({ state: 'visible', timeout: 15_000 });
      await page.waitForTimeout(300);
      assert.equal(analytics.length, 0, 'the gated script was requested before consent');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.analytics), undefined);

      await accept.click();
      await page.waitForFunction(() => document.documentElement.dataset.analytics === 'running', null, {
        timeout: 10_000,
      });
      assert.equal(analytics.length, 1);

      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.analytics === 'running', null, {
        timeout: 10_000,
      });
      assert.equal(await page.locator('cookie-banner[open]').count(), 0, 'the banner asked again');
      assert.deepEqual(errors, []);
      return page;
    } finally {
      await context.close();
    }
  }

  it('plain HTML: the drop-in, self-hosted, with an inline registry', async () => {
    const site = join(scratch, 'plain-html');
    cpSync(join(root, 'examples', 'plain-html'), site, { recursive: true });
    const server = await serve(site, {
      '/cookie-elements/': join(scratch, 'node_modules', 'cookie-elements', 'dist'),
    });
    try {
      await checkSite(server.url);
    } finally {
      await server.close();
    }
  });

  it('beside a Lit app that configures @lit/localize itself: each speaks its own German', async () => {
    const dist = await buildExample(scratch, 'lit-localize');
    const server = await serve(dist);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url);
      await page.locator('app-greeting h1', { hasText: 'Willkommen in der App' }).waitFor({ timeout: 15_000 });
      await page.locator('cookie-banner [part~="accept-button"]', { hasText: 'Alle akzeptieren' }).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.close();
    }
    const again = await serve(dist);
    try {
      await checkSite(again.url);
    } finally {
      await again.close();
    }
  });

  for (const name of ['react', 'vue']) {
    it(`${name}: built with Vite, the suite started with the app's registry`, async () => {
      const dist = await buildExample(scratch, name);
      const server = await serve(dist);
      try {
        await checkSite(server.url);
      } finally {
        await server.close();
      }
    });
  }
});
