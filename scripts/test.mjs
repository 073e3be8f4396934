#!/usr/bin/env node
// `npm test`: every check, then the node and browser tests, then one closing line.
//
//   1. typecheck      tsc -p tsconfig.json --noEmit, and -p .storybook (the stories)   (node_modules/.bin/tsc)
//   2. lint           npm run lint
//   3. build          npm run build
//   4. size           npm run size            (skipped when the build failed)
//   5. node tests     node --test on test/node/**/*.test.mjs (if there are any)
//   6. browser tests  wtr (node_modules/.bin)  (skipped when the build failed; BROWSERS passes
//                                              through, e.g. BROWSERS=chromium,firefox)
//
// A failing check (1-4) counts as one failure and the run goes on, so that every problem shows;
// what needs the build is skipped when the build failed. The last line of the output is always
// `N passed, N failed, N skipped` (node tests + browser tests + failed checks); the exit code is
// 1 when anything failed, else 0.
//
// Environment:
//   SKIP_CHECKS=1   skip steps 1-4 (quick local runs of the tests only)
//   BROWSERS=...    engines for wtr (chromium, firefox, webkit; default all three)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const skipChecks = ['1', 'true', 'yes'].includes(String(process.env.SKIP_CHECKS).toLowerCase());
const work = mkdtempSync(join(tmpdir(), 'cookie-elements-test-'));
const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];
let current; // the running child, to pass signals on

function say(line = '') {
  process.stdout.write(`${line}\n`);
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Runs a command with inherited stdio; resolves to its exit code (signals count as failure). */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    current = child;
    child.on('error', (error) => {
      say(`cannot run ${command}: ${error.message}`);
      current = undefined;
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

// Interrupted: pass the signal on, let the child clean up (wtr closes its browsers), then stop.
let interrupted;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = signal;
    if (current) {
      current.kill(signal);
      setTimeout(() => finish(), 20_000).unref(); // in case the child does not stop
    } else {
      finish();
    }
  });
}

function finish() {
  rmSync(work, { recursive: true, force: true });
  if (interrupted) {
    totals.failed += 1;
    problems.push(`interrupted by ${interrupted}`);
  }
  say(`\n── test summary (${seconds(started)}) ──`);
  for (const problem of problems) say(`  ${problem}`);
  if (problems.length === 0) say('  everything passed');
  say(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

async function check(name, command, args) {
  say(`\n▶ ${name}: ${[command === process.execPath ? 'node' : command, ...args].join(' ')}`);
  const start = Date.now();
  const code = await run(command, args);
  if (code === 0) {
    say(`✔ ${name} passed (${seconds(start)})`);
    return true;
  }
  say(`✖ FAILED: ${name} (exit code ${code}, ${seconds(start)})`);
  totals.failed += 1;
  problems.push(`${name} failed (exit code ${code})`);
  return false;
}

/**
 * A package binary from node_modules/.bin, run with this node directly when it is there: `npx`
 * runs it through `sh -c`, which does not pass SIGTERM on (wtr would outlive this script).
 */
function localBin(name) {
  const bin = join('node_modules', '.bin', name);
  return existsSync(bin) ? [process.execPath, [bin]] : ['npx', [name]];
}

function skip(name, why) {
  say(`\n▷ ${name} skipped: ${why}`);
  problems.push(`${name} skipped: ${why}`);
}

/** Files under dir (recursively) whose path matches filter. */
function findFiles(dir, filter) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') found.push(...findFiles(path, filter));
    } else if (filter(path)) {
      found.push(path);
    }
  }
  return found.sort();
}

function lastCount(tap, label) {
  const matches = [...tap.matchAll(new RegExp(`^# ${label} (\\d+)\\s*$`, 'gm'))];
  return matches.length ? Number(matches.at(-1)[1]) : 0;
}

async function nodeTests() {
  const files = findFiles('test/node', (path) => path.endsWith('.test.mjs'));
  if (files.length === 0) {
    say('\n▷ node tests: no test/node/**/*.test.mjs, nothing to run');
    return;
  }
  const tapFile = join(work, 'node-tests.tap');
  const args = [
    '--test',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    ...files,
  ];
  say(`\n▶ node tests: node ${args.slice(0, 5).join(' ')} (${files.length} files in test/node)`);
  const start = Date.now();
  const code = await run(process.execPath, args);
  if (!existsSync(tapFile)) {
    say(`✖ FAILED: node tests (exit code ${code}, no TAP output)`);
    totals.failed += 1;
    problems.push('node tests crashed (no TAP output)');
    return;
  }
  const tap = readFileSync(tapFile, 'utf8');
  const passed = lastCount(tap, 'pass');
  let failed = lastCount(tap, 'fail') + lastCount(tap, 'cancelled');
  const skipped = lastCount(tap, 'skipped') + lastCount(tap, 'todo');
  if (code !== 0 && failed === 0) {
    failed = 1;
    problems.push(`node tests exited with code ${code} without a failing test`);
  } else if (failed > 0) {
    problems.push(`node tests: ${failed} failed`);
  }
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  say(`${failed ? '✖' : '✔'} node tests: ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds(start)})`);
}

async function browserTests() {
  const files = findFiles('test', (path) => path.endsWith('.test.ts') && !relative('test', path).startsWith(`node/`));
  if (files.length === 0) {
    say('\n▷ browser tests: no test/**/*.test.ts outside test/node, nothing to run');
    return;
  }
  const summaryFile = join(work, 'wtr-summary.json');
  const browsers = process.env.BROWSERS || 'chromium,firefox,webkit';
  say(`\n▶ browser tests: wtr (BROWSERS=${browsers}, ${files.length} files)`);
  const start = Date.now();
  const [wtr, wtrArgs] = localBin('wtr');
  const code = await run(wtr, wtrArgs, { WTR_SUMMARY_FILE: summaryFile });
  let summary;
  try {
    summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    say(`✖ FAILED: browser tests (wtr exit code ${code}, no summary: wtr crashed)`);
    totals.failed += 1;
    problems.push(`browser tests crashed (wtr exit code ${code}, no summary)`);
    return;
  }
  let failed = summary.failed ?? 0;
  if (code !== 0 && failed === 0) failed = 1;
  totals.passed += summary.passed ?? 0;
  totals.failed += failed;
  totals.skipped += summary.skipped ?? 0;
  if (failed) problems.push(`browser tests: ${failed} failed`);
  for (const [browser, counts] of Object.entries(summary.perBrowser ?? {})) {
    say(`  ${browser}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
  say(`${failed ? '✖' : '✔'} browser tests (wtr exit code ${code}, ${seconds(start)})`);
}

/** Runs a step unless interrupted (then finishes at once). */
async function step(fn) {
  if (interrupted) finish();
  const result = await fn();
  if (interrupted) finish();
  return result;
}

let buildOk = true;
if (skipChecks) {
  say('SKIP_CHECKS=1: typecheck, lint, build and size skipped');
} else {
  const [tsc, tscArgs] = localBin('tsc');
  await step(() => check('typecheck', tsc, [...tscArgs, '-p', 'tsconfig.json', '--noEmit']));
  await step(() => check('typecheck (stories)', tsc, [...tscArgs, '-p', '.storybook', '--noEmit']));
  await step(() => check('lint', 'npm', ['run', 'lint']));
  buildOk = await step(() => check('build', 'npm', ['run', 'build']));
  if (buildOk) await step(() => check('size', 'npm', ['run', 'size']));
  else skip('size', 'the build failed');
}
await step(nodeTests);
if (buildOk) await step(browserTests);
else skip('browser tests', 'the build failed');
finish();
