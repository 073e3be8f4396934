// The package as npm publishes it (`npm pack`), checked from a consumer's side: what ships, that
// every `exports` entry resolves with its types, that the types compile in a strict TypeScript
// project (and reject a wrong use), the framework types and editor data generated from the
// manifest (scripts/framework-types.mjs), `sideEffects`, and the packed drop-in in Chromium.
// Needs the build (`npm test` builds first); builds itself when an `exports` target is missing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { CSP, inlineJson } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const repoPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const TSC = join(root, 'node_modules/typescript/bin/tsc');
const TAGS = ['cookie-banner', 'cookie-gate', 'cookie-settings', 'cookie-table'];

/** Every file under `dir`, as `/`-separated paths relative to it. */
function filesUnder(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path).split(sep).join('/')];
  });
}

/** Every target path of an `exports` value, with the conditions that lead to it. */
function exportTargets(value, conditions = []) {
  if (typeof value === 'string') return [{ target: value, conditions }];
  return Object.entries(value).flatMap(([condition, inner]) => exportTargets(inner, [...conditions, condition]));
}

/** A package.json `sideEffects` glob as a RegExp over `./`-relative paths (`*`: within a folder, `**`: any). */
function globRegExp(glob) {
  const source = glob
    .replace(/^\.\//, '')
    .split(/(\*\*\/?|\*)/)
    .map((part) =>
      part === '**/' || part === '**'
        ? '(?:.*/)?'
        : part === '*'
          ? '[^/]*'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}
/** Whether the packed package.json's `sideEffects` lists `path` (relative to the package). */
const hasSideEffects = (path) => pkg.sideEffects.some((glob) => globRegExp(glob).test(path.replace(/^\.\//, '')));

/** Runs `tsc -p <project>`; resolves with its exit code and output (whatever the code). */
function tsc(project) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [TSC, '-p', project, '--pretty', 'false'],
      { cwd: dirname(project), timeout: 180_000 },
      (error, stdout) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? error.code : 0, output: stdout });
      },
    );
  });
}

/** tsc's errors, `file(line,column): error TS…` (file relative to the project). */
const errorLines = (output) => output.split('\n').filter((line) => /\): error TS\d+/.test(line));

// ---- the packed package, unpacked into a consumer project ----

let work; // temporary directory
let consumer; // the consumer project
let pkgDir; // node_modules/cookie-elements in it: the unpacked tarball
let packed; // the files in the tarball (relative paths)
let pkg; // the packed package.json

before(() => {
  const missing = exportTargets(repoPkg.exports).filter(({ target }) => !existsSync(join(root, target)));
  if (missing.length) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });

  work = mkdtempSync(join(tmpdir(), 'cookie-elements-package-'));
  // --ignore-scripts: `prepare` would build again (and print to stdout, before the JSON).
  const [info] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  consumer = join(work, 'consumer');
  pkgDir = join(consumer, 'node_modules/cookie-elements');
  mkdirSync(pkgDir, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, info.filename), '-C', pkgDir, '--strip-components=1']);
  packed = filesUnder(pkgDir);
  pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  // The package's dependencies, from the repository (a consumer's npm install would put them here).
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit', 'zod']) {
    mkdirSync(dirname(join(consumer, 'node_modules', name)), { recursive: true });
    if (existsSync(join(root, 'node_modules', name))) {
      symlinkSync(join(root, 'node_modules', name), join(consumer, 'node_modules', name), 'dir');
    }
  }
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Writes `files` (path → text) into the consumer project. */
function write(files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(consumer, path)), { recursive: true });
    writeFileSync(join(consumer, path), text);
  }
}

/** A strict tsconfig for `files`, as a consumer with a bundler writes it; returns its path. */
function project(name, files, compilerOptions = {}) {
  write({
    [name]: JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        resolveJsonModule: true,
        types: [],
        ...compilerOptions,
      },
      files,
    }),
  });
  return join(consumer, name);
}

describe('the packed package', () => {
  it('holds every exports target, each object entry with `types` first', () => {
    for (const [subpath, value] of Object.entries(pkg.exports)) {
      if (typeof value === 'object') assert.equal(Object.keys(value)[0], 'types', `exports["${subpath}"]: types first`);
      for (const { target } of exportTargets(value)) {
        assert.ok(
          packed.includes(target.replace(/^\.\//, '')),
          `exports["${subpath}"] → ${target} is not in the package`,
        );
      }
    }
  });

  it('has the .d.ts of every JavaScript export, and the files its other fields name', () => {
    for (const [subpath, value] of Object.entries(pkg.exports)) {
      const targets = exportTargets(value);
      if (!targets.some(({ target }) => target.endsWith('.js'))) continue;
      const types = targets.find(({ conditions }) => conditions.includes('types'));
      assert.ok(types?.target.endsWith('.d.ts'), `exports["${subpath}"] has no .d.ts`);
    }
    for (const field of ['main', 'module', 'types', 'customElements', 'web-types']) {
      assert.ok(packed.includes(pkg[field].replace(/^\.\//, '')), `"${field}": ${pkg[field]} is not in the package`);
    }
    for (const bin of Object.values(pkg.bin)) assert.ok(packed.includes(bin.replace(/^\.\//, '')), bin);
  });

  it('exports one registration module per element, and the drop-in', () => {
    for (const tag of TAGS) {
      assert.deepEqual(exportTargets(pkg.exports[`./${tag}.js`]), [
        { target: `./dist/types/components/${tag}/define.d.ts`, conditions: ['types'] },
        { target: `./dist/elements/${tag}.js`, conditions: ['default'] },
      ]);
    }
    assert.equal(pkg.exports['./cookie-elements.js'].default, './dist/cookie-elements.js');
  });

  it('ships nothing it does not need', () => {
    const allowed =
      /^(?:package\.json|README\.md|LICENSE|registry\.schema\.json|custom-elements\.json|(?:dist|bin|docs)\/.+)$/;
    const unneeded =
      /^(?:test|stories|\.storybook|examples|demo|storybook-static|coverage|src|scripts|locales|seeds)\/|(?:^|\/)node_modules\/|\.(?:test|spec|stories)\.[cm]?[jt]sx?$|\.tsbuildinfo$/;
    assert.deepEqual(
      packed.filter((path) => !allowed.test(path) || unneeded.test(path)),
      [],
    );
  });
});

// ---- sideEffects ----

/** Modules whose evaluation is their purpose: the core starts, the UI layer and the registration modules define. */
const EFFECT_SOURCES =
  /(?:^|\/)src\/(?:core|ui|index|cookie-elements)\.ts$|(?:^|\/)src\/components\/[^/]+\/define\.ts$/;
/** `import "x"` with nothing imported: kept by a bundler only if x is marked as having side effects. */
const bareImports = (code) => [...code.matchAll(/(?:^|[;\n}])\s*import\s*(['"])([^'"]+)\1/g)].map((match) => match[2]);

describe('sideEffects', () => {
  /** The JavaScript of the npm build: entries and their shared chunks (not the drop-in). */
  const npmBuild = () =>
    packed.filter(
      (path) => /^dist\/(?:[^/]+|elements\/[^/]+|lib\/[^/]+)\.js$/.test(path) && path !== 'dist/cookie-elements.js',
    );
  /** The sources of a built file, from its source map (none without one: re-export facades). */
  const sources = (path) =>
    packed.includes(`${path}.map`) ? JSON.parse(readFileSync(join(pkgDir, `${path}.map`), 'utf8')).sources : [];

  it('marks the entries whose import does something, and not the registry tools', () => {
    for (const path of [
      'dist/core.js',
      'dist/index.js',
      'dist/cookie-elements.js',
      ...TAGS.map((tag) => `dist/elements/${tag}.js`),
    ]) {
      assert.ok(hasSideEffects(path), `${path} must be listed`);
    }
    assert.ok(!hasSideEffects('dist/registry.js'), 'dist/registry.js has no side effects');
  });

  it('marks every npm-build chunk holding the core start or a registration, and no other', () => {
    const found = [];
    for (const path of npmBuild()) {
      const effects = sources(path).filter((source) => EFFECT_SOURCES.test(source));
      found.push(...effects);
      if (effects.length) assert.ok(hasSideEffects(path), `${path} (${effects.join(', ')}) must be listed`);
      else if (path.startsWith('dist/lib/'))
        assert.ok(!hasSideEffects(path), `${path} is listed but has no side effects`);
    }
    // Found through the source maps: without them this test would see nothing.
    for (const source of ['src/core.ts', 'src/ui.ts', ...TAGS.map((tag) => `src/components/${tag}/define.ts`)]) {
      assert.ok(
        found.some((path) => path.endsWith(source)),
        `${source}: in no built file's source map`,
      );
    }
  });

  it('marks every file that another imports only for its side effects', () => {
    for (const path of packed.filter((p) => p.endsWith('.js') && p.startsWith('dist/'))) {
      for (const specifier of bareImports(readFileSync(join(pkgDir, path), 'utf8'))) {
        if (!specifier.startsWith('.')) continue;
        const target = normalize(join(dirname(path), specifier))
          .split(sep)
          .join('/');
        assert.ok(hasSideEffects(target), `${path} imports ${target} for its side effects: it must be listed`);
      }
    }
  });

  it('marks the whole drop-in (a finished browser build), but not its locale modules', () => {
    const chunks = packed.filter((p) => /^dist\/chunks\/[^/]+\/[^/]+\.js$/.test(p));
    const locales = packed.filter((p) => /^dist\/chunks\/[^/]+\/locales\/[^/]+\.js$/.test(p));
    assert.ok(
      chunks.some((p) => p.endsWith('/ui.js')) && locales.some((p) => p.endsWith('/de.js')),
      'no chunks packed',
    );
    for (const path of chunks) assert.ok(hasSideEffects(path), path);
    for (const path of locales) assert.ok(!hasSideEffects(path), path);
  });

  it('marks every module of src/ that src/ or stories/ import for its side effects (the build and Storybook read the list too)', () => {
    const files = ['src', 'stories'].flatMap((dir) => filesUnder(join(root, dir)).map((path) => `${dir}/${path}`));
    // src/types/: type glue, never bundled.
    for (const path of files.filter((p) => /\.ts$/.test(p) && !/\/generated\/|^src\/types\//.test(p))) {
      for (const specifier of bareImports(readFileSync(join(root, path), 'utf8'))) {
        const target = normalize(join(dirname(path), specifier))
          .split(sep)
          .join('/')
          .replace(/\.js$/, '.ts');
        if (!specifier.startsWith('.') || !target.startsWith('src/')) continue;
        assert.ok(hasSideEffects(target), `${path} imports ${target} for its side effects: it must be listed`);
      }
    }
  });
});

// ---- types ----

/**
 * Each framework's types, from the repository when it has them, else a stub of just what the
 * generated file uses (enough to type-check it; the real typings are checked where present).
 * `props(tag)` is the type of an element's props in that framework.
 */
const FRAMEWORKS = {
  react: {
    package: '@types/react',
    stub: {
      'index.d.ts': `export interface HTMLAttributes<T> { className?: string; id?: string; onClick?: (event: Event & { currentTarget: T }) => void }
export type DetailedHTMLProps<E, T> = E & { ref?: ((instance: T | null) => void) | null; key?: string | number };
export namespace JSX { interface IntrinsicElements {} }
`,
    },
    import: `import type { JSX } from 'react';`,
    props: (tag) => `JSX.IntrinsicElements['${tag}']`,
  },
  preact: {
    package: 'preact',
    stub: {
      'index.d.ts': `export interface HTMLAttributes<T extends EventTarget = EventTarget> { class?: string; id?: string; ref?: { current: T | null } }
export namespace JSX { interface IntrinsicElements {} }
`,
    },
    import: `import type { JSX } from 'preact';`,
    props: (tag) => `JSX.IntrinsicElements['${tag}']`,
  },
  vue: {
    package: 'vue',
    stub: {
      'index.d.ts': `export type PublicProps = { key?: string | number };
export interface HTMLAttributes { class?: unknown; id?: string }
export type EmitFn<E> = <K extends keyof E>(event: K, ...args: E[K] extends (...args: infer A) => unknown ? A : never) => void;
export interface GlobalComponents {}
`,
    },
    import: `import type { GlobalComponents } from 'vue';`,
    props: (tag) => `InstanceType<GlobalComponents['${tag}']>['$props']`,
    camelCase: true,
  },
  svelte: {
    package: 'svelte',
    stub: {
      'package.json': JSON.stringify({ name: 'svelte', exports: { './elements': { types: './elements.d.ts' } } }),
      'elements.d.ts': `export interface HTMLAttributes<T extends EventTarget> { class?: string | null; id?: string | null; onclick?: (event: MouseEvent & { currentTarget: T }) => void }
export interface SvelteHTMLElements { [name: string]: { [name: string]: any } }
`,
    },
    import: `import type { SvelteHTMLElements } from 'svelte/elements';`,
    props: (tag) => `SvelteHTMLElements['${tag}']`,
  },
};
const realFramework = (name) => existsSync(join(root, 'node_modules', FRAMEWORKS[name].package, 'package.json'));

/** Installs each framework's types in the consumer: the repository's, else the stub. */
function installFrameworks() {
  for (const [name, framework] of Object.entries(FRAMEWORKS)) {
    const target = join(consumer, 'node_modules', framework.package);
    mkdirSync(dirname(target), { recursive: true });
    if (realFramework(name)) {
      symlinkSync(join(root, 'node_modules', framework.package), target, 'dir');
    } else {
      const stub = {
        'package.json': JSON.stringify({ name: framework.package, types: 'index.d.ts' }),
        ...framework.stub,
      };
      write(
        Object.fromEntries(
          Object.entries(stub).map(([file, text]) => [`node_modules/${framework.package}/${file}`, text]),
        ),
      );
    }
  }
}

/** Uses of every entry and its API: they must compile. */
const ENTRIES = `import cookieElements, { CONSENT_METHODS, type ConsentDetail } from 'cookie-elements/core';
import full, { CookieBanner, CookieSettings, CookieTable, CookieGate, BANNER_LAYOUTS, type BannerLayout } from 'cookie-elements';
import { validateRegistry, registryJsonSchema, type Registry } from 'cookie-elements/registry';
import 'cookie-elements/cookie-banner.js';
import 'cookie-elements/cookie-settings.js';
import 'cookie-elements/cookie-table.js';
import 'cookie-elements/cookie-gate.js';
import 'cookie-elements/cookie-elements.js';
import schema from 'cookie-elements/registry.schema.json';
import manifest from 'cookie-elements/custom-elements.json';
import packageJson from 'cookie-elements/package.json';

const unsubscribe: () => void = cookieElements.onConsent((d) => d.categories);
unsubscribe();
document.addEventListener('cookie-consent-change', (e) => e.detail.decided);
window.addEventListener('cookie-consent-ready', (e) => e.detail.revision);
document.createElement('cookie-banner').layout = 'box';
document.createElement('cookie-settings').open = true;
document.createElement('cookie-table').headingLevel = 2;
document.createElement('cookie-gate').service = 'youtube';
document.querySelector('cookie-banner')?.addEventListener('cookie-hide', (e) => e.detail.source);
const same: typeof cookieElements = full;
const layout: BannerLayout = BANNER_LAYOUTS[0];
const classes: CustomElementConstructor[] = [CookieBanner, CookieSettings, CookieTable, CookieGate];
const detail: Promise<ConsentDetail> = cookieElements.ready;
const ok: boolean = validateRegistry({}).ok;
const registry: Registry | undefined = undefined;
export { same, layout, classes, detail, ok, registry, CONSENT_METHODS, registryJsonSchema, schema, manifest, packageJson };
`;

/** The full entry alone: its types must hold every tag (in a program of its own). */
const FULL_ENTRY = `import 'cookie-elements';
document.createElement('cookie-banner').reopen = true;
document.createElement('cookie-settings').inline = true;
document.createElement('cookie-table').hideUpdated = true;
document.createElement('cookie-gate').label = 'Video';
`;

/** Wrong uses, one a line, each with the error tsc must report on it. */
const WRONG_ENTRIES = [
  [`document.createElement('cookie-banner').layout = 'sideways';`, /"sideways"/],
  [`document.createElement('cookie-settings').open = 'yes';`, /'string' is not assignable to type 'boolean'/],
  [`document.addEventListener('cookie-consent-change', (e) => e.detail.nope);`, /'nope' does not exist/],
];

/** A framework's props in use, right (`good`) and wrong (one a line, with the error each must get). */
function frameworkUses(name) {
  const framework = FRAMEWORKS[name];
  const prop = (attribute) => {
    const key = framework.camelCase ? attribute.replace(/-([a-z])/g, (_, c) => c.toUpperCase()) : attribute;
    return /^[a-z]+$/i.test(key) ? key : `'${key}'`;
  };
  const header = `import type {} from 'cookie-elements/types/${name}';
${framework.import}
type Banner = ${framework.props('cookie-banner')};
type Table = ${framework.props('cookie-table')};
${name === 'vue' ? `declare const element: InstanceType<GlobalComponents['cookie-banner']>;\n` : ''}`;
  // Custom events: \`on\` + the event name (React, Preact, Svelte 5), \`on:\` + it (Svelte 4), $emit (Vue).
  const onHide = name === 'vue' ? '' : `, 'oncookie-hide': (event) => event.detail.source`;
  const good = `${header}export const banner: Banner = { layout: 'box', reopen: true, ${prop('reload-on-withdraw')}: true${onHide} };
export const table: Table = { ${prop('heading-level')}: 3, ${prop('hide-updated')}: true, category: 'analytics' };
${
  name === 'svelte'
    ? `export const legacy: Banner = { 'on:cookie-show': (event) => event.detail.source };\n`
    : name === 'vue'
      ? `declare const hide: import('cookie-elements').CookieHideEvent;\nelement.$emit('cookie-hide', hide);\n`
      : ''
}`;
  const wrong = [
    [`export const b1: Banner = { layout: 'sideways' };`, /"sideways"/],
    [`export const b2: Banner = { reopen: 'yes' };`, /'string' is not assignable to type 'boolean/],
    [`export const b3: Table = { ${prop('heading-level')}: 'x' };`, /"x"/],
    name === 'vue'
      ? [`element.$emit('cookie-nope', new Event('x'));`, /No overload matches this call|"cookie-nope"/]
      : [`export const b4: Banner = { 'oncookie-hide': (event: MouseEvent) => event };`, /MouseEvent/],
  ];
  return { good, header, wrong };
}

/** A file of wrong uses after `header`, and a check that tsc reported each, and nothing else, in it. */
function wrongFile(name, header, wrong) {
  const first = header.split('\n').length; // the first wrong line (1-based) follows the header
  return {
    text: `${header}${wrong.map(([code]) => code).join('\n')}\n`,
    check(errors) {
      const mine = errors.filter((error) => error.startsWith(`${name}(`));
      wrong.forEach(([code, message], index) => {
        const reported = mine.filter((error) => error.startsWith(`${name}(${first + index},`));
        assert.ok(
          reported.some((error) => message.test(error)),
          `${name}: no error for: ${code}\n${mine.join('\n')}`,
        );
      });
      assert.equal(mine.length, wrong.length, mine.join('\n'));
    },
  };
}

describe('types in a consumer project (tsc: strict, moduleResolution "bundler", skipLibCheck false)', () => {
  // Three programs, run once: everything that must compile (with the libraries' .d.ts checked too),
  // the full entry on its own, and every wrong use (each must get its error).
  const results = {};
  const wrongFiles = {};
  const hasReact = realFramework('react');
  const hasPreact = realFramework('preact');

  before(async () => {
    installFrameworks();
    const good = { 'entries.ts': ENTRIES };
    const wrong = {};
    wrongFiles['wrong-entries.ts'] = wrongFile('wrong-entries.ts', `import 'cookie-elements';\n`, WRONG_ENTRIES);
    for (const name of Object.keys(FRAMEWORKS)) {
      const uses = frameworkUses(name);
      good[`${name}.ts`] = uses.good;
      wrongFiles[`wrong-${name}.ts`] = wrongFile(`wrong-${name}.ts`, uses.header, uses.wrong);
    }
    if (hasReact) {
      good['react-app.tsx'] = `import type {} from 'cookie-elements/types/react';
import type { CookieHideEvent } from 'cookie-elements';
export const App = () => (
  <>
    <cookie-banner layout="box" reopen oncookie-hide={(event: CookieHideEvent) => event.detail.source} />
    <cookie-settings inline ref={(el) => void el?.open} onChange={(event) => event.currentTarget.open} />
    <cookie-table heading-level={3} hide-updated className="policy" />
    <cookie-gate category="marketing" service="youtube" label="Video: our office tour">
      <template />
    </cookie-gate>
  </>
);
`;
      wrongFiles['wrong-react-app.tsx'] = wrongFile(
        'wrong-react-app.tsx',
        `import type {} from 'cookie-elements/types/react';\n`,
        [[`export const Wrong = () => <cookie-banner layout="sideways" />;`, /"sideways"/]],
      );
    }
    if (hasPreact) {
      good['preact-app.tsx'] = `/** @jsxImportSource preact */
import type {} from 'cookie-elements/types/preact';
export const App = () => <cookie-banner layout="box" reopen oncookie-hide={(event) => event.detail.source} />;
`;
    }
    for (const [file, { text }] of Object.entries(wrongFiles)) wrong[file] = text;
    write({ ...good, ...wrong, 'full.ts': FULL_ENTRY });

    const jsx = { jsx: 'react-jsx', skipDefaultLibCheck: true };
    [results.good, results.full, results.wrong] = await Promise.all([
      tsc(project('tsconfig.good.json', Object.keys(good), jsx)),
      tsc(project('tsconfig.full.json', ['full.ts'], { skipLibCheck: true })),
      tsc(project('tsconfig.wrong.json', Object.keys(wrong), { ...jsx, skipLibCheck: true })),
    ]);
  });

  /** tsc's errors in `file` of the program that must compile. */
  const goodErrors = (file) => errorLines(results.good.output).filter((error) => error.startsWith(`${file}(`));

  it('every entry compiles, with its API in use', () => {
    assert.deepEqual(goodErrors('entries.ts'), []);
  });

  it('the libraries’ declarations type-check (ours, and those they import)', () => {
    const elsewhere = errorLines(results.good.output).filter((error) => !/^[\w-]+\.tsx?\(/.test(error));
    assert.deepEqual(elsewhere, []);
    assert.equal(results.good.code, 0, results.good.output);
  });

  it('the full entry alone types every tag (createElement, querySelector)', () => {
    assert.equal(results.full.code, 0, results.full.output);
  });

  it('a wrong use is a type error (so these checks can fail)', () => {
    assert.notEqual(results.wrong.code, 0, 'tsc accepted every wrong use');
    wrongFiles['wrong-entries.ts'].check(errorLines(results.wrong.output));
  });

  for (const name of Object.keys(FRAMEWORKS)) {
    it(`${name}: the generated types file type-checks, and types every element's attributes and events`, (t) => {
      if (!realFramework(name))
        t.diagnostic(`${FRAMEWORKS[name].package} is not installed: checked against a stub of its types`);
      assert.deepEqual(goodErrors(`${name}.ts`), []);
      wrongFiles[`wrong-${name}.ts`].check(errorLines(results.wrong.output));
    });
  }

  it(
    'React 19 JSX: <cookie-banner layout="box" reopen /> and friends compile, a wrong value does not',
    {
      skip:
        !hasReact &&
        '@types/react is not installed in this repository (the React JSX check needs its JSX runtime types)',
    },
    () => {
      assert.deepEqual(goodErrors('react-app.tsx'), []);
      wrongFiles['wrong-react-app.tsx'].check(errorLines(results.wrong.output));
    },
  );

  it(
    'Preact JSX compiles',
    {
      skip: !hasPreact && 'preact is not installed in this repository (its types file is checked against a stub above)',
    },
    () => assert.deepEqual(goodErrors('preact-app.tsx'), []),
  );
});

describe('editor data (generated from custom-elements.json)', () => {
  const manifestElements = () => {
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'custom-elements.json'), 'utf8'));
    return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
  };

  it('VS Code custom data lists every tag with its attributes, values and descriptions', () => {
    const data = JSON.parse(
      readFileSync(join(pkgDir, pkg.exports['./vscode.html-custom-data.json'].replace(/^\.\//, '')), 'utf8'),
    );
    assert.equal(data.version, 1.1);
    assert.deepEqual(data.tags.map((tag) => tag.name).sort(), TAGS);
    for (const element of manifestElements()) {
      const tag = data.tags.find((t) => t.name === element.tagName);
      assert.match(tag.description.value, /\S/);
      assert.deepEqual(
        tag.attributes.map((a) => a.name).sort(),
        [...new Set(element.attributes.map((a) => a.name))].sort(),
        element.tagName,
      );
      for (const attribute of tag.attributes)
        assert.match(attribute.description, /\S/, `${element.tagName} ${attribute.name}`);
    }
    const banner = data.tags.find((tag) => tag.name === 'cookie-banner');
    assert.deepEqual(banner.attributes.find((a) => a.name === 'layout').values, [
      { name: 'bar' },
      { name: 'box' },
      { name: 'modal' },
    ]);
    assert.equal(banner.attributes.find((a) => a.name === 'reopen').valueSet, 'v');
  });

  it('JetBrains web-types lists every tag with its attributes, events, parts and custom properties', () => {
    assert.equal(pkg['web-types'], pkg.exports['./web-types.json']);
    const data = JSON.parse(readFileSync(join(pkgDir, pkg['web-types']), 'utf8'));
    assert.equal(data.name, pkg.name);
    assert.equal(data.version, pkg.version);
    const elements = data.contributions.html.elements;
    assert.deepEqual(elements.map((element) => element.name).sort(), TAGS);
    for (const element of manifestElements()) {
      const entry = elements.find((e) => e.name === element.tagName);
      assert.deepEqual(
        entry.attributes.map((a) => a.name).sort(),
        [...new Set(element.attributes.map((a) => a.name))].sort(),
      );
      assert.deepEqual(
        entry.events.map((e) => e.name),
        (element.events ?? []).map((e) => e.name),
      );
      assert.deepEqual(
        entry.css.parts.map((p) => p.name),
        (element.cssParts ?? []).map((p) => p.name),
      );
      assert.deepEqual(
        entry.css.properties.map((p) => p.name),
        (element.cssProperties ?? []).map((p) => p.name),
      );
    }
    const layout = elements.find((e) => e.name === 'cookie-banner').attributes.find((a) => a.name === 'layout');
    assert.equal(layout.value.type, "'bar' | 'box' | 'modal'");
  });
});

// ---- the drop-in, packed, in a page ----

describe('the packed drop-in from a plain <script type="module">', () => {
  let browser;
  let server;
  let origin;
  const PREFIX = '/node_modules/cookie-elements/';

  before(async () => {
    const registry = JSON.parse(readFileSync(join(root, 'examples/registries/dumka.json'), 'utf8'));
    const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Packed drop-in</title>
<link rel="icon" href="data:,">
<script type="application/json" data-cookie-registry>${inlineJson(registry)}</script>
<script type="module" src="${PREFIX}dist/cookie-elements.js"></script>
</head>
<body>
<cookie-banner reopen></cookie-banner>
<main><a href="#" data-cookie-settings>Cookie settings</a><cookie-table></cookie-table></main>
</body>
</html>
`;
    const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
    server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
      if (path === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
        return response.end(page);
      }
      const file = path.startsWith(PREFIX) && normalize(path.slice(PREFIX.length)).split(sep).join('/');
      if (file && packed.includes(file)) {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        return response.end(readFileSync(join(pkgDir, file)));
      }
      response.writeHead(404).end();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  });

  it('asks, decides and opens the settings, requesting nothing but its own files under dist/', async (t) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const requests = [];
      const problems = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on(
        'response',
        (response) => response.status() !== 200 && problems.push(`${response.status()} ${response.url()}`),
      );
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()} ${m.location().url}`));

      await page.goto(`${origin}/`);
      await page.locator('cookie-banner [part~="accept-button"]').click();
      await page.locator('cookie-table [part~="table"]').first().waitFor();
      await page.locator('a[data-cookie-settings]').click();
      await page.locator('cookie-settings [part~="dialog"]').waitFor({ state: 'visible' });
      const consent = await page.evaluate(() => window.cookieElements.getConsent());
      assert.equal(consent.decided, true);
      assert.equal(consent.method, 'accept-all');

      assert.deepEqual(problems, []);
      const outside = requests.filter((url) => {
        const { origin: o, pathname } = new URL(url);
        return o !== origin || (pathname !== '/' && !pathname.startsWith(`${PREFIX}dist/`));
      });
      assert.deepEqual(outside, [], 'requests outside the package dist/');
      const loaded = requests
        .map((url) => new URL(url).pathname.slice(PREFIX.length))
        .filter((path) => path.startsWith('dist/'));
      t.diagnostic(`loaded: ${loaded.join(', ')}`);
      assert.equal(loaded[0], 'dist/cookie-elements.js');
      assert.ok(
        loaded.some((path) => path.startsWith('dist/chunks/')),
        `no lazily loaded chunk: ${loaded.join(', ')}`,
      );
    } finally {
      await context.close();
    }
  });
});
