// The documentation in docs/: the generated registry reference is up to date, every relative link
// and #anchor resolves as GitHub renders it, the index lists every page, and the migration
// converter turns sample configs into registries that pass the validator.
// Needs the build (`npm run build`): the reference and the validator come from dist/registry.js.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docs = join(root, 'docs');
const pages = readdirSync(docs)
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(docs, name));

/** Runs a script of the repository; resolves with its exit code and output, whatever the code. */
function node(...args) {
  return new Promise((done, fail) => {
    execFile(process.execPath, args, { cwd: root, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') fail(error);
      else done({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

let registry;
before(async () => {
  assert.ok(existsSync(join(root, 'dist/registry.js')), 'dist/registry.js is missing: run "npm run build" first');
  registry = await import(new URL('dist/registry.js', `file://${root}`).href);
});

describe('docs/registry.md', () => {
  it('holds the reference generated from the current schema (--check)', async () => {
    const { code, stdout, stderr } = await node('scripts/docs/registry-reference.mjs', '--check');
    assert.equal(code, 0, stdout + stderr);
  });

  it('documents every field of the schema: the generator fails, naming a field without a meaning', async () => {
    const { renderReference } = await import('../../scripts/docs/registry-reference.mjs');
    const schema = registry.registryJsonSchema();
    assert.match(renderReference(schema, registry), /\| `thirdParty` +\|/);
    schema.properties.entries.items.properties.sameSite = { type: 'string' };
    assert.throws(() => renderReference(schema, registry), /entries\[\]\.sameSite: no meaning/);
    delete schema.properties.entries.items.properties.sameSite;
    delete schema.properties.updated;
    assert.throws(() => renderReference(schema, registry), /updated: described in .*but the schema has no such field/);
  });

  it('prints defaults from the package constants', async () => {
    const text = readFileSync(join(docs, 'registry.md'), 'utf8');
    assert.match(
      text,
      new RegExp(`\\| \`maxAgeDays\` +\\|[^\\n]*\\| \`${registry.DEFAULT_CONSENT_MAX_AGE_DAYS}\` +\\|`),
    );
    assert.match(text, new RegExp(`\`"${registry.DEFAULT_CONSENT_COOKIE_NAME}"\``));
  });
});

/** Markdown without fenced code blocks (their lines become empty, so line numbers stay). */
function withoutFences(markdown) {
  let fence;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = line.match(/^\s*(`{3,}|~{3,})/)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return '';
      }
      if (marker) {
        fence = marker;
        return '';
      }
      return line;
    })
    .join('\n');
}

/** GitHub's anchor of a heading: its text, lowercased, without punctuation, spaces as hyphens. */
function githubSlug(heading) {
  const text = heading.replace(/(`+)(.*?)\1|<[^>]*>|!?\[([^\]]*)\]\([^)]*\)/g, (_, tick, code, label) =>
    tick ? code : (label ?? ''),
  );
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const anchorCache = new Map();
/** The anchors of a Markdown file: its headings (numbered when repeated, as GitHub does) and `<a id>`s. */
function anchorsOf(file) {
  if (!anchorCache.has(file)) {
    const text = withoutFences(readFileSync(file, 'utf8'));
    const anchors = new Set();
    const counts = new Map();
    for (const [, heading] of text.matchAll(/^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
      const slug = githubSlug(heading);
      const count = counts.get(slug) ?? 0;
      counts.set(slug, count + 1);
      anchors.add(count ? `${slug}-${count}` : slug);
    }
    for (const [, id] of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id);
    anchorCache.set(file, anchors);
  }
  return anchorCache.get(file);
}

/** Every link target of a Markdown page, outside code: inline links, reference definitions, `<a href>`. */
function linksOf(file) {
  const text = withoutFences(readFileSync(file, 'utf8')).replace(/(`+)[^`\n]*?\1/g, '');
  return [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]),
    ...[...text.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ];
}

describe('docs/consent-cookie.md', () => {
  const page = readFileSync(join(docs, 'consent-cookie.md'), 'utf8');
  /** The page's code block under `heading`. */
  const block = (heading, language) => {
    const section = page.slice(page.indexOf(heading));
    return new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```').exec(section)?.[1] ?? '';
  };
  const { readConsent, hashText } = new Function(
    'Buffer',
    `${block('### Reading it on a server', 'js')}\nreturn { readConsent, hashText };`,
  )(Buffer);
  const example = JSON.parse(block('## Value', 'json'));

  it("gives the library's hash: the server's hashText() is the registry hash the CLI prints", () => {
    for (const value of [example, { version: 1, revision: 2, categories: [{ id: 'é', title: '日本語 ✓' }] }]) {
      assert.equal(hashText(JSON.stringify(value)), registry.registryHash(value));
    }
  });

  it('shows a sealed example: its sum is the hash of the other fields, and it is the last field', () => {
    const { sum, ...fields } = example;
    assert.equal(sum, registry.registryHash(fields));
    assert.equal(Object.keys(example).at(-1), 'sum');
  });

  it('reads a sealed value with its server code, and refuses one edited by hand', () => {
    const value = Buffer.from(JSON.stringify(example)).toString('base64url');
    const record = { ...example };
    delete record.sum;
    assert.deepEqual(readConsent(`theme=dark; cookie_consent=${value}`), record);
    const edited = Buffer.from(JSON.stringify(example).replace('"functional":0', '"functional":1')).toString(
      'base64url',
    );
    assert.equal(readConsent(`cookie_consent=${edited}`), null);
    assert.equal(readConsent('cookie_consent=bm90IGpzb24'), null);
  });
});

describe('links in docs/*.md', () => {
  it('finds the pages', () => {
    for (const page of ['README.md', 'getting-started.md', 'registry.md', 'api.md', 'recipes.md', 'compliance.md']) {
      assert.ok(existsSync(join(docs, page)), page);
    }
  });

  it('slugs headings as GitHub does', () => {
    assert.equal(githubSlug('`<cookie-banner>`'), 'cookie-banner');
    assert.equal(githubSlug("Text: overriding the elements' words"), 'text-overriding-the-elements-words');
    assert.equal(githubSlug('`categories[]`'), 'categories');
    assert.equal(githubSlug('`acceptAll()`, `rejectAll()`'), 'acceptall-rejectall');
    assert.equal(githubSlug('1. Add the library'), '1-add-the-library');
    assert.equal(githubSlug('Reading it on a server (Node.js)'), 'reading-it-on-a-server-nodejs');
  });

  for (const page of pages) {
    it(`${relative(root, page)}: every relative link and #anchor resolves`, () => {
      const broken = [];
      for (const link of linksOf(page)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // https:, mailto: …
        const [path, anchor] = link.split('#');
        const target = path ? resolve(dirname(page), decodeURI(path)) : page;
        if (!existsSync(target)) {
          broken.push(`${link}: no such file`);
        } else if (anchor !== undefined && target.endsWith('.md') && statSync(target).isFile()) {
          if (!anchorsOf(target).has(decodeURIComponent(anchor))) broken.push(`${link}: no such heading or anchor`);
        }
      }
      assert.deepEqual(broken, []);
    });
  }

  it('docs/README.md lists every page', () => {
    const listed = new Set(linksOf(join(docs, 'README.md')).map((link) => link.split('#')[0]));
    const missing = pages
      .map((page) => relative(docs, page))
      .filter((name) => name !== 'README.md' && !listed.has(name));
    assert.deepEqual(missing, []);
  });
});

describe('scripts/docs/convert-config.mjs', () => {
  let dir;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cookie-elements-convert-'));
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Converts `source` saved as `name`; returns the registry, the `check:` lines and the validation. */
  async function convert(name, source, ...args) {
    const file = join(dir, name);
    await writeFile(file, source);
    const { code, stdout, stderr } = await node('scripts/docs/convert-config.mjs', file, ...args);
    assert.equal(code, 0, stderr);
    const result = JSON.parse(stdout);
    return { result, checks: stderr, validation: registry.validateRegistry(result) };
  }

  it('turns a vanilla-cookieconsent v3 config (an ES module) into a valid registry', async () => {
    const { result, checks, validation } = await convert(
      'cookieconsent-config.mjs',
      `import 'vanilla-cookieconsent/dist/cookieconsent.css';
import * as CookieConsent from 'vanilla-cookieconsent';

CookieConsent.run({
  revision: 3,
  cookie: { name: 'cc_cookie', expiresAfterDays: 365 },
  guiOptions: { consentModal: { layout: 'box inline', position: 'bottom left' } },
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {
      autoClear: { cookies: [{ name: /^_ga/ }, { name: '_gid' }] },
      services: {
        ga: { label: 'Google Analytics', onAccept: () => {}, onReject: () => {} },
        'Hotjar Recordings': { label: '<b>Hotjar</b>', cookies: [{ name: /^_hj/ }] },
      },
    },
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: { title: 'We use cookies' },
        preferencesModal: {
          sections: [
            { title: 'Strictly necessary', linkedCategory: 'necessary',
              cookieTable: { headers: { name: 'Name', desc: 'Description', exp: 'Expiration' },
                body: [{ name: 'session', desc: 'Keeps you signed in', exp: 'Session' }] } },
            { title: 'Analytics', description: 'How the site is used, <a href="/x">more</a>', linkedCategory: 'analytics',
              cookieTable: { headers: { name: 'Name', desc: 'Description', exp: 'Expiration' },
                body: [{ name: '_ga', desc: 'Tells visitors apart', exp: '2 years' },
                       { name: '_gid', desc: 'Tells visitors apart for a day', exp: '24 hours' }] } },
          ],
        },
      },
      de: {
        consentModal: { title: 'Wir verwenden Cookies' },
        preferencesModal: { sections: [{ title: 'Analyse', linkedCategory: 'analytics',
          cookieTable: { headers: { name: 'Name', desc: 'Beschreibung' }, body: [{ name: '_ga', desc: 'Unterscheidet Besucher' }] } }] },
      },
    },
  },
});
`,
    );
    assert.deepEqual(validation.issues ?? [], []);
    assert.equal(validation.ok, true);
    assert.equal(result.revision, 3);
    assert.deepEqual(result.locales, ['en', 'de']);
    assert.deepEqual(result.consentCookie, { maxAgeDays: 365 });
    assert.deepEqual(
      result.categories.map((c) => [c.id, c.required ?? false, c.title]),
      [
        ['necessary', true, 'Strictly necessary'],
        ['analytics', false, { en: 'Analytics', de: 'Analyse' }],
      ],
    );
    assert.equal(result.categories[1].description, 'How the site is used, more'); // text, never HTML
    assert.deepEqual(
      result.services.map((s) => [s.id, s.name]),
      [
        ['ga', 'Google Analytics'],
        ['hotjar-recordings', 'Hotjar'],
      ],
    );
    const ga = result.entries.find((e) => e.pattern === '^_ga');
    assert.deepEqual(ga, {
      name: '_ga*',
      pattern: '^_ga',
      type: 'cookie',
      category: 'analytics',
      purpose: { en: 'Tells visitors apart', de: 'Unterscheidet Besucher' },
      duration: 'P2Y',
    });
    assert.equal(result.entries.find((e) => e.name === '_gid').duration, 'PT24H');
    assert.equal(result.entries.find((e) => e.name === 'session').category, 'necessary');
    assert.equal(result.entries.find((e) => e.pattern === '^_hj').service, 'hotjar-recordings');
    assert.match(checks, /check: entries: "_hj\*" has no purpose/);
    assert.match(checks, /layout="box"/);
  });

  it('turns a Klaro config (a classic script) into a valid registry', async () => {
    const { result, checks, validation } = await convert(
      'klaro-config.js',
      `var klaroConfig = {
  lang: 'en',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 120,
  privacyPolicy: '/privacy',
  translations: {
    zz: { privacyPolicyUrl: '/privacy' },
    en: {
      purposes: { analytics: { title: 'Analytics', description: 'Visitor statistics' }, marketing: 'Marketing' },
      matomo: { description: 'Collecting visitor statistics' },
    },
    de: { purposes: { analytics: 'Statistik', marketing: 'Marketing' }, matomo: { description: 'Besucherstatistiken' } },
  },
  services: [
    { name: 'matomo', title: 'Matomo', purposes: ['analytics'], cookies: [[/^_pk_.*$/, '/', 'example.com'], 'piwik_ignore'],
      callback: function (consent, service) { console.log(consent, service); } },
    { name: 'youtube', purposes: ['marketing', 'analytics'], default: true },
    { name: 'cloudflare', title: 'Cloudflare', purposes: ['security'], required: true, cookies: ['__cf_bm'] },
    { name: 'googleAnalytics', title: 'Google Analytics', purposes: ['analytics'], cookies: [/^_ga/] },
  ],
};
`,
    );
    assert.deepEqual(validation.issues ?? [], []);
    assert.equal(validation.ok, true);
    assert.equal(result.policyUrl, '/privacy');
    assert.deepEqual(result.consentCookie, { maxAgeDays: 120 });
    assert.deepEqual(
      result.categories.map((c) => [c.id, c.required ?? false, c.title]),
      [
        ['analytics', false, { en: 'Analytics', de: 'Statistik' }],
        ['marketing', false, 'Marketing'],
        ['essential', true, 'Essential'],
      ],
    );
    assert.deepEqual(
      result.services.map((s) => [s.id, s.category]),
      [
        ['matomo', 'analytics'],
        ['youtube', 'marketing'],
        ['cloudflare', 'essential'],
        ['google-analytics', 'analytics'],
      ],
    );
    assert.deepEqual(result.entries[0], {
      name: '_pk_*',
      pattern: '^_pk_.*$',
      type: 'cookie',
      category: 'analytics',
      service: 'matomo',
      purpose: { en: 'Collecting visitor statistics', de: 'Besucherstatistiken' },
      duration: 'persistent',
      domain: 'example.com',
    });
    assert.match(checks, /service "youtube": purposes marketing,analytics/);
    assert.match(checks, /service "youtube": default\/optOut/);
  });

  it('reads JSON, and says what it cannot use', async () => {
    const config = { categories: { analytics: {} }, language: { default: 'en', translations: { en: '/en.json' } } };
    const { result, checks, validation } = await convert('config.json', JSON.stringify(config), '--from', 'vanilla');
    assert.equal(validation.ok, true);
    assert.deepEqual(result.categories, [{ id: 'analytics', title: 'analytics' }]);
    assert.match(checks, /translation "en" is a file or a function/);

    const file = join(dir, 'unknown.json');
    await writeFile(file, JSON.stringify({ hello: 'world' }));
    const { code, stderr } = await node('scripts/docs/convert-config.mjs', file);
    assert.equal(code, 1);
    assert.match(stderr, /pass --from vanilla or --from klaro/);
  });
});

describe('README.md', () => {
  it("quotes the benchmark's last results (bench/results.json) in its comparison table", async () => {
    const { readmeBlock, START } = await import(new URL('bench/readme.mjs', `file://${root}`).href);
    const results = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.ok(readme.includes(START), 'README.md has lost its benchmark block');
    assert.ok(
      readme.includes(readmeBlock(results)),
      'README.md does not say what bench/results.json holds: run `node bench/readme.mjs`',
    );
  });
});
