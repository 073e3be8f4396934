/**
 * Everything that writes: making a decision into a record, encoding it, writing the cookie.
 * Not on a returning visitor's path: the store loads this module when a decision is made,
 * and the UI imports it statically so Accept never waits for it.
 */
import type { RegistryView } from './normalize.js';
import { readCookie } from './cookie.js';
import { sweep } from '../enforce/sweep.js';
import { deleteCookie, writeCookie } from './cookie-write.js';
import { computeDetail, isStale } from './grants.js';
import { CookieConsentChangeEvent } from '../events/cookie-consent-change.js';
import { CookieConsentWithdrawEvent } from '../events/cookie-consent-withdraw.js';
import { MAX_RECORD_LENGTH, RECORD_VERSION, sealOf, type ConsentRecord } from './record.js';
import { gpcSignal, type ConsentStore } from './store.js';
import type { ConsentChoice, ConsentDetail, ConsentMethod, ConsentReason } from './types.js';

export { writeCookie, deleteCookie };

const PREFIX = '[cookie-elements]';

/** Makes, stores and announces a decision. */
export function recordDecision(store: ConsentStore, decision: Decision, choice: ConsentChoice): ConsentDetail {
  const view = store.view;
  if (!view) {
    console.error(`${PREFIX} no decision recorded: the registry is unusable (see the error above)`);
    return store.detail;
  }
  if (!view.needsBanner) return store.detail; // nothing optional: nothing to record, nothing written
  const result = decide(view, store.record, decision, choice, {
    now: new Date(),
    hash: store.hash!, // set when the registry was read, before any decision
    language: store.language,
    gpcSignal: gpcSignal(),
  });
  for (const id of result.unknown) {
    void store.report('set', [id]);
  }
  persist(store, result.record);
  const { detail, withdrawn } = adopt(store, result.record, decision);
  reloadIfWithdrawn(withdrawn, logRecord(store, detail));
  return store.detail;
}

/**
 * With `consentLog` in the registry: the decision (or reset) goes to the site's server as a record.
 * Resolves once the record is queued (durably: a reload after it loses nothing).
 */
function logRecord(store: ConsentStore, detail: ConsentDetail): Promise<void> {
  if (!store.view?.registry.consentLog) return Promise.resolve();
  return import('../integrations/consent-log.js').then(
    (log) => log.log(store, detail),
    (error: Error) => void store.report('logChunk', [error.message]),
  );
}

/**
 * `reload-on-withdraw` (an attribute of the page's `<cookie-banner>` or `<cookie-settings>`): a
 * withdrawal reloads the page, once its consent record is queued. Scripts that ran cannot be
 * unloaded; after the reload, only what is still granted runs.
 */
function reloadIfWithdrawn(withdrawn: boolean, recorded: Promise<void>): void {
  if (withdrawn && document.querySelector('[reload-on-withdraw]')) void recorded.then(() => location.reload());
}

/**
 * Takes `record` as the state (a decision here or in another tab), removes the storage of what is
 * not granted, and tells the page: `cookie-consent-change`, then `cookie-consent-withdraw`.
 */
export function adopt(
  store: ConsentStore,
  record: ConsentRecord | null,
  reason: ConsentReason,
): { detail: ConsentDetail; withdrawn: boolean } {
  const before = store.detail;
  store.record = record;
  const after = computeDetail(store.view, record, reason, store.language, store.gpcApplied(record));
  const detail = (store.detail = Object.freeze({
    ...after,
    changed: Object.freeze([...flips(before.categories, after.categories), ...flips(before.services, after.services)]),
  }));
  document.dispatchEvent(new CookieConsentChangeEvent(detail));
  // What is not granted now is removed (a withdrawn grant's storage, or anything set before
  // consent); only then does the page hear what was withdrawn.
  if (store.view) sweep(store.view, detail);
  const categories = flips(before.categories, after.categories, true);
  const services = flips(before.services, after.services, true);
  const withdrawn = categories.length + services.length > 0;
  if (withdrawn) document.dispatchEvent(new CookieConsentWithdrawEvent({ categories, services, consent: detail }));
  store.notify();
  return { detail, withdrawn };
}

/**
 * Adopts what another tab decided. `written` is the value it announced: this document's cookies may
 * lag behind it for a moment, so wait until they show it (up to a second).
 */
export function sync(store: ConsentStore, written?: string, tries = 20): ConsentDetail {
  const name = store.view!.cookie.name;
  if (written !== undefined && (readCookie(name) ?? '') !== written && tries) {
    setTimeout(() => sync(store, written, tries - 1), 50);
  } else if (readCookie(name) !== store.lastCookie) {
    reloadIfWithdrawn(adopt(store, store.readStored(name), 'sync').withdrawn, Promise.resolve());
  }
  return store.detail;
}

/** Ids whose grant differs between `a` and `b` (only those granted in `a` when `onlyLost`). */
function flips(a: Readonly<Record<string, boolean>>, b: Readonly<Record<string, boolean>>, onlyLost = false): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((id) => !a[id] !== !b[id] && (!onlyLost || a[id]));
}

/** Forgets the decision: deletes the cookie; the visitor is asked again. */
export function forget(store: ConsentStore): ConsentDetail {
  const view = store.view;
  if (!view?.needsBanner) return store.detail;
  deleteCookie(view.cookie);
  store.lastCookie = undefined;
  const { consentId, firstDecidedAt } = store.detail;
  const { detail, withdrawn } = adopt(store, null, 'reset');
  reloadIfWithdrawn(withdrawn, logRecord(store, { ...detail, consentId, firstDecidedAt })); // whose consent ended
  store.broadcast();
  return store.detail;
}

/** Writes the record to the consent cookie; where the browser will not keep it, the decision stays in memory. */
export function persist(store: ConsentStore, record: ConsentRecord): void {
  const view = store.view;
  if (store.memoryOnly || !view) return;
  const value = encodeRecord(record);
  const ageLeft = (Date.parse(record.at) + view.cookie.maxAgeDays * 864e5 - Date.now()) / 1000;
  // Never store a record the next page load would refuse to read.
  if (value.length <= MAX_RECORD_LENGTH && writeCookie(view.cookie, value, ageLeft)) {
    store.lastCookie = value;
    store.broadcast();
  } else {
    store.memoryOnly = true;
    console.warn(
      `${PREFIX} cookie "${view.cookie.name}" could not be stored (blocked, refused or over ${MAX_RECORD_LENGTH} characters): the decision holds for this page only`,
    );
  }
}

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

/** The cookie value of a record: base64url of its JSON, sealed with its `sum` last (see `record.ts`). */
export function encodeRecord(record: ConsentRecord): string {
  return base64url(JSON.stringify({ ...record, sum: sealOf(record) }));
}

/** A random consent id: 16 bytes from `crypto.getRandomValues`, base64url. */
export function newConsentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return base64url(String.fromCharCode(...bytes));
}

function base64url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
