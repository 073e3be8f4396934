/**
 * Consent records (`consentLog.endpoint` in the registry): every decision, and every reset, is sent
 * to the site's server as proof of consent — at least once, nothing lost.
 *
 * - A record is first written to a durable queue in `localStorage` (the suite declares the key,
 *   see `own-storage.ts`), then POSTed as `text/plain` JSON (a "simple" request: no CORS
 *   preflight) with `fetch(…, { keepalive: true })`. A 2xx answer removes it from the queue.
 * - Undelivered records stay queued: retried with backoff while the page is open, on `online`, and
 *   on later page loads (enforcement loads this module when the queue key exists); on `pagehide` a
 *   record that is due and not on its way goes by `navigator.sendBeacon` and stays queued (its
 *   delivery is unknown). A fetch under way outlives the page (`keepalive`).
 * - Each record carries a random idempotency `key`: a receiver keeps the first record of each key
 *   and answers 2xx to repeats (docs/enforcement.md#consent-records).
 * - The queue is bounded (`MAX_QUEUE`, oldest dropped with a warning); a corrupt queue is discarded
 *   with a warning; where storage is blocked, records are only tried while the page is open, and
 *   the console says so. A receiver that refuses a record (4xx other than 408/425/429) gets no
 *   retries: the console names the status.
 * Not on any visitor's hot path: the writer and the core load it only for a registry with `consentLog`.
 */
import type { ConsentStore } from '../consent/store.js';
import type { ConsentDetail } from '../consent/types.js';

/** The queue's `localStorage` key, declared as the suite's own storage (also read by `enforce/index.ts`). */
export const QUEUE_KEY = 'cookie-elements-consent-log';
/** At most this many undelivered records are kept; the oldest goes first. */
export const MAX_QUEUE = 100;
/** Backoff between tries: 2 s, 4 s, 8 s … up to an hour. */
const FIRST_DELAY = 2000;
const MAX_DELAY = 3_600_000;
const RETRYABLE = new Set([408, 425, 429]);

/** What the endpoint receives (JSON, `Content-Type: text/plain;charset=UTF-8`). */
export interface ConsentLogRecord {
  /** Idempotency key: the same record sent twice carries the same key. */
  key: string;
  consentId: string | null;
  /** How the decision was made; `reset` when the visitor's decision was forgotten. */
  method: string;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  firstDecidedAt: string | null;
  decidedAt: string;
  revision: number;
  registryHash: string | null;
  language: string;
  gpc: boolean;
  /** The page the decision was made on, without query or fragment. */
  url: string;
}

interface Queued {
  record: ConsentLogRecord;
  /** Tries so far, and the earliest time (ms) of the next. */
  tries: number;
  next: number;
}

/** Per page: the endpoint, records being sent, the retry timer. */
let endpoint: string | undefined;
let memory: Queued[] = [];
let storageBlocked = false;
const sending = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;
let store: ConsentStore | undefined;

/** Reads the queue; a corrupt one is discarded (with a warning), blocked storage leaves the page's copy. */
function read(): Queued[] {
  let text: string | null;
  try {
    text = localStorage.getItem(QUEUE_KEY);
  } catch {
    return memory;
  }
  if (text === null) return [];
  try {
    const queue: unknown = JSON.parse(text);
    if (Array.isArray(queue) && queue.every(isQueued)) return queue;
  } catch {
    // not JSON: reported below
  }
  store?.report('queueCorrupt', [QUEUE_KEY]);
  write([]);
  return [];
}

function isQueued(item: unknown): item is Queued {
  const { record, tries, next } = (item ?? {}) as Partial<Queued>;
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.key === 'string' &&
    Number.isSafeInteger(tries) &&
    typeof next === 'number'
  );
}

function write(queue: Queued[]): void {
  memory = queue;
  try {
    if (queue.length) localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
    else localStorage.removeItem(QUEUE_KEY);
  } catch {
    if (!storageBlocked) store?.report('queueBlocked', [QUEUE_KEY]);
    storageBlocked = true;
  }
}

/** Changes the queue item of `key` (or removes it, `change` returning undefined), re-reading first: other tabs share it. */
function update(key: string, change: (item: Queued) => Queued | undefined): void {
  write(read().flatMap((item) => (item.record.key === key ? (change(item) ?? []) : [item])));
}

/** A random idempotency key (128 bits, hex). */
function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The record of `detail` (a decision, or `reset`). */
export function toRecord(detail: ConsentDetail, registryHash: string | null, now = new Date()): ConsentLogRecord {
  const reset = detail.reason === 'reset';
  return {
    key: newKey(),
    consentId: detail.consentId,
    method: reset ? 'reset' : (detail.method ?? detail.reason),
    categories: { ...detail.categories },
    services: { ...detail.services },
    firstDecidedAt: detail.firstDecidedAt,
    decidedAt: reset ? now.toISOString() : (detail.decidedAt ?? now.toISOString()),
    revision: detail.revision,
    registryHash,
    language: detail.language,
    gpc: detail.gpc,
    url: location.origin + location.pathname,
  };
}

/** Starts delivery for this page: the endpoint from the registry, retries on `online`, beacons on `pagehide`. */
function setUp(consentStore: ConsentStore): boolean {
  const configured = consentStore.view?.registry.consentLog?.endpoint;
  if (!configured) return false;
  if (!store) {
    addEventListener('online', () => flush(true));
    addEventListener('pagehide', beaconAll);
  }
  store = consentStore;
  endpoint = new URL(configured, document.baseURI).href;
  return true;
}

/** Queues the record of a decision (or a reset) durably, then sends it. */
export function log(consentStore: ConsentStore, detail: ConsentDetail): void {
  if (!setUp(consentStore)) return;
  const queue = read();
  queue.push({ record: toRecord(detail, consentStore.hash ?? null), tries: 0, next: 0 });
  const dropped = queue.splice(0, Math.max(0, queue.length - MAX_QUEUE));
  if (dropped.length) consentStore.report('queueFull', [MAX_QUEUE, dropped.length]);
  write(queue);
  flush();
}

/** On a page load: sends what earlier pages left queued (when due). */
export function resume(consentStore: ConsentStore): void {
  if (setUp(consentStore)) flush();
}

/** Sends every queued record that is due (all of them when `now` is set: back online). */
export function flush(now = false): void {
  clearTimeout(timer);
  const queue = read();
  for (const item of queue) if (now || item.next <= Date.now()) void send(item.record);
  schedule();
}

/** Wakes up for the earliest record not yet due. */
function schedule(): void {
  const waiting = read().filter((item) => !sending.has(item.record.key));
  if (!waiting.length) return;
  const due = Math.min(...waiting.map((item) => item.next));
  timer = setTimeout(() => flush(), Math.max(0, due - Date.now()) + 50);
}

async function send(record: ConsentLogRecord): Promise<void> {
  if (!endpoint || sending.has(record.key)) return;
  sending.add(record.key);
  let status = 0;
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      body: JSON.stringify(record),
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      keepalive: true,
    });
    status = response.status;
  } catch {
    // offline, refused, or a cross-origin receiver without CORS headers: retried
  }
  sending.delete(record.key);
  if (status >= 200 && status < 300) {
    update(record.key, () => undefined);
  } else if (status >= 400 && status < 500 && !RETRYABLE.has(status)) {
    update(record.key, () => undefined);
    store?.report('logRefused', [endpoint, status]);
  } else {
    update(record.key, (item) => ({
      ...item,
      tries: item.tries + 1,
      next: Date.now() + Math.min(FIRST_DELAY * 2 ** item.tries, MAX_DELAY) * (0.8 + Math.random() * 0.4),
    }));
    schedule();
  }
}

/**
 * The page is going away: a record that is due and not on its way (a `keepalive` fetch outlives the
 * page) goes by beacon, and stays queued: its delivery is unknown. One that failed moments ago
 * waits for a later page, where its backoff allows.
 */
function beaconAll(): void {
  if (!endpoint) return;
  for (const { record, next } of read()) {
    if (!sending.has(record.key) && next <= Date.now()) {
      navigator.sendBeacon(endpoint, new Blob([JSON.stringify(record)], { type: 'text/plain;charset=UTF-8' }));
    }
  }
}
