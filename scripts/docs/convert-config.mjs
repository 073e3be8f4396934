#!/usr/bin/env node
// A first draft of a cookie-elements registry from a vanilla-cookieconsent v3 or a Klaro config.
//
//   node scripts/docs/convert-config.mjs <config.json|config.js> [--from vanilla|klaro] > cookie-registry.json
//
// A .js or .mjs config runs in a `node:vm` context (it is your own file): `CookieConsent.run({…})`,
// `var klaroConfig = {…}`, `window.klaroConfig = …` and `export default {…}` are all found.
// The draft goes to stdout; what needs your eyes (durations it could not read, purposes it had to
// guess, options with no counterpart) goes to stderr. Check the result with
// `npx cookie-elements validate cookie-registry.json`. See docs/migration.md.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { types } from 'node:util';
import vm from 'node:vm';

/** Reads a config file: JSON, or a script or module that hands its config over. */
export async function loadConfig(file) {
  const text = await readFile(file, 'utf8');
  if (file.endsWith('.json')) return JSON.parse(text);
  let found;
  const context = { CookieConsent: { run: (config) => (found = config) }, document: {}, navigator: {}, location: {} };
  context.window = context;
  // A module: its imports (the library, its CSS) go, `export default {…}` becomes `config = {…}`.
  const script = text
    .replace(/^\s*import\s[^;]*;?[ \t]*$/gm, '')
    .replace(
      /^\s*export\s+(?:default\s+|(?:const|let|var)\s+(\w+)\s*=\s*)/m,
      (_, name) => `${name ? `var ${name} = ` : ''}config = `,
    );
  vm.runInNewContext(`var config;\n${script}`, context, { filename: file, timeout: 1000 });
  found ??= context.klaroConfig ?? context.config;
  if (!found || typeof found !== 'object') throw new Error(`no config found in ${file}`);
  return found;
}

/** Text without HTML: registry text is never markup. */
const plain = (value) =>
  typeof value === 'string' ? value.replace(/<[^>]*>|\s+/g, (m) => (m[0] === '<' ? '' : ' ')).trim() : '';

/** A registry id from any name: `Google Analytics` → `google-analytics`, `googleAnalytics` → `google-analytics`. */
const slug = (name) =>
  String(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 64) || 'unnamed';

/** A text from `{ en: 'A', de: 'B' }` (empty ones left out): a plain string when all say the same. */
const texts = (defaultLocale) => (byLocale) => {
  const map = Object.fromEntries(Object.entries(byLocale).flatMap(([k, v]) => (plain(v) ? [[k, plain(v)]] : [])));
  const values = Object.values(map);
  if (!values.length) return undefined;
  return new Set(values).size === 1 ? values[0] : { [defaultLocale]: values[0], ...map };
};

const UNITS = { year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M', min: 'M', second: 'S', sec: 'S' };

/** "2 years", "13 months", "session", "1 day" → an ISO 8601 duration or a keyword; undefined when unreadable. */
export function duration(words) {
  const value = plain(words).toLowerCase();
  if (/session|browser (is )?closed/.test(value)) return 'session';
  const match = value.match(/(\d+)\s*(year|month|week|day|hour|minute|min|second|sec)/);
  if (!match) return /persist|permanent|never/.test(value) ? 'persistent' : undefined;
  return `P${/hour|min|sec/.test(match[2]) ? 'T' : ''}${match[1]}${UNITS[match[2]]}`;
}

/** A cookie name or RegExp as an entry's name (readable) and pattern. */
function cookieName(name) {
  if (!types.isRegExp(name)) return { name: plain(String(name)) };
  const readable = name.source.replace(/^\^|\$$|[()\\]/g, '').replace(/\.[*+]/g, '*');
  return {
    name: name.source.endsWith('$') || readable.endsWith('*') ? readable : `${readable}*`,
    pattern: name.source,
  };
}

/** Converts a config; `warn` receives every point the draft leaves for a person to check. */
export function convert(config, from = detect(config), warn = () => {}) {
  if (from !== 'vanilla' && from !== 'klaro') throw new Error(`unknown source "${from}": expected vanilla or klaro`);
  return from === 'vanilla' ? fromVanilla(config, warn) : fromKlaro(config, warn);
}

function detect(config) {
  if (Array.isArray(config.services) || Array.isArray(config.apps)) return 'klaro';
  if (config.categories && config.language) return 'vanilla';
  throw new Error('cannot tell the config apart: pass --from vanilla or --from klaro');
}

const maxAge = (days) => (typeof days === 'number' ? Math.min(3650, Math.max(1, Math.round(days))) : undefined);

/** The document's head, and helpers shared by both converters. */
function start(defaultLocale, locales, cookie, warn) {
  const consentCookie = JSON.parse(JSON.stringify(cookie)); // without the undefined ones
  const registry = {
    $schema: './node_modules/cookie-elements/registry.schema.json',
    version: 1,
    revision: 1,
    defaultLocale,
    ...(locales.length > 1 && { locales }),
    policyUrl: undefined, // Klaro's, when it has one
    ...(Object.keys(consentCookie).length && { consentCookie }),
    categories: [],
    services: [],
    entries: [],
  };
  const ids = new Set();
  const unique = (id) => (ids.has(id) ? unique(`${id}-2`) : (ids.add(id), id));
  const add = (entry) => {
    const twice = registry.entries.some((e) => e.name === entry.name && e.type === entry.type);
    if (twice) warn(`entries: "${entry.name}" is listed twice: kept once`);
    else registry.entries.push(entry);
  };
  warn('the consent cookie gets a new name: the old one is not a decision this library can read (remove it)');
  return { registry, unique, add, text: texts(defaultLocale) };
}

function fromVanilla(config, warn) {
  const translations = config.language?.translations ?? {};
  const locales = Object.keys(translations).filter((locale) => typeof translations[locale] === 'object');
  for (const locale of Object.keys(translations)) {
    if (!locales.includes(locale)) warn(`translation "${locale}" is a file or a function: its texts are not converted`);
  }
  const defaultLocale = locales.includes(config.language?.default) ? config.language.default : (locales[0] ?? 'en');
  const { expiresAfterDays: days, path, domain, sameSite } = config.cookie ?? {};
  if (typeof days === 'function') warn('cookie.expiresAfterDays is a function: one maxAgeDays applies to all');
  const cookie = { maxAgeDays: maxAge(days), path, domain, sameSite };
  const { registry, unique, add, text } = start(defaultLocale, locales, cookie, warn);
  if (Number.isInteger(config.revision) && config.revision > 0) registry.revision = config.revision;
  const byLocale = (pick) => Object.fromEntries(locales.map((locale) => [locale, pick(locale)]));

  for (const [name, category] of Object.entries(config.categories ?? {})) {
    const id = unique(slug(name));
    const section = (l) => (translations[l]?.preferencesModal?.sections ?? []).find((s) => s.linkedCategory === name);
    const description = text(byLocale((l) => section(l)?.description));
    registry.categories.push({
      id,
      ...(category.readOnly && { required: true }),
      title: text(byLocale((l) => section(l)?.title)) ?? name,
      ...(description && { description }),
    });
    if (category.enabled && !category.readOnly) warn(`category "${name}" is enabled by default: here it starts off`);
    const cookies = (category.autoClear?.cookies ?? []).map((cookie) => ({ cookie, service: undefined }));
    for (const [key, service] of Object.entries(category.services ?? {})) {
      const serviceId = unique(slug(key));
      registry.services.push({ id: serviceId, category: id, name: plain(service.label) || key });
      for (const cookie of service.cookies ?? []) cookies.push({ cookie, service: serviceId });
    }
    // The section's cookie table says what each cookie is for and how long it lives.
    const rows = (l) => {
      const table = section(l)?.cookieTable;
      const headers = table?.headers ?? {};
      const column = (re) => Object.keys(headers).find((key) => re.test(key) || re.test(plain(headers[key])));
      const [n, p, d] = [/name|cookie/i, /desc|purpose/i, /expir|durat|retention|lifetime/i].map(column);
      return (table?.body ?? []).map((row) => ({ name: plain(row[n]), purpose: row[p], duration: row[d] }));
    };
    const drafts = cookies.map(({ cookie, service }) => ({ ...cookieName(cookie.name ?? cookie), service, cookie }));
    const matches = (draft) => (row) =>
      row.name && (draft.pattern ? new RegExp(draft.pattern).test(row.name) : row.name === draft.name);
    for (const row of rows(defaultLocale))
      if (row.name && !drafts.some((d) => matches(d)(row))) drafts.push({ name: row.name, cookie: {} });
    for (const { cookie, service, ...names } of drafts) {
      const purpose = text(byLocale((l) => rows(l).find(matches(names))?.purpose));
      const written = rows(defaultLocale).find(matches(names))?.duration;
      const lasts = duration(written);
      if (!purpose) warn(`entries: "${names.name}" has no purpose in a cookie table: write one`);
      if (!lasts) warn(`entries: "${names.name}": duration "${plain(written)}" unread, set to "persistent": check it`);
      add({
        ...names,
        type: 'cookie',
        category: id,
        ...(service && { service }),
        purpose: purpose ?? `Set by ${name}`,
        duration: lasts ?? 'persistent',
        ...(typeof cookie.path === 'string' && cookie.path !== '/' && { path: cookie.path }),
        ...(typeof cookie.domain === 'string' && { domain: cookie.domain }),
      });
    }
  }
  const layout = String(config.guiOptions?.consentModal?.layout ?? '').split(' ')[0];
  if (layout) warn(`guiOptions: use <cookie-banner layout="${layout === 'bar' ? 'bar' : 'box'}"> (and its position)`);
  return registry;
}

function fromKlaro(config, warn) {
  const translations = config.translations ?? {};
  const locales = Object.keys(translations).filter((locale) => locale !== 'zz');
  const defaultLocale = locales.includes(config.lang) ? config.lang : (locales[0] ?? config.lang ?? 'en');
  const dig = (object, keys) => keys.reduce((value, key) => value?.[key], object);
  const t = (l, ...keys) => dig(translations[l], keys) ?? dig(translations.zz, keys);
  const byLocale = (pick) => Object.fromEntries((locales.length ? locales : [defaultLocale]).map((l) => [l, pick(l)]));
  if (config.storageMethod === 'localStorage') warn('storageMethod "localStorage": the decision is in a cookie here');
  const { cookieExpiresAfterDays: days, cookiePath: path, cookieDomain: domain } = config;
  const { registry, unique, add, text } = start(
    defaultLocale,
    locales,
    { maxAgeDays: maxAge(days), path, domain },
    warn,
  );
  const policy = config.privacyPolicy ?? t(defaultLocale, 'privacyPolicyUrl');
  if (typeof policy === 'string' && /^(https?:\/\/|\/)/.test(policy)) registry.policyUrl = policy;
  const categories = new Map(); // a Klaro purpose (or "required") → our category id
  const category = (purpose, required) => {
    const key = required ? '\0required' : purpose;
    if (!categories.has(key)) {
      const id = unique(required ? 'essential' : slug(purpose));
      categories.set(key, id);
      const title = (l) => (required ? undefined : (t(l, 'purposes', purpose)?.title ?? t(l, 'purposes', purpose)));
      const description = required ? undefined : text(byLocale((l) => t(l, 'purposes', purpose)?.description));
      registry.categories.push({
        id,
        ...(required && { required: true }),
        title: text(byLocale(title)) ?? (required ? 'Essential' : purpose),
        ...(description && { description }),
      });
    }
    return categories.get(key);
  };
  for (const service of config.services ?? config.apps ?? []) {
    const purposes = service.purposes ?? [];
    if (purposes.length > 1 && !service.required)
      warn(`service "${service.name}": purposes ${purposes}; here it has one category, the first`);
    if (service.default || service.optOut)
      warn(`service "${service.name}": default/optOut: here nothing optional runs before consent`);
    const own = (l, key) =>
      service.translations?.[l]?.[key] ?? service.translations?.zz?.[key] ?? t(l, service.name, key);
    const id = unique(slug(service.name));
    const cat = category(purposes[0] ?? 'other', service.required);
    const description = text(byLocale((l) => own(l, 'description') ?? service.description));
    const name = text(byLocale((l) => own(l, 'title') ?? service.title)) ?? service.name;
    registry.services.push({ id, category: cat, name, ...(description && { description }) });
    for (const cookie of service.cookies ?? []) {
      const [match, path, domain] = Array.isArray(cookie) ? cookie : [cookie];
      add({
        ...cookieName(match),
        type: 'cookie',
        category: cat,
        service: id,
        purpose: description ?? `Set by ${service.title ?? service.name}`,
        duration: 'persistent',
        ...(typeof path === 'string' && path !== '/' && { path }),
        ...(typeof domain === 'string' && { domain }),
      });
    }
  }
  if (registry.entries.length)
    warn('Klaro records no purpose or lifetime per cookie: each entry got its service\'s description and "persistent"');
  return registry;
}

async function main(args) {
  const from = args.includes('--from') ? args[args.indexOf('--from') + 1] : undefined;
  const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--from');
  if (!file) {
    console.error('usage: node scripts/docs/convert-config.mjs <config.json|config.js> [--from vanilla|klaro]');
    return 2;
  }
  try {
    const registry = convert(await loadConfig(file), from, (message) => console.error(`check: ${message}`));
    console.log(JSON.stringify(registry, null, 2));
    return 0;
  } catch (error) {
    console.error(`convert-config: ${error.message}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main(process.argv.slice(2));
