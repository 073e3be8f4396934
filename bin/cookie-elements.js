#!/usr/bin/env node
// The cookie-elements command line: validate registries, print a valid registry's hash or the
// drop-in's snippet for it, print the registry JSON Schema.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';

const USAGE = `Usage:
  cookie-elements validate <registry.json> [more.json …]   check registries; exit 1 on any error
  cookie-elements hash <registry.json>                     check one, then print only its hash, for
                                                           <script data-cookie-registry data-cookie-validated="…">
  cookie-elements snippet <registry.json> [--src <url>] [--no-preload]
                                                           check one, then print the <head> markup of the
                                                           drop-in for it: the registry (validated), the
                                                           first-visit preloader, the drop-in from <url>
                                                           (default: jsDelivr, this version)
  cookie-elements schema                                   print the registry JSON Schema
  cookie-elements --help | --version`;

const [command, ...args] = process.argv.slice(2);

let registry;
try {
  registry = await import('../dist/registry.js');
} catch (error) {
  console.error(`cookie-elements: the built package is missing (${error.message}); run "npm run build" first.`);
  process.exit(2);
}

process.exit(await run(command, args));

async function run(command, args) {
  switch (command) {
    case 'validate':
      return validate(args);
    case 'hash':
      return hash(args);
    case 'snippet':
      return snippet(args);
    case 'schema':
      console.log(JSON.stringify(registry.registryJsonSchema(), null, 2));
      return 0;
    case '--version':
    case '-v':
      console.log(await packageVersion());
      return 0;
    case '--help':
    case '-h':
    case 'help':
      console.log(USAGE);
      return 0;
    default:
      console.error(command ? `cookie-elements: unknown command "${command}"\n\n${USAGE}` : USAGE);
      return 2;
  }
}

async function validate(files) {
  if (!files.length) {
    console.error(`cookie-elements validate: name at least one registry file\n\n${USAGE}`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    let text;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      console.error(`✗ ${shown}: cannot read the file (${error.code ?? error.message})`);
      failed++;
      continue;
    }
    const result = registry.validateRegistryText(text);
    if (result.ok) {
      const r = result.registry;
      const count = (list, word) => `${list?.length ?? 0} ${word}${list?.length === 1 ? '' : 's'}`;
      console.log(
        `✓ ${shown}: valid registry (${count(r.categories, 'category').replace('categorys', 'categories')}, ${count(r.services, 'service')}, ${count(r.entries, 'entry').replace('entrys', 'entries')}); hash ${documentHash(text)}`,
      );
    } else {
      failed++;
      const n = result.issues.length;
      console.error(registry.formatIssues(`✗ ${shown}: ${n} problem${n === 1 ? '' : 's'}`, result.issues));
    }
    if (result.warnings.length) {
      console.warn(
        registry.formatIssues(
          `⚠ ${shown}: ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}`,
          result.warnings,
        ),
      );
    }
  }
  return failed ? 1 : 0;
}

/**
 * `hash <registry.json>`: validates one registry; when it is valid, prints its hash alone (for a
 * build step to put in `data-cookie-validated`), else its problems, and exits 1.
 */
async function hash(files) {
  if (files.length !== 1) {
    console.error(`cookie-elements hash: name one registry file\n\n${USAGE}`);
    return 2;
  }
  const text = await readValid(files[0], 'no hash');
  if (text === undefined) return 1;
  console.log(documentHash(text));
  return 0;
}

/**
 * `snippet <registry.json> [--src <url>] [--no-preload]`: validates one registry; when it is valid,
 * prints the drop-in's `<head>` markup for it (src/registry/snippet.ts), and on stderr the CSP
 * source of its inline preloader.
 */
async function snippet(args) {
  const files = [];
  let src;
  let preload = true;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--no-preload') preload = false;
    else if (args[i] === '--src' && args[i + 1] && !args[i + 1].startsWith('--')) src = args[++i];
    else if (args[i].startsWith('--')) {
      console.error(`cookie-elements snippet: unknown option or missing value: ${args[i]}\n\n${USAGE}`);
      return 2;
    } else files.push(args[i]);
  }
  if (files.length !== 1) {
    console.error(`cookie-elements snippet: name one registry file\n\n${USAGE}`);
    return 2;
  }
  const text = await readValid(files[0], 'no snippet');
  if (text === undefined) return 1;
  let manifest;
  try {
    manifest = JSON.parse(await readFile(new URL('../dist/drop-in.json', import.meta.url), 'utf8'));
  } catch (error) {
    console.error(`cookie-elements: the drop-in's manifest is missing (${error.message}); run "npm run build" first.`);
    return 2;
  }
  if (src === undefined) {
    src = `https://cdn.jsdelivr.net/npm/cookie-elements@${await packageVersion()}/dist/${manifest.entry}`;
  }
  const result = registry.dropInSnippet(parseDocument(text), { src, manifest, preload });
  console.log(result.html);
  if (result.preloader) {
    const digest = createHash('sha256').update(result.preloader).digest('base64');
    console.error(
      `Content-Security-Policy without 'unsafe-inline': add 'sha256-${digest}' to script-src for the preloader.`,
    );
  }
  return 0;
}

/** The text of `file` when it is a valid registry; else says why (`refusal`: what is not printed) and returns undefined. */
async function readValid(file, refusal) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`✗ ${file}: cannot read the file (${error.code ?? error.message})`);
    return undefined;
  }
  const result = registry.validateRegistryText(text);
  if (!result.ok) {
    const n = result.issues.length;
    console.error(
      registry.formatIssues(
        `✗ ${file}: ${n} problem${n === 1 ? '' : 's'}; ${refusal} for an invalid registry`,
        result.issues,
      ),
    );
    return undefined;
  }
  return text;
}

/** The hash of the document as the browser reads it (the parsed file, not the validator's output, whose keys are in the schema's order). */
function documentHash(text) {
  return registry.registryHash(parseDocument(text));
}

/** A registry file's document, as the page will hold it (a byte order mark dropped). */
function parseDocument(text) {
  return JSON.parse(text.replace(/^\uFEFF/, ''));
}

async function packageVersion() {
  return JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).version;
}
