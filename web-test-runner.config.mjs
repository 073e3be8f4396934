// @web/test-runner configuration: browser tests in Chromium, Firefox and WebKit.
//
//   npx wtr                          all three engines
//   BROWSERS=chromium npx wtr        a comma list of chromium, firefox, webkit
//   WTR_SUMMARY_FILE=out.json npx wtr   where the JSON totals go (default .wtr-summary.json)
//
// Browsers are Debian's (`node scripts/ensure-browsers.mjs` installs them): Chromium and Firefox
// through puppeteer-core (Firefox over WebDriver BiDi), WebKit (WebKitGTK's MiniBrowser) through
// WebKitWebDriver under Xvfb, see scripts/wtr/webkit-launcher.mjs.
import { readlinkSync, rmSync } from 'node:fs';
import http from 'node:http';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { processTable, terminateGroupsSync, webkitLauncher } from './scripts/wtr/webkit-launcher.mjs';
import { summaryReporter } from './scripts/wtr/summary-reporter.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const HOST = '127.0.0.1';

// On top of puppeteer's own test profile (which already turns off updates, telemetry, safe
// browsing and the like): keep Firefox off the (closed) network.
export const FIREFOX_PREFS = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.trr.mode': 5,
  'browser.safebrowsing.update.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'dom.push.connection.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'services.sync.engine.addons': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'media.gmp-gmpopenh264.enabled': false,
  'identity.fxaccounts.enabled': false,
  // Remote Settings polls firefox.settings.services.mozilla.com at startup; in release builds the
  // server pref is honoured only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (set in the launch env).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
};

// Safety net for abnormal exits (SIGTERM, a crash, puppeteer's own SIGINT exit): puppeteer kills
// its browsers from an 'exit' handler, but with two puppeteer browsers in one process it kills
// only the first (it removes listeners from the array it is iterating), a browser still starting
// is not covered, and a killed browser leaves its temporary profile behind. Every browser here
// runs as a detached child (its own process group): at exit, end the group of each direct child
// that leads one, then remove the puppeteer profiles they used.
const profileDirs = new Set();

function puppeteerProfiles(args = []) {
  const dirs = [];
  args.forEach((arg, i) => {
    const dir = arg.startsWith('--user-data-dir=')
      ? arg.slice('--user-data-dir='.length)
      : arg === '--profile'
        ? args[i + 1]
        : undefined;
    if (dir && basename(dir).startsWith('puppeteer_dev_')) dirs.push(dir);
  });
  return dirs;
}

function cleanUpBrowsersSync() {
  const leaders = processTable().filter((proc) => proc.ppid === process.pid && proc.pgrp === proc.pid);
  for (const leader of leaders) for (const dir of puppeteerProfiles(leader.args)) profileDirs.add(dir);
  terminateGroupsSync(leaders.map((leader) => leader.pid));
  for (const dir of profileDirs) {
    try {
      // Chromium keeps its singleton socket in /tmp/org.chromium.Chromium.XXXXXX, linked from the profile
      const socketDir = dirname(readlinkSync(join(dir, 'SingletonSocket')));
      if (basename(socketDir).startsWith('org.chromium.Chromium.')) rmSync(socketDir, { recursive: true, force: true });
    } catch {
      // not Chromium, or already cleaned up
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
  }
}
process.on('exit', cleanUpBrowsersSync);
// Interrupted: exit at once, so that the 'exit' handlers above clean up. wtr alone would stop
// gracefully on SIGINT, but puppeteer's SIGINT handler exits the process first anyway (leaving
// profiles behind), and on SIGTERM/SIGHUP it only starts an async close that leaves wtr hanging.
const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
for (const [signal, number] of Object.entries(SIGNAL_NUMBERS)) {
  process.once(signal, () => process.exit(128 + number));
}

/** chromeLauncher, labelled (without a custom puppeteer it calls itself "Chrome"). */
function puppeteerLauncher(name, options) {
  const launcher = chromeLauncher(options);
  const launchBrowser = launcher.launchBrowser.bind(launcher);
  launcher.launchBrowser = async (...args) => {
    const browser = await launchBrowser(...args);
    // remembered for cleanUpBrowsersSync (puppeteer removes it itself on a normal close)
    for (const dir of puppeteerProfiles(browser.process()?.spawnargs)) profileDirs.add(dir);
    return browser;
  };
  launcher.name = name;
  return launcher;
}

const launchers = {
  chromium: () =>
    puppeteerLauncher('Chromium', {
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS },
    }),
  firefox: () =>
    puppeteerLauncher('Firefox', {
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: FIREFOX_PREFS,
        env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      },
    }),
  webkit: () => webkitLauncher({ name: 'WebKit' }),
};

export function selectedBrowsers(value = process.env.BROWSERS) {
  const names = (value || 'chromium,firefox,webkit')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !(name in launchers));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(
      `BROWSERS=${value}: unknown browser ${unknown.join(', ')}; use a comma list of ${Object.keys(launchers).join(', ')}`,
    );
  }
  return [...new Set(names)];
}

/**
 * wtr's dev server listens on every interface when `hostname` is 'localhost' or '127.0.0.1'
 * (it passes no host to listen()). Re-bind it to loopback only, before any browser connects.
 */
function loopbackOnly() {
  return {
    name: 'loopback-only',
    async serverStart({ server, logger }) {
      if (!(server instanceof http.Server)) {
        // http2 wraps the server in a net.Server proxy that cannot be re-bound here.
        logger?.warn?.('loopback-only: not an http.Server (http2?), left as it is');
        return;
      }
      const address = server.address();
      if (!address || typeof address === 'string' || address.address === HOST) return;
      await new Promise((done) => server.close(() => done()));
      await new Promise((done, fail) => {
        server.once('error', fail);
        server.listen({ port: address.port, host: HOST }, () => {
          server.removeListener('error', fail);
          done();
        });
      });
    },
  };
}

// Server-side plugins (esbuild, and room for more: e.g. routes that set cookies for tests).
// `emulate-forced-colors` ({ active }): Windows High Contrast style forced colors, where the
// engine's driver can emulate it (puppeteer over CDP: Chromium). Elsewhere the command throws and
// the test skips itself.
function forcedColors() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined;
      if (!page || session.browser.name.toLowerCase().includes('firefox')) {
        throw new Error(`forced colors cannot be emulated in ${session.browser.name}`);
      }
      // puppeteer's emulateMediaFeatures() does not list forced-colors; CDP has it. The session
      // stays open: detaching it would drop the emulation.
      page.__forcedColors ??= await page.createCDPSession();
      await page.__forcedColors.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

export const plugins = [
  loopbackOnly(),
  forcedColors(),
  esbuildPlugin({
    ts: true,
    target: 'es2022',
    // required: legacy decorators (experimentalDecorators, useDefineForClassFields: false)
    tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
  }),
];

// The test server's log of requests for test fixtures (`/test/fixtures/…`, with their query), in
// order: what a page really fetched, for tests that must prove nothing gated was requested before
// consent. `GET /__requests` answers the log as JSON. Three browsers share it: a test marks its own
// requests with a query token and reads only those.
const requestLog = [];
function logFixtureRequests(context, next) {
  if (context.path === '/__requests') {
    context.type = 'application/json';
    context.set('Cache-Control', 'no-store');
    context.body = JSON.stringify(requestLog);
    return undefined;
  }
  if (context.path.startsWith('/test/fixtures/')) requestLog.push(context.url);
  return next();
}

// A consent-record receiver (`consentLog.endpoint`), one per test: `/__consent-log/<token>`.
// POST: a record (its body text); answers the status the test set (default 204) and keeps every
// attempt. A receiver keeps the first record of each idempotency key: `accepted` holds those,
// `duplicates` counts 2xx deliveries of a key already accepted. `PUT /__consent-log/<token>?status=503`
// sets the answer; `GET` returns { attempts: [{ status, contentType, body }], accepted, duplicates }.
const receivers = new Map();
async function consentLogReceiver(context, next) {
  const match = /^\/__consent-log\/([\w-]+)$/.exec(context.path);
  if (!match) return next();
  const receiver = receivers.get(match[1]) ?? { status: 204, attempts: [], accepted: [], duplicates: 0 };
  receivers.set(match[1], receiver);
  context.set('Cache-Control', 'no-store');
  if (context.method === 'PUT') {
    receiver.status = Number(context.query.status);
    context.status = 204;
  } else if (context.method === 'POST') {
    let body = '';
    for await (const chunk of context.req) body += chunk;
    const status = receiver.status;
    receiver.attempts.push({ status, contentType: context.get('Content-Type'), body });
    if (status >= 200 && status < 300) {
      const key = (() => {
        try {
          return JSON.parse(body).key;
        } catch {
          return undefined;
        }
      })();
      if (receiver.accepted.some((record) => record.key === key)) receiver.duplicates += 1;
      else receiver.accepted.push(JSON.parse(body));
    }
    context.status = status;
  } else {
    context.type = 'application/json';
    context.body = JSON.stringify(receiver);
  }
  return undefined;
}

// Sandboxed test frames (an opaque origin, where cookies and storage throw) load modules
// cross-origin, which needs CORS.
function allowOpaqueOrigins(context, next) {
  context.set('Access-Control-Allow-Origin', '*');
  return next();
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  middleware: [logFixtureRequests, consentLogReceiver, allowOpaqueOrigins],
  nodeResolve: true,
  hostname: HOST,
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: {
    config: { timeout: 10_000 },
  },
  browsers: selectedBrowsers().map((name) => launchers[name]()),
  plugins,
  reporters: [defaultReporter(), summaryReporter()],
};
