#!/usr/bin/env node
/**
 * `npm run localize`: the UI strings' round trip through @lit/localize (runtime mode).
 * 1. `lit-localize extract`: every `msg()` of src/ into `locales/*.xlf` (translations kept);
 * 2. `lit-localize build`: one module per locale in `src/i18n/generated/`;
 * 3. each locale's module is split in two: `<locale>.ts` holds what a first visit needs (the
 *    banner's strings, ids `banner.*`) and loads `<locale>.more.ts` (everything else) on demand, so
 *    the banner waits for a few hundred bytes, not the whole locale. Both import `html` from
 *    `lit/html.js`, not `lit` (which would bring LitElement into the banner's first-visit chunk).
 *    Prettier leaves them alone (it would rewrap the translations' HTML).
 * `--check` builds into a scratch copy and fails when the committed modules differ (test/node/locales).
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const cli = join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js');
const generated = join(root, 'src/i18n/generated');

/** Runs the lit-localize build in `dir` (the project, or a scratch copy of its sources) and fixes the output. */
async function build(dir) {
  if (!check) execFileSync(process.execPath, [cli, 'extract'], { cwd: dir, stdio: 'inherit' });
  execFileSync(process.execPath, [cli, 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const out = join(dir, 'src/i18n/generated');
  for (const file of await readdir(out)) {
    if (file === 'locale-codes.ts' || file.endsWith('.more.ts')) continue;
    const path = join(out, file);
    const [head, body, tail] = splitModule(await readFile(path, 'utf8'), file);
    const entries = body
      .split(/\n(?=\s*'[\w.]+': )/)
      .map((entry) => entry.trim().replace(/,$/, ''))
      .filter(Boolean);
    const first = entries.filter((entry) => entry.startsWith("'banner."));
    const more = entries.filter((entry) => !entry.startsWith("'banner."));
    const locale = file.slice(0, -3);
    const module = (list, extra = '') =>
      `${head.replace(/from 'lit';/g, "from 'lit/html.js';")}export const templates = {\n${list.join(',\n')},\n};\n${extra}${tail}`;
    await writeFile(
      path,
      module(
        first,
        `\n/** The rest of the locale's strings (settings, table), loaded when those are shown. */\nexport const more = () => import('./${locale}.more.js');\n`,
      ),
    );
    await writeFile(join(out, `${locale}.more.ts`), module(more));
  }
  return out;
}

/** A generated module as [what comes before `export const templates = {`, its entries, what follows `};`]. */
function splitModule(text, file) {
  const start = text.indexOf('export const templates = {');
  const end = text.lastIndexOf('};');
  if (start < 0 || end < start) throw new Error(`localize: ${file} is not a lit-localize runtime module`);
  return [text.slice(0, start), text.slice(start + 'export const templates = {'.length, end), text.slice(end + 2)];
}

if (!check) {
  await build(root);
  console.log(`localize: ${(await readdir(generated)).length} modules in src/i18n/generated`);
} else {
  const scratch = await mkdtemp(join(tmpdir(), 'cookie-elements-localize-'));
  try {
    for (const item of [
      'src',
      'locales',
      'lit-localize.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'package.json',
    ]) {
      await cp(join(root, item), join(scratch, item), { recursive: true });
    }
    await rm(join(scratch, 'src/i18n/generated'), { recursive: true, force: true });
    await symlink(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    const out = await build(scratch);
    const want = (await readdir(out)).sort();
    const have = (await readdir(generated)).sort();
    const problems = [];
    for (const file of want) {
      if (!have.includes(file)) problems.push(`missing src/i18n/generated/${file}`);
      else if ((await readFile(join(out, file), 'utf8')) !== (await readFile(join(generated, file), 'utf8'))) {
        problems.push(`src/i18n/generated/${file} is out of date`);
      }
    }
    for (const file of have) if (!want.includes(file)) problems.push(`src/i18n/generated/${file} has no locale`);
    if (problems.length) {
      console.error(`${problems.join('\n')}\nRun \`npm run localize\`.`);
      process.exitCode = 1;
    } else {
      console.log(`localize: the ${want.length} generated modules are up to date`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
