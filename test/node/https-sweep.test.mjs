// The storage sweep over https on a subdomain, by real effects in real browsers: when a visitor
// withdraws or rejects a category, its cookies that only https and a parent domain can show are
// gone from the browser's cookie jar — a `__Host-` cookie, a `__Secure-` cookie on `.shop.test`,
// a plain cookie on `shop.test` under `/shop`, and a pattern-named cookie on `.shop.test` — while
// cookies of the same kinds of a category still granted (or required) and the consent cookie stay.
//
// The page is https://www.shop.test:<port>/shop/ (a self-signed certificate made for this run),
// served by a small https server of this file on 127.0.0.1, with its own registry inlined.
// Chromium (playwright-core) maps the host names with --host-resolver-rules and its jar is read
// with context.cookies(); Firefox ESR (puppeteer-core, WebDriver BiDi) maps them with the pref
// network.dns.forceResolve and its jar is read with the browser context's cookies().
// WebKitGTK is left out: neither MiniBrowser nor WebKitWebDriver can map host names to
// 127.0.0.1 (no resolver rules or DNS pref; only editing the machine's /etc/hosts would), and
// Secure and parent-domain cookies cannot be shown on https://127.0.0.1, which has no parent domain.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { selfSigned } from './helpers/tls.mjs';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { CSP, inlineJson, root } from '../../scripts/serve.mjs';

const PARENT = 'shop.test';
const HOST = `www.${PARENT}`;
const CONSENT = 'shop_consent';
const FIREFOX_PATH = '/usr/bin/firefox-esr';

let dir; // the certificate's
let shop; // the https server: { origin, close }

// Firefox: every host name resolves to 127.0.0.1, and it stays off the (closed) network. The
// network prefs are those of FIREFOX_PREFS in web-test-runner.config.mjs, copied: importing that
// config would install its process-wide exit and signal handlers here.
const FIREFOX_PREFS = {
  'network.dns.forceResolve': '127.0.0.1',
  'network.trr.mode': 5,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'dom.push.connection.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'toolkit.telemetry.server': '',
  'media.gmp-gmpopenh264.enabled': false,
  'identity.fxaccounts.enabled': false,
  // honoured in release builds only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (set in the launch env)
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
};

/** A cookie entry of the registry. */
function cookie(name, category, extra = {}) {
  return { name, type: 'cookie', category, purpose: `${name} (${category})`, duration: 'P30D', ...extra };
}

/**
 * Each category has one cookie of each kind: `__Host-` (host only, Secure, Path=/), `__Secure-` on
 * `.shop.test`, a plain one on `shop.test` (no dot) under `/shop`, one named by a pattern on `.shop.test`.
 */
const KINDS = {
  essential: {
    host: '__Host-csrf',
    secure: '__Secure-session',
    sub: 'es_cart',
    pattern: ['lb_', '^lb_[a-z]+$', 'lb_route'],
  },
  analytics: {
    host: '__Host-an_sid',
    secure: '__Secure-an_uid',
    sub: 'an_shop_view',
    pattern: ['_ga', '^_ga_[A-Z0-9]+$', '_ga_K3Y9'],
  },
  functional: {
    host: '__Host-fn_lang',
    secure: '__Secure-fn_theme',
    sub: 'fn_shop_layout',
    pattern: ['fn_ab', '^fn_ab_[a-z0-9]+$', 'fn_ab_x1'],
  },
};

const REGISTRY = {
  version: 1,
  revision: 1,
  defaultLocale: 'en',
  consentCookie: { name: CONSENT, path: '/', sameSite: 'Lax' },
  categories: [
    { id: 'essential', required: true, title: 'Essential' },
    { id: 'analytics', title: 'Analytics' },
    { id: 'functional', title: 'Functional' },
  ],
  entries: [
    cookie(CONSENT, 'essential', { path: '/' }),
    ...Object.entries(KINDS).flatMap(([category, kind]) => [
      cookie(kind.host, category, { path: '/' }),
      // No `domain`: the sweep must find the parent domain itself (www.shop.test → shop.test).
      cookie(kind.secure, category),
      cookie(kind.sub, category, { domain: PARENT, path: '/shop' }),
      cookie(kind.pattern[0], category, { pattern: kind.pattern[1] }),
    ]),
  ],
};

/** What a page script writes for a category (the way the site's own code would, after consent). */
function writes(category) {
  const kind = KINDS[category];
  return [
    `${kind.host}=1; Path=/; Secure; SameSite=Lax`,
    `${kind.secure}=1; Domain=.${PARENT}; Path=/; Secure; SameSite=Lax`,
    `${kind.sub}=1; Domain=${PARENT}; Path=/shop; SameSite=Lax`,
    `${kind.pattern[2]}=1; Domain=.${PARENT}; Path=/; Secure; SameSite=Lax`,
  ];
}

/** The same cookies as the jar holds them: name, domain, path (sorted lines, for exact comparison). */
function stored(...categories) {
  return categories
    .flatMap((category) => {
      if (category === CONSENT) return [`${CONSENT} ${HOST} /`];
      const kind = KINDS[category];
      return [
        `${kind.host} ${HOST} /`,
        `${kind.secure} .${PARENT} /`,
        `${kind.sub} .${PARENT} /shop`,
        `${kind.pattern[2]} .${PARENT} /`,
      ];
    })
    .sort();
}

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Shop</title>
    <link rel="icon" href="data:," />
    <script type="application/json" data-cookie-registry>
${inlineJson(REGISTRY)}
    </script>
    <script type="module" src="/dist/cookie-elements.js"></script>
  </head>
  <body>
    <cookie-banner></cookie-banner>
    <main><h1>Shop</h1></main>
  </body>
</html>
`;

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json; charset=utf-8' };

/** The shop's pages (`/` and `/shop/`) and the library from dist/, over https on 127.0.0.1. */
async function startShop(tls) {
  const dist = join(root, 'dist') + sep;
  const server = createServer(tls, async (request, response) => {
    const headers = { 'content-security-policy': CSP, 'cache-control': 'no-store' };
    const { pathname } = new URL(request.url ?? '/', 'https://localhost');
    try {
      if (pathname === '/' || pathname === '/shop/') {
        response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
        return response.end(PAGE);
      }
      const path = normalize(join(root, decodeURIComponent(pathname)));
      if (!path.startsWith(dist)) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      const body = await readFile(path);
      response.writeHead(200, { ...headers, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      return response.end(body);
    } catch (error) {
      response.writeHead(error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500, headers);
      return response.end(String(error.message));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `https://${HOST}:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

/** Polls `read` until `done(value)` (up to `timeout` ms); resolves with the last value either way. */
async function poll(read, done, timeout = 5000) {
  const until = Date.now() + timeout;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

const sameList = (a, b) => a.length === b.length && a.every((line, i) => line === b[i]);

// Page scripts (run in the browser, so self-contained).
/** Calls the page API: `[method, argument]`, e.g. `['set', { categories: { analytics: false } }]`. */
async function decide([method, argument]) {
  const api = await Promise.race([
    new Promise((resolve) => (window.cookieElements ||= []).push(resolve)),
    new Promise((resolve, reject) => setTimeout(() => reject(new Error('cookie-elements did not start')), 10_000)),
  ]);
  await api.ready;
  await api[method](argument);
}
function writeCookies(lines) {
  for (const line of lines) document.cookie = line;
  return document.cookie;
}

/**
 * The scenarios, for one engine. `engine.open()` resolves with a fresh profile:
 * `{ goto(url), evaluate(fn, arg), jar(), close() }`, `jar()` being the shop's cookies as
 * `name domain path` lines, sorted.
 */
function scenarios(engine) {
  /** A visitor at /shop/ who accepted everything, with every category's cookies written. */
  async function visitorWithCookies() {
    const profile = await engine.open();
    try {
      await profile.goto(`${shop.origin}/shop/`);
      await profile.evaluate(decide, ['acceptAll']);
      await profile.evaluate(writeCookies, ['essential', 'analytics', 'functional'].flatMap(writes));
      const all = stored(CONSENT, 'essential', 'analytics', 'functional');
      // Every cookie is really there, with the domain and path the test means.
      await expectJar(profile, all);
      return profile;
    } catch (error) {
      await profile.close();
      throw error;
    }
  }

  /** Runs `steps` for a visitor with every cookie written, closing the profile after. */
  async function withVisitor(steps) {
    const profile = await visitorWithCookies();
    try {
      await steps(profile);
    } finally {
      await profile.close();
    }
  }

  /** The jar comes to hold exactly the cookies of `expected` (polled: deletion takes a moment). */
  async function expectJar(profile, expected) {
    assert.deepEqual(await poll(profile.jar, (jar) => sameList(jar, expected)), expected);
  }

  it(
    'withdrawing analytics deletes its __Host-, __Secure- (.shop.test), /shop (shop.test) and pattern cookies; functional and essential ones stay',
    { timeout: 30_000 },
    () =>
      withVisitor(async (profile) => {
        await profile.evaluate(decide, ['set', { categories: { analytics: false } }]);
        await expectJar(profile, stored(CONSENT, 'essential', 'functional'));
      }),
  );

  it(
    'rejecting all deletes analytics and functional cookies of every kind; essential ones and the consent cookie stay',
    { timeout: 30_000 },
    () =>
      withVisitor(async (profile) => {
        await profile.evaluate(decide, ['rejectAll']);
        await expectJar(profile, stored(CONSENT, 'essential'));
      }),
  );

  it(
    'a withdrawal on / also deletes the /shop cookie it cannot see, and nothing comes back under /shop/',
    { timeout: 30_000 },
    () =>
      withVisitor(async (profile) => {
        // At / the page cannot see the /shop cookie (document.cookie lists only the cookies of its
        // path): the entry's exact name is expired on its path all the same.
        await profile.goto(`${shop.origin}/`);
        await profile.evaluate(decide, ['set', { categories: { functional: false } }]);
        const expected = stored(CONSENT, 'essential', 'analytics');
        await expectJar(profile, expected);
        await profile.goto(`${shop.origin}/shop/`);
        await expectJar(profile, expected);
      }),
  );
}

/** The jar's cookies of the shop as sorted `name domain path` lines. */
function lines(cookies) {
  return cookies
    .filter(({ domain }) => domain === PARENT || domain.endsWith(`.${PARENT}`))
    .map(({ name, domain, path }) => `${name} ${domain} ${path}`)
    .sort();
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cookie-elements-sweep-'));
  shop = await startShop(selfSigned(dir, [HOST, `*.${PARENT}`, PARENT]));
});
after(async () => {
  await shop?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the sweep over https on www.shop.test (Chromium)', () => {
  let browser;
  const engine = {
    async open() {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      return {
        goto: (url) => page.goto(url),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        jar: async () => lines(await context.cookies()),
        close: () => context.close(),
      };
    },
  };
  before(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP *.${PARENT} 127.0.0.1, MAP ${PARENT} 127.0.0.1`],
    });
  });
  after(async () => {
    await browser?.close();
  });
  scenarios(engine);
});

describe(
  'the sweep over https on www.shop.test (Firefox ESR)',
  { skip: !existsSync(FIREFOX_PATH) && `no ${FIREFOX_PATH}` },
  () => {
    let browser;
    const engine = {
      async open() {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        return {
          goto: (url) => page.goto(url),
          evaluate: (fn, arg) => page.evaluate(fn, arg),
          jar: async () => lines(await context.cookies()),
          close: () => context.close(),
        };
      },
    };
    before(async () => {
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        acceptInsecureCerts: true,
        extraPrefsFirefox: FIREFOX_PREFS,
        env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      });
    });
    after(async () => {
      await browser?.close();
    });
    scenarios(engine);
  },
);
