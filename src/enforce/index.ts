/**
 * Enforcement, loaded by the page loader once there is something to enforce: removes what is not
 * granted (now, and on every change), tells Google's tags (Consent Mode), runs what is granted,
 * and keeps doing so for gated elements added later (single-page apps, CMS widgets, tag managers).
 */
import type { ConsentStore } from '../consent/store.js';
import { consentMode } from '../integrations/consent-mode.js';
import { activate, GATED } from './activate.js';

/** `<cookie-gate>` (as `GATE` in `gate.ts`, which loads only for a page that has one). */
const GATE = 'cookie-gate';

let installed = false;

/**
 * Whether consent records wait in the queue (storage blocked: none can). The key is `QUEUE_KEY` of
 * `integrations/consent-log.ts`, written out: importing it would pull that module into this chunk.
 */
function queued(): boolean {
  try {
    return localStorage.getItem('cookie-elements-consent-log') !== null;
  } catch {
    return false;
  }
}

/**
 * Installs enforcement for the page. `loadGates` loads the `<cookie-gate>` element, which shows the
 * placeholder of a gate that stays blocked (granted ones open here, without it).
 */
export function enforce(store: ConsentStore, loadGates: () => unknown = () => undefined): void {
  if (installed) return;
  installed = true;
  // Gates: granted ones open here; a blocked one needs the element (its placeholder).
  const gates = (root: ParentNode = document) => {
    if (root.querySelector(GATE) || (root instanceof Element && root.localName === GATE)) {
      void import('./gate.js').then(({ applyGates }) => applyGates(store.detail, root) && loadGates());
    }
  };
  const run = () => {
    if (!store.view) return; // a registry that failed: nothing optional is granted, nothing runs
    const { categories, services } = store.detail;
    // Removing storage (its own chunk, shared with the writer) only when something is denied.
    if (Object.values(categories).concat(Object.values(services)).includes(false)) {
      void import('./sweep.js').then(({ sweep }) => store.view && sweep(store.view, store.detail));
    }
    consentMode(store); // the default before any gated tag runs; an update per decision
    activate(store);
    gates();
  };
  if (!(store.settled && store.detail.decided)) run(); // subscribe() calls it now when decided
  store.subscribe(run, true);
  // Consent records earlier pages could not deliver (`consentLog`): sent now.
  if (store.view?.registry.consentLog && queued()) {
    void import('../integrations/consent-log.js').then((log) => log.resume(store));
  }
  new MutationObserver((records) => {
    if (!store.view) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLElement && (node.matches(GATED) || node.querySelector(GATED))) activate(store, node);
        if (node instanceof HTMLElement) gates(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
