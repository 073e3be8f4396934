// The command line, run as a site's CI would run it: `node bin/cookie-elements.js …`.
// Needs the build (`npm run build`): the CLI imports dist/registry.js.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DUMKA = 'examples/registries/dumka.json';
const DPOKIT = 'examples/registries/dpokit.json';

/** Runs the CLI from the repository root; resolves with its exit code and output, whatever the code. */
function cli(...args) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['bin/cookie-elements.js', ...args],
      { cwd: root, timeout: 30_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? error.code : 0, stdout, stderr });
      },
    );
  });
}

const readJson = async (path) => JSON.parse(await readFile(join(root, path), 'utf8'));

let dir;
before(async () => {
  assert.ok(existsSync(join(root, 'dist/registry.js')), 'dist/registry.js is missing: run "npm run build" first');
  dir = await mkdtemp(join(tmpdir(), 'cookie-elements-cli-'));
});
after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Writes `content` (an object as JSON, or text as it is) to a temporary file and returns its path. */
async function temp(name, content) {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  return path;
}

/** The dumka registry with four independent mistakes. */
async function brokenDumka() {
  const registry = await readJson(DUMKA);
  registry.entries[1].duration = '2 weeks'; // sessionid
  registry.entries[6].pattern = '^ph_(+_posthog$'; // the PostHog cookie
  registry.entries[8].category = 'preferences'; // dumka_active_role
  registry.entries.push({ ...registry.entries[2] }); // csrftoken again, as entries[9]
  return registry;
}
const BROKEN_PATHS = ['$.entries[1].duration', '$.entries[6].pattern', '$.entries[8].category', '$.entries[9].name'];

describe('cookie-elements validate', () => {
  it('accepts the example registries: exit 0, a ✓ line per file', async () => {
    const { code, stdout, stderr } = await cli('validate', DUMKA, DPOKIT);
    assert.equal(code, 0, stderr);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 2, stdout);
    assert.match(
      lines[0],
      /^✓ examples\/registries\/dumka\.json: valid registry \(3 categories, 4 services, 9 entries\); hash [0-9a-z]+$/,
    );
    assert.match(
      lines[1],
      /^✓ examples\/registries\/dpokit\.json: valid registry \(1 category, 3 services, 3 entries\); hash [0-9a-z]+$/,
    );
    assert.equal(stderr, '');
  });

  it('rejects a registry with several mistakes: exit 1, every broken path on stderr', async () => {
    const file = await temp('broken.json', await brokenDumka());
    const { code, stdout, stderr } = await cli('validate', file);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /✗ .*broken\.json: 4 problems/);
    for (const path of BROKEN_PATHS) {
      const line = stderr.split('\n').find((text) => text.trim().startsWith(`${path}:`));
      assert.ok(line, `stderr names ${path}:\n${stderr}`);
    }
    assert.match(stderr, /\$\.entries\[1\]\.duration: .*ISO 8601 duration/);
    assert.match(stderr, /\$\.entries\[8\]\.category: unknown category "preferences"/);
    assert.match(stderr, /\$\.entries\[9\]\.name: duplicate cookie entry "csrftoken"/);
    assert.match(stderr, /\$\.entries\[6\]\.pattern: expected a valid regular expression/);
  });

  it('checks every file: a good and a broken one exit 1, and the good one is still reported', async () => {
    const file = await temp('broken-too.json', await brokenDumka());
    const { code, stdout, stderr } = await cli('validate', file, DPOKIT);
    assert.equal(code, 1);
    assert.match(stdout, /^✓ examples\/registries\/dpokit\.json: valid registry/m);
    assert.match(stderr, /✗ .*broken-too\.json: 4 problems/);
  });

  it('exits 0 on warnings alone, printing them', async () => {
    const registry = await readJson(DUMKA);
    registry.consentCookie.maxAgeDays = 730;
    const file = await temp('two-years.json', registry);
    const { code, stdout, stderr } = await cli('validate', file);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /✓ .*two-years\.json: valid registry/);
    assert.match(stderr, /⚠ .*two-years\.json: 1 warning/);
    assert.match(stderr, /\$\.consentCookie\.maxAgeDays: 730 days is over 13 months/);
  });

  it('names the line and column of a trailing comma', async () => {
    const file = await temp('comma.json', '{\n  "version": 1,\n  "revision": 1,\n}\n');
    const { code, stderr } = await cli('validate', file);
    assert.equal(code, 1);
    assert.match(stderr, /✗ .*comma\.json: 1 problem\n/);
    assert.match(stderr, /\$: invalid JSON at line 4, column 1/);
  });

  it('names the line and column of a missing value', async () => {
    const file = await temp('missing-value.json', '{\n  "version": 1,\n  "revision": }\n');
    const { code, stderr } = await cli('validate', file);
    assert.equal(code, 1);
    assert.match(stderr, /\$: invalid JSON at line 3, column 15/);
  });

  it('names a file that does not exist: exit 1', async () => {
    const { code, stdout, stderr } = await cli('validate', 'examples/registries/nope.json', DUMKA);
    assert.equal(code, 1);
    assert.match(stderr, /✗ examples\/registries\/nope\.json: cannot read the file/);
    assert.match(stdout, /✓ examples\/registries\/dumka\.json/);
  });

  it('asks for a file when given none: exit 2 with the usage', async () => {
    const { code, stdout, stderr } = await cli('validate');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /name at least one registry file/);
    assert.match(stderr, /Usage:\n {2}cookie-elements validate <registry\.json>/);
  });
});

describe('cookie-elements', () => {
  it('prints the usage with no command: exit 2', async () => {
    const { code, stderr } = await cli();
    assert.equal(code, 2);
    assert.match(stderr, /^Usage:\n/);
    assert.match(stderr, /cookie-elements schema/);
  });

  it('names an unknown command: exit 2 with the usage', async () => {
    const { code, stdout, stderr } = await cli('lint', DUMKA);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /unknown command "lint"/);
    assert.match(stderr, /Usage:\n {2}cookie-elements validate <registry\.json>/);
  });

  it('prints the committed registry.schema.json with "schema"', async () => {
    const { code, stdout, stderr } = await cli('schema');
    assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(stdout), await readJson('registry.schema.json'));
  });

  it("prints package.json's version with --version", async () => {
    const { code, stdout } = await cli('--version');
    assert.equal(code, 0);
    assert.equal(stdout.trim(), (await readJson('package.json')).version);
  });
});

describe('cookie-elements hash', () => {
  it("prints a valid registry's hash alone: the one the browser computes for the same document", async () => {
    const file = await temp('spaced.json', `\uFEFF${JSON.stringify(await readJson(DUMKA), null, 4)}`);
    const { code, stdout, stderr } = await cli('hash', file);
    assert.equal(code, 0, stderr);
    // The browser hashes the page's document as JSON.stringify writes it (src/consent/store.ts):
    // layout, indentation and a byte order mark do not change it; the key order is the file's.
    const { registryHash } = await import(new URL('dist/registry.js', `file://${root}`).href);
    assert.equal(stdout, `${registryHash(await readJson(DUMKA))}\n`);
    const validated = await cli('validate', DUMKA);
    assert.ok(validated.stdout.trimEnd().endsWith(`; hash ${stdout.trim()}`), validated.stdout);
  });

  it('prints no hash for an invalid registry: exit 1 and its problems', async () => {
    const { code, stdout, stderr } = await cli('hash', await temp('broken.json', await brokenDumka()));
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /no hash for an invalid registry/);
    for (const path of BROKEN_PATHS) assert.ok(stderr.includes(path), `${path} in ${stderr}`);
  });

  it('takes exactly one file', async () => {
    const { code, stderr } = await cli('hash', DUMKA, DPOKIT);
    assert.equal(code, 2);
    assert.match(stderr, /name one registry file/);
  });
});

describe('cookie-elements snippet', () => {
  /** The snippet's three tags: the registry script (its attributes and JSON), the preloader's text, the module's src. */
  function parse(html) {
    const registry =
      /^<script type="application\/json" data-cookie-registry data-cookie-validated="(\w+)">(.*)<\/script>$/m.exec(
        html,
      );
    const preloader = /^<script>(.*)<\/script>$/m.exec(html);
    const module = /^<script type="module" src="([^"]*)"><\/script>$/m.exec(html);
    return { hash: registry?.[1], json: registry?.[2], preloader: preloader?.[1], src: module?.[1] };
  }

  it('prints the registry with the hash `hash` prints, the preloader of the built chunks, and the drop-in from --src', async () => {
    const { code, stdout, stderr } = await cli('snippet', DUMKA, '--src', '/assets/ce/cookie-elements.js');
    assert.equal(code, 0, stderr);
    const { hash, json, preloader, src } = parse(stdout);
    assert.equal(hash, (await cli('hash', DUMKA)).stdout.trim());
    assert.deepEqual(JSON.parse(json), await readJson(DUMKA));
    assert.equal(src, '/assets/ce/cookie-elements.js');
    // The chunks it names are beside the drop-in (--src's folder), and they exist in this build.
    const manifest = await readJson('dist/drop-in.json');
    assert.ok(existsSync(join(root, 'dist', manifest.ui)), manifest.ui);
    assert.ok(preloader.includes(`href:"/assets/ce/"+f`), preloader);
    assert.ok(preloader.includes(`p("${manifest.ui}")`), preloader);
    for (const locale of manifest.locales)
      assert.ok(existsSync(join(root, 'dist', manifest.localeModule.replace('{locale}', locale))), locale);
    // It checks the registry's own consent cookie name.
    assert.ok(preloader.includes('k("dumka_cc_cookie")'), preloader);
    // The CSP source on stderr is the hash of the inline script as printed.
    const digest = createHash('sha256').update(preloader).digest('base64');
    assert.match(stderr, new RegExp(`'sha256-${digest.replace(/[+/]/g, '\\$&')}'`));
  });

  it('defaults to the pinned jsDelivr URL of this version; --no-preload leaves the preloader out', async () => {
    const { version } = await readJson('package.json');
    const { code, stdout, stderr } = await cli('snippet', DUMKA, '--no-preload');
    assert.equal(code, 0, stderr);
    const { preloader, src } = parse(stdout);
    assert.equal(src, `https://cdn.jsdelivr.net/npm/cookie-elements@${version}/dist/cookie-elements.js`);
    assert.equal(preloader, undefined);
    assert.equal(stderr, '');
  });

  it('escapes what could end the inline scripts early', async () => {
    const registry = await readJson(DUMKA);
    registry.categories[0].description = { en: 'Essential </script><script>alert(1)</script>' };
    registry.detection = { order: ['cookie'], lookupCookie: '</script>' };
    const { code, stdout, stderr } = await cli(
      'snippet',
      await temp('tags.json', JSON.stringify(registry)),
      '--src',
      '/x/a".js',
    );
    assert.equal(code, 0, stderr);
    assert.equal(stdout.match(/<\/script>/g).length, 3, stdout);
    assert.deepEqual(JSON.parse(parse(stdout).json), registry);
    assert.match(stdout, /src="\/x\/a&quot;.js"/);
  });

  it('prints no snippet for an invalid registry: exit 1 and its problems', async () => {
    const { code, stdout, stderr } = await cli('snippet', await temp('broken.json', await brokenDumka()));
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /no snippet for an invalid registry/);
  });

  it('takes exactly one file, and names an option it does not know', async () => {
    assert.match((await cli('snippet', DUMKA, DPOKIT)).stderr, /name one registry file/);
    const unknown = await cli('snippet', DUMKA, '--base', '/x/');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown option or missing value: --base/);
    assert.equal((await cli('snippet', DUMKA, '--src')).code, 2);
  });
});
