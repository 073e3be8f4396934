/**
 * A validated registry as the core uses it: defaults applied, and the answer to
 * "does this site need to ask at all?". Zod-free.
 */
import type { Category, Registry, Service } from '../registry/schema.js';
import { DEFAULT_CONSENT_COOKIE_NAME, DEFAULT_CONSENT_MAX_AGE_DAYS } from '../registry/constants.js';
import type { CookieOptions } from './cookie.js';

export interface RegistryView {
  readonly registry: Registry;
  readonly cookie: CookieOptions & { maxAgeDays: number };
  readonly categories: readonly Category[];
  readonly services: readonly Service[];
  /** Ids of required categories (always granted). */
  readonly required: ReadonlySet<string>;
  /** False when no non-required category has an entry, a service or a gated element: nothing to ask, nothing written. */
  readonly needsBanner: boolean;
}

/** Reads the consent cookie name without trusting the document (it may not be validated yet). */
export function consentCookieName(raw: unknown): string {
  const name = (raw as { consentCookie?: { name?: unknown } } | null)?.consentCookie?.name;
  return typeof name === 'string' && name ? name : DEFAULT_CONSENT_COOKIE_NAME;
}

export function normalizeRegistry(registry: Registry, root: ParentNode | null = document): RegistryView {
  const c = registry.consentCookie ?? {};
  const cookie = {
    name: c.name ?? DEFAULT_CONSENT_COOKIE_NAME,
    path: c.path ?? '/',
    domain: c.domain,
    sameSite: c.sameSite ?? 'Lax',
    maxAgeDays: c.maxAgeDays ?? DEFAULT_CONSENT_MAX_AGE_DAYS,
  } as const;
  const required = new Set(registry.categories.filter((cat) => cat.required).map((cat) => cat.id));
  const services = registry.services ?? [];
  const entries = registry.entries ?? [];
  const optional = registry.categories.filter((cat) => !required.has(cat.id)).map((cat) => cat.id);
  const needsBanner = optional.some(
    (id) =>
      entries.some((e) => e.category === id) ||
      services.some((s) => s.category === id) ||
      root?.querySelector(`[data-cookie-category="${CSS.escape(id)}"]`) != null,
  );
  return { registry, cookie, categories: registry.categories, services, required, needsBanner };
}
