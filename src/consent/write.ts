/**
 * Everything that writes: making a decision into a record, encoding it, writing the cookie.
 * Not on a returning visitor's path: the store loads this module when a decision is made,
 * and the UI imports it statically so Accept never waits for it.
 */
import type { RegistryView } from './normalize.js';
import { isStale } from './grants.js';
import { RECORD_VERSION, type ConsentRecord } from './record.js';
import type { ConsentChoice, ConsentMethod } from './types.js';

export { writeCookie, deleteCookie } from './cookie-write.js';

export type Decision = Exclude<ConsentMethod, 'gpc'>;

export interface DecideContext {
  now: Date;
  hash: string;
  language: string;
  gpcSignal: boolean;
}

/** The record a decision produces, and the ids of `set()` it could not use. */
export function decide(
  view: RegistryView,
  stored: ConsentRecord | null,
  decision: Decision,
  choice: ConsentChoice,
  context: DecideContext,
): { record: ConsentRecord; unknown: string[] } {
  const valid = stored && !isStale(view, stored, context.now.getTime()) ? stored : null;
  const partial = decision === 'custom' || decision === 'gate';
  const unknown: string[] = [];
  const cat: Record<string, 0 | 1> = {};
  const svc: Record<string, 0 | 1> = partial ? { ...valid?.svc } : {};
  const optional = view.categories.filter((c) => !view.required.has(c.id));

  for (const [id, value] of Object.entries(choice.categories ?? {})) {
    if (!view.categories.some((c) => c.id === id) || typeof value !== 'boolean') unknown.push(id);
  }
  for (const category of optional) {
    const chosen = choice.categories?.[category.id];
    if (decision === 'accept-all') cat[category.id] = context.gpcSignal && category.gpc ? 0 : 1;
    else if (decision === 'reject-all') cat[category.id] = 0;
    else if (typeof chosen === 'boolean') {
      cat[category.id] = chosen ? 1 : 0;
      // A category switched as a whole takes its services with it.
      for (const service of view.services) if (service.category === category.id) delete svc[service.id];
    } else cat[category.id] = valid?.cat[category.id] ?? 0;
  }
  for (const [id, value] of Object.entries(choice.services ?? {})) {
    const service = view.services.find((s) => s.id === id);
    if (!service || typeof value !== 'boolean' || !partial) unknown.push(id);
    else if (!view.required.has(service.category)) svc[id] = value ? 1 : 0;
  }

  const now = context.now.toISOString();
  const gpc = context.gpcSignal && optional.some((c) => c.gpc && cat[c.id] === 0);
  return {
    unknown,
    record: {
      v: RECORD_VERSION,
      id: stored?.id ?? newConsentId(),
      rev: view.registry.revision,
      hash: context.hash,
      first: stored?.first ?? now,
      at: now,
      cat,
      svc,
      m: decision,
      lang: context.language,
      gpc: gpc ? 1 : 0,
    },
  };
}

/** The cookie value of a record: base64url of its JSON (see `record.ts`). */
export function encodeRecord(record: ConsentRecord): string {
  return base64url(JSON.stringify(record));
}

/** A random consent id: 16 bytes from `crypto.getRandomValues`, base64url. */
export function newConsentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return base64url(String.fromCharCode(...bytes));
}

function base64url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
