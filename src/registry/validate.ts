/**
 * Validation of a registry: the zod schema, then the rules that span fields.
 * This module (and zod with it) loads only when a registry has not been validated
 * in this browser before (see `src/consent/store.ts`), or to say why a consent cookie was refused:
 * it re-exports the record's field-by-field check, `whyRefused()`, which shares the registry's id
 * and language patterns.
 */
import * as z from 'zod/mini';
import { registrySchema, type Registry } from './schema.js';
import { MAX_RECOMMENDED_CONSENT_DAYS } from './validator-constants.js';
import { ENTRY_TYPES } from './vocabulary.js';

/** Entry types that are not cookies: `path` and `domain` mean nothing for them. */
const STORAGE_TYPES = ENTRY_TYPES.filter((type) => type !== 'cookie');
import type { RegistryIssue } from './issues.js';
import type { LoadFailure } from './load.js';
import { toJsonPath } from './json-path.js';
import { describeJsonError } from './json-syntax.js';

export { whyRefused } from '../consent/record-check.js';

export type ValidationResult =
  | { ok: true; registry: Registry; warnings: RegistryIssue[] }
  | { ok: false; issues: RegistryIssue[]; warnings: RegistryIssue[] };

/**
 * Validates a parsed registry document and reports every problem at once: the schema's,
 * and the rules across fields (run on whatever parts are well-formed). Never throws.
 */
export function validateRegistry(input: unknown): ValidationResult {
  const parsed = registrySchema.safeParse(input, { reportInput: true });
  const issues: RegistryIssue[] = parsed.success ? [] : parsed.error.issues.map(fromZodIssue);
  const warnings: RegistryIssue[] = [];
  if (isObject(input)) {
    const loose = looseView(input);
    checkReferences(loose, issues);
    checkLocales(loose, input.locales, issues);
    checkConsentCookie(loose, warnings);
  }
  const sorted = dedupe(issues).sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
  return parsed.success && !sorted.length
    ? { ok: true, registry: parsed.data, warnings }
    : { ok: false, issues: sorted, warnings };
}

/**
 * The registry as far as it is well-formed: list items that are not objects are left out,
 * keeping their index, so cross-field rules can run even when the schema found problems.
 */
type Loose<T> = { [K in keyof T]?: T[K] extends (infer U)[] | undefined ? [number, Partial<U>][] : T[K] };
type LooseRegistry = Loose<Registry>;

function looseView(input: Record<string, unknown>): LooseRegistry {
  const list = (value: unknown) =>
    Array.isArray(value) ? value.flatMap((item, i) => (isObject(item) ? [[i, item] as [number, never]] : [])) : [];
  return {
    ...(input as Partial<Registry>),
    categories: list(input.categories),
    services: list(input.services),
    entries: list(input.entries),
    locales: undefined,
  } as LooseRegistry;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dedupe(issues: RegistryIssue[]): RegistryIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

/**
 * The consent core's validator: validates the page's registry, printing any warnings to the
 * console; returns what the core must report when it is invalid, nothing when it is valid.
 */
export function pageRegistryFailure(input: unknown): LoadFailure | undefined {
  const result = validateRegistry(input);
  // Their words come with the messages' chunk (warnings are rare), so that this chunk imports no
  // chunk of its own: a decision waiting for validation waits for one download, not two in turn.
  if (result.warnings.length) {
    void import('../consent/messages.js').then(
      (messages) => console.warn(messages.consoleText('registry warnings:', result.warnings)),
      () => console.warn('[cookie-elements] registry warnings:', result.warnings),
    );
  }
  return result.ok ? undefined : { ok: false, key: 'invalid', args: [result.issues.length], issues: result.issues };
}

/** Validates registry JSON text, reporting syntax errors with line and column. */
export function validateRegistryText(text: string): ValidationResult {
  let input: unknown;
  text = text.replace(/^\uFEFF/, ''); // a byte order mark some editors write
  try {
    input = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: '$', message: `invalid JSON at ${describeJsonError(text, error)}` }],
      warnings: [],
    };
  }
  return validateRegistry(input);
}

/**
 * A zod issue in words a site developer can act on. zod/mini carries no message locale, so every
 * issue the schema can raise without a message of its own is worded here.
 */
function fromZodIssue(issue: z.core.$ZodIssue): RegistryIssue {
  if (issue.code === 'invalid_union') {
    // A text that is an object but not a good map: say what is wrong inside, not "not a text".
    const inner = issue.errors.find((list) => list.some((i) => i.code !== 'invalid_type' || i.path.length))?.[0];
    if (inner) return fromZodIssue({ ...inner, path: [...issue.path, ...inner.path] });
  }
  return { path: toJsonPath(issue.path), message: describeIssue(issue) };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const got = `, got ${describeInput(issue.input)}`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against the registry reference)`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}${got}`;
    case 'invalid_type':
      return `expected ${issue.expected}${got}`;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const sign = (issue.code === 'too_small' ? '>' : '<') + (issue.inclusive ? '=' : '');
      if (issue.origin === 'string' || issue.origin === 'array') {
        const unit = issue.origin === 'string' ? 'character' : 'item';
        const side = issue.code === 'too_small' ? 'at least' : 'at most';
        return issue.message !== 'Invalid input'
          ? issue.message
          : `expected ${side} ${bound} ${unit}${bound === 1 ? '' : 's'}${got}`;
      }
      return `expected a number ${sign}${bound}${got}`;
    }
    case 'invalid_union': // the schema's one union is a text (`textSchema`)
      return `expected a text: a string, or an object from language tag to string${got}`;
    case 'invalid_key':
      return `${issue.issues[0]?.message ?? 'invalid key'}${got}`;
    default:
      return issue.message;
  }
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'object') return 'an object';
  return `${typeof input} ${String(input)}`;
}

function checkReferences(registry: LooseRegistry, issues: RegistryIssue[]): void {
  const str = (value: unknown): value is string => typeof value === 'string';
  const categories = new Set(registry.categories!.map(([, c]) => c.id).filter(str));
  const ids = new Map<string, string>();
  const claim = (id: unknown, path: string) => {
    if (!str(id)) return;
    const first = ids.get(id);
    if (first)
      issues.push({
        path,
        message: `duplicate id "${id}" (already used at ${first}); category and service ids share one namespace`,
      });
    else ids.set(id, path);
  };
  for (const [i, category] of registry.categories!) claim(category.id, toJsonPath(['categories', i, 'id']));

  const services = new Map<string, unknown>();
  for (const [i, service] of registry.services!) {
    claim(service.id, toJsonPath(['services', i, 'id']));
    if (str(service.id)) services.set(service.id, service.category);
    if (str(service.category) && !categories.has(service.category)) {
      issues.push({
        path: toJsonPath(['services', i, 'category']),
        message: unknownCategory(service.category, categories),
      });
    }
  }

  const seen = new Map<string, string>();
  for (const [i, entry] of registry.entries!) {
    if (str(entry.name) && str(entry.type)) {
      const key = `${entry.type}\u0000${entry.name}`;
      const first = seen.get(key);
      if (first)
        issues.push({
          path: toJsonPath(['entries', i, 'name']),
          message: `duplicate ${entry.type} entry "${entry.name}" (already listed at ${first}); entries are unique by name and type`,
        });
      else seen.set(key, toJsonPath(['entries', i]));
    }
    if (str(entry.category) && !categories.has(entry.category)) {
      issues.push({
        path: toJsonPath(['entries', i, 'category']),
        message: unknownCategory(entry.category, categories),
      });
    }
    if (str(entry.service)) {
      if (!services.has(entry.service)) {
        issues.push({
          path: toJsonPath(['entries', i, 'service']),
          message: `unknown service "${entry.service}"; expected one of: ${[...services.keys()].join(', ') || '(no services are declared)'}`,
        });
      } else if (services.get(entry.service) !== entry.category) {
        issues.push({
          path: toJsonPath(['entries', i, 'service']),
          message: `service "${entry.service}" belongs to category "${String(services.get(entry.service))}", but this entry is in "${String(entry.category)}"; an entry's service must be in the entry's category`,
        });
      }
    }
    if (str(entry.pattern)) {
      try {
        new RegExp(entry.pattern);
      } catch (error) {
        issues.push({
          path: toJsonPath(['entries', i, 'pattern']),
          message: `expected a valid regular expression: ${(error as Error).message}`,
        });
      }
    }
    if (STORAGE_TYPES.includes(entry.type as never) && (entry.path !== undefined || entry.domain !== undefined)) {
      issues.push({
        path: toJsonPath(['entries', i, entry.path !== undefined ? 'path' : 'domain']),
        message: `"path" and "domain" apply to cookies only, but this entry is of type "${entry.type}"`,
      });
    }
  }
}

function unknownCategory(id: string, categories: Set<unknown>): string {
  return `unknown category "${id}"; expected one of: ${[...categories].join(', ') || '(no categories are declared)'}`;
}

/** Every localized text names the default locale, so no label can ever be empty. */
function checkLocales(registry: LooseRegistry, locales: unknown, issues: RegistryIssue[]): void {
  const { defaultLocale } = registry;
  if (typeof defaultLocale !== 'string') return;
  if (Array.isArray(locales) && !locales.includes(defaultLocale)) {
    issues.push({
      path: '$.defaultLocale',
      message: `"${defaultLocale}" is not among "locales" (${locales.join(', ')})`,
    });
  }
  const check = (text: unknown, path: PropertyKey[]) => {
    if (isObject(text) && Object.keys(text).length && !(defaultLocale in text)) {
      issues.push({
        path: toJsonPath(path),
        message: `expected a text in "${defaultLocale}" (the defaultLocale), found only ${Object.keys(text).join(', ')}`,
      });
    }
  };
  for (const [i, c] of registry.categories!)
    for (const key of ['title', 'description'] as const) check(c[key], ['categories', i, key]);
  for (const [i, s] of registry.services!)
    for (const key of ['name', 'provider', 'description'] as const) check(s[key], ['services', i, key]);
  for (const [i, e] of registry.entries!)
    for (const key of ['purpose', 'scope'] as const) check(e[key], ['entries', i, key]);
  for (const [id, text] of Object.entries(isObject(registry.text) ? registry.text : {})) check(text, ['text', id]);
}

function checkConsentCookie(registry: LooseRegistry, warnings: RegistryIssue[]): void {
  const cookie = isObject(registry.consentCookie) ? registry.consentCookie : undefined;
  if (typeof cookie?.maxAgeDays === 'number' && cookie.maxAgeDays > MAX_RECOMMENDED_CONSENT_DAYS) {
    warnings.push({
      path: '$.consentCookie.maxAgeDays',
      message: `${cookie.maxAgeDays} days is over 13 months (${MAX_RECOMMENDED_CONSENT_DAYS} days); the CNIL recommends asking again at least every 13 months`,
    });
  }
  if (cookie?.sameSite === 'None') {
    warnings.push({
      path: '$.consentCookie.sameSite',
      message: '"None" needs HTTPS (Secure); on plain http the cookie is written with SameSite=Lax',
    });
  }
}
