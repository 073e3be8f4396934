#!/usr/bin/env node
/**
 * `npm run build`:
 * 1. the npm entries (`dist/core.js`, `dist/index.js`, `dist/registry.js`, one registration module per
 *    element in `dist/elements/`, shared chunks in `dist/lib/`),
 *    with lit and zod left to the consumer's bundler (@lit/localize bundled: a private copy);
 * 2. the drop-in `dist/cookie-elements.js`, everything bundled and minified, split so that only the
 *    core loads up front and the rest (validator, writer, later the UI) in chunks beside it
 *    (`dist/chunks/<build id>/`), and its manifest `dist/drop-in.json` (for `cookie-elements snippet`);
 * 3. `.d.ts` types in `dist/types/` (tsc);
 * 4. `custom-elements.json` (the manifest), then from it the framework types in `dist/types/frameworks/`
 *    and the editor data `dist/vscode.html-custom-data.json`, `dist/web-types.json` (framework-types.mjs);
 * 5. `registry.schema.json`, generated from the zod schema.
 * `--schema-only` does step 5 from an existing build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';
import { minifyLiterals } from './build/minify-literals.mjs';
import { explicitMsgIds } from './build/explicit-msg-ids.mjs';
import { localeImports } from './build/locale-imports.mjs';
import { terser } from './build/terser.mjs';
import { writeFrameworkTypes } from './framework-types.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const schemaOnly = process.argv.includes('--schema-only');
const started = performance.now();

/**
 * One npm entry per element, its registration module (`dist/elements/cookie-banner.js` from
 * `src/components/cookie-banner/define.ts`): `import 'cookie-elements/cookie-banner.js'`.
 */
function elementEntries() {
  return Object.fromEntries(
    readdirSync(`${root}src/components`, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`${root}src/components/${entry.name}/define.ts`))
      .map(({ name }) => [`elements/${name}`, `src/components/${name}/define.ts`]),
  );
}

/**
 * The drop-in's build id: 6 characters naming the directory of its chunks (`dist/chunks/<id>/`),
 * a hash of everything its output is made from (the sources, the locked dependencies, the build's
 * own scripts and settings). A cached entry thus never meets chunks of another build, as with a
 * hash in each chunk's name; but the entry names its chunks' directory 10 times, and gzip stores
 * a repeated directory almost for free where each name's own hash cost ~6 bytes (−71 B for a
 * returning visitor).
 */
function buildId() {
  const hash = createHash('sha256');
  const files = (dir) =>
    readdirSync(`${root}${dir}`, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath.slice(root.length)}/${entry.name}`);
  const inputs = [
    ...files('src'),
    ...files('scripts/build'),
    'scripts/build.mjs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'lit-localize.json',
  ];
  for (const file of inputs.map((path) => path.replace(/\\/g, '/')).sort()) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(`${root}${file}`))
      .update('\0');
  }
  return hash.digest('base64url').slice(0, 6);
}

/**
 * `dist/drop-in.json`: what a first visit's banner loads beside the drop-in (the UI chunk, whose
 * name has a hash, and each locale's banner strings), for `cookie-elements snippet` to write the
 * first-visit preloader (src/registry/snippet.ts, `DropInManifest`).
 */
async function writeDropInManifest(output, id) {
  const ui = output.find((file) => file.type === 'chunk' && file.name === 'ui');
  if (!ui) throw new Error('build: the drop-in has no "ui" chunk (codeSplitting.groups)');
  const localeModule = `chunks/${id}/locales/{locale}.js`; // as chunkFileNames names them
  const [before, after] = localeModule.split('{locale}');
  const locales = output
    .filter((file) => file.type === 'chunk' && file.fileName.startsWith(before) && file.fileName.endsWith(after))
    .map((file) => file.fileName.slice(before.length, -after.length))
    .filter((locale) => !locale.includes('.')) // `<locale>.more.js`: the rest of the strings
    .sort();
  const manifest = {
    entry: 'cookie-elements.js',
    ui: ui.fileName,
    sourceLocale: JSON.parse(await readFile(`${root}lit-localize.json`, 'utf8')).sourceLocale,
    locales,
    localeModule,
  };
  await writeFile(`${dist}/drop-in.json`, `${JSON.stringify(manifest, null, 2)}\n`);
}

if (!schemaOnly) {
  await rm(dist, { recursive: true, force: true });
  const common = { tsconfig: `${root}tsconfig.json`, cwd: root, logLevel: 'warn' };
  await build({
    ...common,
    input: { core: 'src/core.ts', index: 'src/index.ts', registry: 'src/registry/index.ts', ...elementEntries() },
    // @lit/localize is ours alone (bundled): a host app configures its own copy without clashing.
    external: [/^lit($|\/)/, /^@lit\/(?!localize)/, /^zod($|\/)/],
    plugins: [explicitMsgIds()],
    output: { dir: dist, format: 'es', sourcemap: true, chunkFileNames: 'lib/[name]-[hash].js' },
  });
  const id = buildId();
  const dropIn = await build({
    ...common,
    input: { 'cookie-elements': 'src/cookie-elements.ts' },
    plugins: [minifyLiterals(), explicitMsgIds(), localeImports(), terser()],
    // terser takes most of this build (~3–4 s over its ~90 chunks), as expected: no warning about it.
    checks: { bundlerTimings: false },
    output: {
      dir: dist,
      format: 'es',
      minify: true,
      comments: false,
      // Maps beside every file, without the `//# sourceMappingURL` comment that would cost each
      // visitor ~40 bytes gzip per file downloaded (on a first visit, ~200): developers add them in
      // devtools, or the server sends a `SourceMap` header (docs/elements.md#loading).
      sourcemap: 'hidden',
      entryFileNames: '[name].js',
      // Every chunk is in the build's own directory (`buildId()`), named after what it holds: an
      // element's registration module after the element (`chunks/<id>/cookie-settings.js`), each
      // locale's strings after the locale (`chunks/<id>/locales/de.js`: the UI's map of 35 loaders
      // is then one template-string import, scripts/build/locale-imports.mjs).
      chunkFileNames: (chunk) => {
        const module = chunk.facadeModuleId?.replace(/\\/g, '/') ?? '';
        if (module.includes('/src/i18n/generated/')) return `chunks/${id}/locales/[name].js`;
        const element = /\/src\/components\/([\w-]+)\/define\.ts$/.exec(module)?.[1];
        return `chunks/${id}/${element ?? '[name]'}.js`;
      },
      // What the banner needs (lit-html, @lit/localize, styles, controller, events) in one chunk,
      // loaded with it on a first visit; LitElement and the other elements come only when shown.
      codeSplitting: {
        includeDependenciesRecursively: false,
        groups: [
          {
            name: 'ui',
            test: /node_modules[\\/](lit-html[\\/](?!static)|lit[\\/](html|directives[\\/]if-defined)|@lit[\\/]localize[\\/](lit-localize|init[\\/]install|internal[\\/](default-msg|str-tag|locale-status-event|runtime-msg|id-generation)))|src[\\/](controllers|i18n[\\/]detect\.|events[\\/](cookie-(show|after-show|hide|after-hide)|ui-source)|styles|i18n[\\/](text|direction|localize|localize-runtime|msg)\.|internal[\\/](define|ui-registry)|components[\\/]cookie-banner[\\/](cookie-banner|define)\.)/,
          },
        ],
      },
    },
  });
  await writeDropInManifest(dropIn.output, id);
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], {
    stdio: 'inherit',
  });
}

// ---- custom-elements.json: the custom elements manifest, from the class JSDoc (`npm run manifest`;
// configuration and the define.ts tag-name plugin in custom-elements-manifest.config.mjs) ----
if (!schemaOnly) {
  const cem = `${root}node_modules/@custom-elements-manifest/analyzer/cem.js`;
  execFileSync(process.execPath, [cem, 'analyze', '--litelement'], { cwd: root, stdio: 'inherit' });
}
// ---- end custom-elements.json ----

// Framework types (React, Preact, Vue, Svelte) and editor data (VS Code, JetBrains), from the manifest.
if (!schemaOnly) await writeFrameworkTypes(root);

const { registryJsonSchema } = await import(pathToFileURL(`${dist}/registry.js`).href);
await writeFile(`${root}registry.schema.json`, `${JSON.stringify(registryJsonSchema(), null, 2)}\n`);
console.log(`build: done in ${Math.round(performance.now() - started)} ms`);
