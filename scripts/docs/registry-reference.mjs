#!/usr/bin/env node
// The registry reference in docs/registry.md, generated from the zod schema so that it cannot drift.
//
//   node scripts/docs/registry-reference.mjs          rewrite the reference in docs/registry.md
//   node scripts/docs/registry-reference.mjs --check  exit 1 when docs/registry.md is out of date
//
// It walks the JSON Schema that the zod schema generates (`registryJsonSchema()` of the built
// dist/registry.js: run `npm run build` first) and writes one table per object of the registry —
// field, type, required, default, meaning — between the markers below, leaving the prose around
// them alone. Types, requiredness and closed sets come from the schema; a field's meaning is the
// schema's `description` when zod has one (`.describe()` / `.meta()`), else MEANINGS below;
// defaults, which the zod-free core applies (src/consent/normalize.ts, src/i18n/detect.ts), come
// from DEFAULTS, built from the package's own constants where it exports them.
//
// Exit 1, naming the field, when a field of the schema has no meaning, or when MEANINGS or
// DEFAULTS describe a field the schema no longer has: a new field cannot go undocumented.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const DOC = `${root}docs/registry.md`;
export const START = '<!-- generated:registry:start -->';
export const END = '<!-- generated:registry:end -->';

/** What each field means, by path (`[]` for the items of a list), unless the schema describes it. */
export const MEANINGS = {
  $schema:
    'The JSON Schema of this document, for editors (autocompletion, checks); the suite ignores it. From npm: `./node_modules/cookie-elements/registry.schema.json`.',
  version: 'The format of this document: always `1`.',
  revision:
    'The policy revision. Raise it when what you ask consent for changes: every decision stored under another revision becomes stale, and visitors are asked again.',
  updated:
    'When your policy last changed: the "Last updated" line of `<cookie-table>` (shown in UTC, so it never shifts a day).',
  defaultLocale:
    'The language of texts given as plain strings; every text map must include it. Also the UI language when detection finds none that exists.',
  locales:
    'The languages your own texts exist in: candidates for language detection besides the 36 of the suite. Must include `defaultLocale`.',
  policyUrl: 'Your cookie policy: linked from the banner and the settings.',
  consentCookie: 'Where the decision is stored: see [`consentCookie`](#consentcookie).',
  text: 'Your own words for the suite\'s UI strings, by string id (`"banner.title"`, `"table.column.duration"`; the ids are in [elements.md](elements.md#text-overriding-the-elements-words)).',
  detection: 'How the UI language is detected: see [`detection`](#detection).',
  googleConsentMode:
    "Options of Google Consent Mode v2 (see [`googleConsentMode`](#googleconsentmode)); which consent types a category stands for is the category's own `googleConsentMode`.",
  consentLog: 'Send every decision to your server as a consent record: see [`consentLog`](#consentlog).',
  categories: 'The purposes you ask consent for, in the order visitors see them: see [`categories[]`](#categories).',
  services:
    'The tools and providers behind the categories, whose grant a visitor may also decide one by one: see [`services[]`](#services).',
  entries:
    'Every cookie and storage key the site sets (unique by name and type): see [`entries[]`](#entries). What the suite writes itself is added for you.',
  'consentCookie.name': 'Name of the consent cookie.',
  'consentCookie.maxAgeDays':
    'How long a decision holds, in days from when it was made; then the visitor is asked again. Over 395 (13 months) is a warning.',
  'consentCookie.path': '`Path` of the consent cookie.',
  'consentCookie.domain':
    "`Domain` of the consent cookie, such as `.example.com` to share one decision across subdomains. Without it, the cookie is the current host's alone.",
  'consentCookie.sameSite':
    '`SameSite` of the consent cookie. `None` needs https: on http it is written as `Lax` (a warning).',
  'detection.order': 'The sources of candidate languages, in the order they are tried.',
  'detection.lookupQuerystring': 'The query parameter the `querystring` source reads (`?lng=de`).',
  'detection.lookupCookie': 'The cookie the `cookie` source reads.',
  'detection.lookupLocalStorage': 'The `localStorage` key the `localStorage` source reads.',
  'detection.lookupSessionStorage': 'The `sessionStorage` key the `sessionStorage` source reads.',
  'googleConsentMode.waitForUpdate':
    "`wait_for_update` of the `consent default` command: how many milliseconds Google's tags wait for the update.",
  'googleConsentMode.region': '`region` of the `consent default` command: the countries or subdivisions it applies to.',
  'googleConsentMode.adsDataRedaction': "Pushes `gtag('set', 'ads_data_redaction', …)` with this value.",
  'googleConsentMode.urlPassthrough': "Pushes `gtag('set', 'url_passthrough', …)` with this value.",
  'consentLog.endpoint':
    'Where each record is sent (`POST`, a `text/plain` JSON body): see [consent records](enforcement.md#consent-records).',
  'categories[].id':
    'The category id: in `data-cookie-category`, `isGranted()`, `set()`, the consent cookie and event details. Categories and services share one namespace of ids.',
  'categories[].required':
    'Strictly necessary: always granted, shown as "Always active", never asked about. A registry whose optional categories have no entry, service or gated element needs no banner.',
  'categories[].title': 'The name visitors see: in the banner, the settings and the policy tables.',
  'categories[].description': 'What the category is for: in the settings, and above its policy table.',
  'categories[].gpc':
    'A "sale or sharing" purpose: when the browser sends Global Privacy Control, it stays off by default and **Accept all** does not switch it on.',
  'categories[].googleConsentMode':
    'The Google Consent Mode v2 types this category stands for: each is `granted` while a category mapped to it is granted, else `denied`.',
  'services[].id':
    'The service id: in `data-cookie-service`, `<cookie-gate service>`, `isGranted()` and `set({ services })`.',
  'services[].category':
    'The category it belongs to: the service is granted with its category, unless the visitor decided on the service itself.',
  'services[].name': 'The name visitors see.',
  'services[].provider':
    'Who provides it: in the settings, the `provider` column of `<cookie-table>` and the placeholder of `<cookie-gate>`.',
  'services[].description': 'What it does on your site.',
  'services[].privacyPolicyUrl':
    "The provider's privacy policy: linked from the settings, `<cookie-gate>` and (for a service that stores nothing) the policy tables.",
  'entries[].name':
    'The name as the policy table shows it. With a `pattern`, a readable stand-in such as `ph_<project>_posthog`.',
  'entries[].aliases':
    'Other exact names of the same entry (such as a `__Secure-` variant): listed with it, removed with it.',
  'entries[].pattern':
    'A regular expression (JavaScript syntax) that the real names match, for names that vary: what it matches is removed without consent, and the audit knows it.',
  'entries[].type': 'Where it is stored.',
  'entries[].category': 'The category it belongs to.',
  'entries[].service':
    'The service that sets it (one of the same category): its grant decides whether the entry may exist.',
  'entries[].purpose': 'Why it is stored, in words for visitors.',
  'entries[].duration': 'How long it lives.',
  'entries[].scope': 'Where it applies, in words for the table ("/dashboard/* pages only").',
  'entries[].path':
    "The cookie's `Path`, when not `/`: it is removed there too (cookies only). The `scope` column shows it for an entry without `scope`.",
  'entries[].domain':
    "The cookie's `Domain`, when it is set for a parent domain: it is removed there too (cookies only).",
  'entries[].thirdParty': 'Set by a third party, not by your site: the `provider` column says "Third party".',
};

/** What applies when a field is left out (by path), as Markdown. */
export function defaults(constants) {
  const code = (value) => `\`${JSON.stringify(value)}\``;
  return {
    locales: '`defaultLocale` alone',
    'consentCookie.name': code(constants.DEFAULT_CONSENT_COOKIE_NAME),
    'consentCookie.maxAgeDays': code(constants.DEFAULT_CONSENT_MAX_AGE_DAYS),
    'consentCookie.path': code('/'),
    'consentCookie.domain': 'the current host only',
    'consentCookie.sameSite': code('Lax'),
    'detection.order': `every source: ${constants.DETECTION_SOURCES.map((source) => `\`${source}\``).join(', ')}`,
    'detection.lookupQuerystring': code('lng'),
    'detection.lookupCookie': code('i18next'),
    'detection.lookupLocalStorage': code('i18nextLng'),
    'detection.lookupSessionStorage': code('i18nextLng'),
    'googleConsentMode.waitForUpdate': 'not sent',
    'googleConsentMode.region': 'every region',
    'googleConsentMode.adsDataRedaction': 'not set',
    'googleConsentMode.urlPassthrough': 'not set',
    services: '`[]`',
    entries: '`[]`',
    'categories[].required': '`false`',
    'categories[].gpc': '`false`',
    'categories[].googleConsentMode': 'none (not used by Google tags)',
    'entries[].thirdParty': '`false`',
  };
}

/** Named value types: the patterns and formats of the schema, each with what it accepts. */
function valueTypes(constants) {
  const duration = `^(?:${constants.DURATION_KEYWORDS.join('|')}|${constants.ISO_DURATION_PATTERN.source.slice(1, -1)})$`;
  return [
    [
      'text',
      null,
      'A string in `defaultLocale`, or a map from language tag to string: `{ "en": "Analytics", "uk": "Аналітика" }` (it must include `defaultLocale`). Text, never HTML.',
    ],
    [
      'id',
      constants.ID_PATTERN.source,
      'Lowercase letters, digits, `-` and `_`, starting with a letter; at most 64 characters.',
    ],
    ['language tag', constants.LOCALE_PATTERN.source, 'A BCP 47 language tag: `en`, `pt-BR`, `zh-Hant`, `sr-Latn-RS`.'],
    ['duration', duration, '`"session"`, `"persistent"`, or an ISO 8601 duration: `P30D`, `P1Y`, `P2W`, `PT30M`.'],
    [
      'cookie name',
      constants.COOKIE_NAME_PATTERN.source,
      "A cookie name: letters, digits and ``!#$%&'*+-.^_`|~``, at most 128 characters.",
    ],
    [
      'URL or path',
      '^(?:https?:\\/\\/[^\\s]+|\\/[^\\s]*)$',
      'An absolute `http(s)` URL, or a path on your site starting with `/`.',
    ],
    ['URL', 'format:uri', 'An absolute `http` or `https` URL.'],
    ['cookie path', '^\\/[^;\\s]*$', 'A cookie `Path`: starts with `/`.'],
    [
      'host name',
      '^\\.?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$',
      'A host name such as `example.com`, or `.example.com`.',
    ],
    ['region code', '^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$', 'An ISO 3166 country code or subdivision: `ES`, `US-CA`.'],
    ['date', 'format:date', 'A calendar date, `YYYY-MM-DD`.'],
  ];
}

const isText = (schema) =>
  schema.anyOf?.length === 2 &&
  schema.anyOf[0].type === 'string' &&
  schema.anyOf[1].additionalProperties?.type === 'string';

/** Renders the reference (the Markdown between the markers) from the registry's JSON Schema. */
export function renderReference(schema, constants) {
  const meanings = { ...MEANINGS };
  const defaultsByPath = defaults(constants);
  const types = valueTypes(constants);
  const typesUsed = new Set();
  const problems = [];
  const seen = new Set();
  const sections = [];

  const named = (key) => {
    const type = types.find(([, match]) => match === key);
    if (!type) return undefined;
    typesUsed.add(type[0]);
    return `[${type[0]}](#value-types)`;
  };
  const describeType = (field, path) => {
    if (isText(field)) return named(null);
    if (field.const !== undefined) return `\`${JSON.stringify(field.const)}\``;
    if (field.enum) return `one of ${field.enum.map((value) => `\`${JSON.stringify(value)}\``).join(', ')}`;
    if (field.type === 'string') {
      if (field.format === 'date' || field.format === 'uri') return named(`format:${field.format}`);
      if (field.pattern) return named(field.pattern) ?? `string matching \`${field.pattern}\``;
      return field.minLength ? 'string (not empty)' : 'string';
    }
    if (field.type === 'integer' || field.type === 'number') {
      const low = field.minimum ?? (field.exclusiveMinimum !== undefined ? field.exclusiveMinimum + 1 : undefined);
      const high = field.maximum === Number.MAX_SAFE_INTEGER ? undefined : field.maximum;
      const range = low !== undefined && high !== undefined ? `, ${low}–${high}` : low !== undefined ? ` ≥ ${low}` : '';
      return `${field.type}${range}`;
    }
    if (field.type === 'boolean') return 'boolean';
    if (field.type === 'array') {
      const least = field.minItems ? ` (at least ${field.minItems})` : '';
      if (field.items.properties) return `list of objects: [\`${path}[]\`](#${slug(`${path}[]`)})${least}`;
      return `list${least}, each ${describeType(field.items, `${path}[]`)}`;
    }
    if (field.type === 'object' && field.properties) return `object: [\`${path}\`](#${slug(path)})`;
    if (field.type === 'object' && field.additionalProperties) {
      return `map of string id → ${describeType(field.additionalProperties, `${path}.*`)}`;
    }
    problems.push(`${path}: a type this generator cannot describe (${JSON.stringify(field)})`);
    return '?';
  };

  const walk = (object, prefix, title) => {
    const rows = [];
    const nested = [];
    for (const [name, field] of Object.entries(object.properties)) {
      const path = prefix ? `${prefix}.${name}` : name;
      seen.add(path);
      const meaning = field.description ?? meanings[path];
      if (!meaning) problems.push(`${path}: no meaning; describe it in the zod schema or in MEANINGS (${relative})`);
      const required = object.required?.includes(name);
      rows.push([
        `\`${name}\``,
        describeType(field, path),
        required ? '**yes**' : 'no',
        field.default !== undefined ? `\`${JSON.stringify(field.default)}\`` : (defaultsByPath[path] ?? '—'),
        meaning ?? '?',
      ]);
      if (field.type === 'object' && field.properties) nested.push([field, path, `\`${path}\``]);
      if (field.type === 'array' && field.items?.properties) nested.push([field.items, `${path}[]`, `\`${path}[]\``]);
    }
    sections.push({ title, rows });
    for (const args of nested) walk(...args);
  };
  walk(schema, '', 'The document');

  for (const path of [...Object.keys(MEANINGS), ...Object.keys(defaultsByPath)]) {
    if (!seen.has(path)) problems.push(`${path}: described in ${relative}, but the schema has no such field`);
  }
  if (problems.length)
    throw new Error(`the registry reference cannot be generated:\n  ${[...new Set(problems)].join('\n  ')}`);

  const header = ['field', 'type', 'required', 'default', 'meaning'];
  const out = [
    START,
    '<!-- Generated by scripts/docs/registry-reference.mjs from the zod schema (src/registry/schema.ts): do not edit by hand. -->',
    '',
  ];
  for (const { title, rows } of sections) out.push(`### ${title}`, '', ...table(header, rows), '');
  out.push(
    '### Value types',
    '',
    ...table(
      ['type', 'accepts'],
      types.filter(([name]) => typesUsed.has(name)).map(([name, , what]) => [name, what]),
    ),
    '',
    END,
  );
  return out.join('\n');
}

const relative = 'scripts/docs/registry-reference.mjs';

/** GitHub's heading anchor of a heading made of inline code (`categories[]` → `categories`). */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** A Markdown table with its columns padded, so that it reads in a text editor too. */
function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell).replace(/\|/g, '\\|')));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((row) => [...row[i]].length)));
  const line = (row) => `| ${row.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join(' | ')} |`;
  return [line(cells[0]), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...cells.slice(1).map(line)];
}

/** docs/registry.md with its reference replaced by `reference`. */
export function splice(document, reference) {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/registry.md has no ${START} … ${END} markers`);
  return document.slice(0, start) + reference + document.slice(end + END.length);
}

async function main(args) {
  const check = args.includes('--check');
  let registry;
  try {
    registry = await import(pathToFileURL(`${root}dist/registry.js`).href);
  } catch (error) {
    console.error(`${relative}: the built package is missing (${error.message}); run "npm run build" first.`);
    return 2;
  }
  try {
    const document = await readFile(DOC, 'utf8');
    const updated = splice(document, renderReference(registry.registryJsonSchema(), registry));
    if (updated === document) {
      if (check) console.log('docs/registry.md is up to date');
      return 0;
    }
    if (check) {
      console.error(`docs/registry.md is out of date: run "node ${relative}"`);
      return 1;
    }
    await writeFile(DOC, updated);
    console.log('docs/registry.md: reference updated');
    return 0;
  } catch (error) {
    console.error(`${relative}: ${error.message}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main(process.argv.slice(2));
