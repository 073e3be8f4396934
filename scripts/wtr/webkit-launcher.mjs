// WebKit (WebKitGTK's MiniBrowser) for @web/test-runner, through Debian's WebKitWebDriver.
//
// MiniBrowser has no headless mode, so the driver runs under `xvfb-run -a`. The launcher starts
// `xvfb-run -a WebKitWebDriver --port=<free port>` in its own process group, waits for the
// driver's /status, then lets WebdriverLauncher (webdriverio, WebDriver classic) drive it.
// stop() closes the session and kills the whole process group (xvfb-run, Xvfb, the driver,
// MiniBrowser and its web/network processes); so does an exit handler, so nothing lingers even
// when wtr is interrupted.
//
// webdriverio is given hostname + port, so it connects to this driver and never tries to
// download or start a driver of its own (no network needed).
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB_RUN = 'xvfb-run';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A TCP port that is free on 127.0.0.1 right now. */
function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Sends a signal to a whole process group; false if the group no longer exists. */
function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (error) {
    if (error.code === 'ESRCH') return false;
    throw error;
  }
}

/** Synchronous sleep, usable in an 'exit' handler. */
function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * wtr's SessionManager starts a test page without awaiting or catching the navigation, so a
 * navigation that fails (a timed-out driver request) is an uncaught exception, which stops the
 * whole test run: every engine's remaining files fail. Catch it instead and say so. The file whose
 * page did not start then fails alone, by testsStartTimeout; one whose tests ran anyway passes.
 */
export function guardStartSession(manager, label) {
  if (!manager || manager.startSession.guarded) return;
  const startSession = manager.startSession.bind(manager);
  const guarded = async (id, url) => {
    try {
      await startSession(id, url);
    } catch (error) {
      console.error(`${label}: navigating to ${url} failed: ${error?.message ?? error}`);
    }
  };
  guarded.guarded = true;
  manager.startSession = guarded;
}

export class WebKitLauncher extends WebdriverLauncher {
  /**
   * @param {object} [options]
   * @param {string} [options.name] label shown in wtr's output (default 'WebKit')
   * @param {string} [options.driverPath] WebKitWebDriver binary
   * @param {string} [options.browserPath] MiniBrowser binary
   * @param {string[]} [options.browserArgs] MiniBrowser arguments (`--automation` is required)
   * @param {number} [options.startTimeout] ms to wait for the driver's /status
   * @param {object} [options.capabilities] extra W3C capabilities merged into the defaults
   */
  constructor(options = {}) {
    const {
      name = 'WebKit',
      driverPath = WEBKIT_DRIVER,
      browserPath = MINIBROWSER,
      browserArgs = ['--automation'],
      startTimeout = 30_000,
      capabilities = {},
    } = options;
    super({
      hostname: '127.0.0.1',
      port: undefined, // set in start(), once the driver listens
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 1,
      capabilities: {
        // WebKitWebDriver answers with browserName 'MiniBrowser' for this binary and accepts
        // it as a match ('webkitgtk' or 'WebKit' are rejected: "Failed to match capabilities").
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browserPath, args: browserArgs },
        // Navigation returns once it has started. wtr learns that a test page runs from the
        // page itself (its web socket, within testsStartTimeout), never from the load event; with
        // the default strategy ('normal') the command waits for `load`, which a test page may
        // hold back while its tests add frames, and past webdriverio's 120 s request timeout
        // that wait aborted a whole CI run.
        pageLoadStrategy: 'none',
        ...capabilities,
      },
    });
    this.label = name;
    this.name = name;
    this.driverPath = driverPath;
    this.startTimeout = startTimeout;
    this.child = undefined;
    this.pgid = undefined;
    this.workDir = undefined;
    this.startPromise = undefined;
    this.onExit = () => this.killSync();
    this.onSignal = (signal) => {
      this.killSync();
      process.exit(128 + (signal === 'SIGHUP' ? 1 : 15));
    };
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    // WebdriverLauncher names itself after the capabilities ("MiniBrowser"): keep ours.
    this.name = this.label;
  }

  /** Starts Xvfb + WebKitWebDriver once; later calls return the same promise. */
  start() {
    this.startPromise ??= this.startDriver().catch((error) => {
      this.startPromise = undefined;
      this.killSync();
      throw error;
    });
    return this.startPromise;
  }

  async startDriver() {
    const port = await findFreePort();
    this.workDir = mkdtempSync(join(tmpdir(), 'wtr-webkit-'));
    const logFile = join(this.workDir, 'driver.log');
    const logFd = openSync(logFile, 'a');
    // -f: keep the X authority file in our own directory (removed in stop()), because
    // xvfb-run's own temporary directory is left behind when it is killed by a signal.
    const authFile = join(this.workDir, 'Xauthority');
    writeFileSync(authFile, ''); // as xvfb-run does for its own file (else xauth warns)
    const args = ['-a', '-f', authFile, '-e', logFile, this.driverPath, `--port=${port}`];
    let spawnError;
    let exited;
    const child = spawn(XVFB_RUN, args, {
      detached: true, // own process group, so stop() can kill the whole tree at once
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env },
    });
    closeSync(logFd);
    child.on('error', (error) => {
      spawnError = error;
    });
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      if (this.child === child) this.child = undefined;
    });
    child.unref();
    this.child = child;
    this.pgid = child.pid;
    process.on('exit', this.onExit);
    process.once('SIGTERM', this.onSignal);
    process.once('SIGHUP', this.onSignal);

    const statusUrl = `http://127.0.0.1:${port}/status`;
    const deadline = Date.now() + this.startTimeout;
    for (;;) {
      if (spawnError || exited) {
        const why = spawnError
          ? `could not run ${XVFB_RUN}: ${spawnError.message}`
          : `${XVFB_RUN} exited early (code ${exited.code}, signal ${exited.signal})`;
        throw new Error(this.startError(why, logFile));
      }
      try {
        const response = await fetch(statusUrl, { signal: AbortSignal.timeout(1000) });
        if (response.ok) {
          const body = await response.json().catch(() => ({}));
          if (body?.value?.ready !== false) break;
        }
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        throw new Error(this.startError(`${statusUrl} did not answer within ${this.startTimeout} ms`, logFile));
      }
      await sleep(100);
    }
    this.options.port = port;
  }

  startError(why, logFile) {
    let log = '';
    try {
      log = readFileSync(logFile, 'utf8').trim().split('\n').slice(-20).join('\n');
    } catch {
      // no log
    }
    return (
      `WebKit launcher: ${why}.\n` +
      `Command: ${XVFB_RUN} -a ${this.driverPath} --port=<port>\n` +
      `Needs Debian's webkit2gtk-driver, xvfb and xauth (run \`node scripts/ensure-browsers.mjs\`).` +
      (log ? `\nDriver/Xvfb output:\n${log}` : '')
    );
  }

  async startSession(id, url) {
    await this.start();
    await this.ensureManagerInitialized();
    guardStartSession(this.driverManager, this.label);
    return super.startSession(id, url);
  }

  async startDebugSession(id, url) {
    await this.start();
    return super.startDebugSession(id, url);
  }

  async stop() {
    // Closing the session closes MiniBrowser; don't let a dead driver hold wtr up.
    await Promise.race([super.stop(), sleep(5000)]);
    await this.killGroup();
  }

  /** Kills the driver's process group: SIGTERM, up to 3 s grace, then SIGKILL. */
  async killGroup() {
    const pgid = this.pgid;
    if (pgid) {
      const xvfb = xvfbOfGroup(pgid);
      if (signalGroup(pgid, 'SIGTERM')) {
        const deadline = Date.now() + 3000;
        while (Date.now() < deadline && livePidsOfGroup(pgid).length > 0) await sleep(50);
        signalGroup(pgid, 'SIGKILL');
      }
      removeStaleXLock(xvfb);
    }
    this.cleanup();
  }

  /** Synchronous variant for 'exit' handlers and signals. */
  killSync() {
    const pgid = this.pgid;
    if (pgid) {
      const xvfb = xvfbOfGroup(pgid);
      terminateGroupsSync([pgid]);
      removeStaleXLock(xvfb);
    }
    this.cleanup();
  }

  cleanup() {
    if (this.workDir) {
      rmSync(this.workDir, { recursive: true, force: true });
      this.workDir = undefined;
    }
    this.pgid = undefined;
    this.child = undefined;
    this.startPromise = undefined;
    this.options.port = undefined;
    process.removeListener('exit', this.onExit);
    process.removeListener('SIGTERM', this.onSignal);
    process.removeListener('SIGHUP', this.onSignal);
  }
}

// ---- process-group helpers (Linux /proc), also used by web-test-runner.config.mjs ----

/** Live (not zombie) processes: [{ pid, ppid, pgrp, args }], from /proc. */
export function processTable() {
  const table = [];
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return table;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid pgrp ..." — comm may contain spaces and parentheses.
      const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z' || state === 'X') continue;
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      table.push({ pid: Number(entry), ppid: Number(ppid), pgrp: Number(pgrp), args });
    } catch {
      // gone meanwhile
    }
  }
  return table;
}

/** Pids of the live processes in a process group. */
export function livePidsOfGroup(pgid) {
  return processTable()
    .filter((proc) => proc.pgrp === pgid)
    .map((proc) => proc.pid);
}

/**
 * Ends whole process groups, synchronously (usable in an 'exit' handler): SIGTERM, so that
 * e.g. Xvfb removes its lock file, up to graceMs for them to go, then SIGKILL.
 */
export function terminateGroupsSync(pgids, graceMs = 1000) {
  const alive = pgids.filter((pgid) => signalGroup(pgid, 'SIGTERM'));
  if (alive.length === 0) return;
  const groups = new Set(alive);
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && processTable().some((proc) => groups.has(proc.pgrp))) sleepSync(50);
  for (const pgid of alive) signalGroup(pgid, 'SIGKILL');
}

/** The Xvfb of a process group and its display number, if any. */
function xvfbOfGroup(pgid) {
  for (const proc of processTable()) {
    if (proc.pgrp !== pgid || !/(^|\/)Xvfb$/.test(proc.args[0] ?? '')) continue;
    const display = proc.args.find((arg) => /^:\d+$/.test(arg));
    if (display) return { pid: proc.pid, display: display.slice(1) };
  }
  return undefined;
}

/** Removes the X lock and socket a killed Xvfb left behind (only if they are its own). */
function removeStaleXLock(xvfb) {
  if (!xvfb) return;
  const lock = `/tmp/.X${xvfb.display}-lock`;
  let owner;
  try {
    owner = Number(readFileSync(lock, 'utf8').trim());
  } catch {
    return; // Xvfb cleaned up itself
  }
  if (owner !== xvfb.pid || processTable().some((proc) => proc.pid === xvfb.pid)) return;
  rmSync(lock, { force: true });
  rmSync(`/tmp/.X11-unix/X${xvfb.display}`, { force: true });
}

/** Factory in the style of wtr's launchers. */
export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}
