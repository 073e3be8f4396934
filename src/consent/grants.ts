/**
 * Pure rules of consent on the hot path: staleness and the grants a record gives
 * (DESIGN.md, "Grants"). Making a decision is in `write.ts`, loaded when one is made.
 */
import type { RegistryView } from './normalize.js';
import type { ConsentRecord } from './record.js';
import type { ConsentDetail, ConsentReason } from './types.js';

const freeze = Object.freeze;

const DAY = 864e5;

/**
 * Stale: another registry revision, expired, or a non-required category the visitor was never asked
 * about. The core checks a record's seal, not each field (`readRecord()`): a time that does not
 * parse counts as expired.
 */
export function isStale(view: RegistryView, record: ConsentRecord, now: number): boolean {
  return (
    record.rev !== view.registry.revision ||
    !(now < Date.parse(record.at) + view.cookie.maxAgeDays * DAY) ||
    view.categories.some((c) => !view.required.has(c.id) && !(c.id in record.cat))
  );
}

/** The public state for a registry view and a stored record. Without a view (failed registry), nothing is granted. */
export function computeDetail(
  view: RegistryView | undefined,
  record: ConsentRecord | null,
  reason: ConsentReason,
  language: string,
  gpc: boolean,
): ConsentDetail {
  const stale = !!(view?.needsBanner && record && isStale(view, record, Date.now()));
  const live = view?.needsBanner && record && !stale ? record : null;
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  for (const c of view?.categories ?? []) categories[c.id] = view!.required.has(c.id) || live?.cat[c.id] === 1;
  for (const s of view?.services ?? []) {
    services[s.id] = view!.required.has(s.category) || (live ? (live.svc[s.id] ?? live.cat[s.category]) === 1 : false);
  }
  const shown = view?.needsBanner ? record : null;
  return freeze({
    decided: !!view && (!view.needsBanner || !!live),
    stale,
    categories: freeze(categories),
    services: freeze(services),
    revision: view?.registry.revision ?? 0,
    consentId: shown?.id ?? null,
    firstDecidedAt: shown?.first ?? null,
    decidedAt: shown?.at ?? null,
    method: live?.m ?? null,
    reason,
    changed: freeze([]),
    gpc: live ? live.gpc === 1 : gpc,
    language,
  });
}
