#!/usr/bin/env node
// `pretest`: makes sure the browsers the browser tests need are installed (Debian packages).
//
//   BROWSERS=chromium,firefox,webkit (default: all three) selects the engines to check.
//
// Everything present: exits 0 at once, without calling apt. Something missing: as root on
// Debian with apt-get, runs `apt-get update` and installs the missing packages
// (--no-install-recommends: measured to give working Chromium, Firefox and MiniBrowser), then
// checks again. Otherwise prints the packages and the command to install them, and exits 1.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// engine -> what must exist, and which Debian package brings it
const REQUIREMENTS = {
  chromium: [{ what: '/usr/bin/chromium', pkg: 'chromium' }],
  firefox: [{ what: '/usr/bin/firefox-esr', pkg: 'firefox-esr' }],
  webkit: [
    { what: '/usr/bin/WebKitWebDriver', pkg: 'webkit2gtk-driver' },
    // MiniBrowser ships in the WebKitGTK library package that webkit2gtk-driver depends on
    { what: MINIBROWSER, pkg: 'libwebkit2gtk-4.1-0' },
    { what: 'xvfb-run', pkg: 'xvfb' },
    { what: 'Xvfb', pkg: 'xvfb' },
    { what: 'xauth', pkg: 'xauth' },
  ],
};

function selectedEngines() {
  const value = process.env.BROWSERS || 'chromium,firefox,webkit';
  const names = [
    ...new Set(
      value
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const unknown = names.filter((name) => !(name in REQUIREMENTS));
  if (unknown.length > 0 || names.length === 0) {
    console.error(
      `ensure-browsers: BROWSERS=${value}: unknown ${unknown.join(', ') || 'value'}; ` +
        `use a comma list of ${Object.keys(REQUIREMENTS).join(', ')}`,
    );
    process.exit(1);
  }
  return names;
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** An absolute path that is executable, or a command found on PATH. */
function found(what) {
  if (what.includes('/')) return isExecutable(what);
  return (process.env.PATH || '/usr/bin:/bin').split(delimiter).some((dir) => dir && isExecutable(join(dir, what)));
}

function missingFor(engines) {
  const missing = [];
  for (const engine of engines) {
    for (const requirement of REQUIREMENTS[engine]) {
      if (!found(requirement.what)) missing.push({ engine, ...requirement });
    }
  }
  return missing;
}

function packagesOf(missing) {
  return [...new Set(missing.map((item) => item.pkg))];
}

function installCommand(packages) {
  return (
    'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ' +
    `--no-install-recommends ${packages.join(' ')}`
  );
}

function report(missing) {
  for (const item of missing) {
    console.error(`  ${item.engine}: ${item.what} is missing (Debian package ${item.pkg})`);
  }
}

function canUseApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/etc/debian_version') && found('apt-get');
}

function apt(args) {
  console.log(`ensure-browsers: apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

// Chromium always: `npm run size` measures in it, whatever engines the tests use.
const engines = [...new Set(['chromium', ...selectedEngines()])];
const missing = missingFor(engines);
if (missing.length === 0) process.exit(0); // fast path: no apt at all

const packages = packagesOf(missing);
console.error(`ensure-browsers: browsers for ${engines.join(', ')} are not all installed:`);
report(missing);

if (!canUseApt()) {
  console.error(
    '\nInstall them (as root, on Debian 12) with:\n' +
      `  ${installCommand(packages)}\n` +
      'or run only some engines, e.g. BROWSERS=chromium npm test',
  );
  process.exit(1);
}

const started = Date.now();
const ok = apt(['update']) && apt(['install', '-y', '--no-install-recommends', ...packages]);
const still = missingFor(engines);
if (!ok || still.length > 0) {
  console.error('ensure-browsers: installing the browsers failed; still missing:');
  report(still.length > 0 ? still : missing);
  console.error(`Try by hand:\n  ${installCommand(packagesOf(still.length > 0 ? still : missing))}`);
  process.exit(1);
}
console.log(`ensure-browsers: installed ${packages.join(' ')} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
