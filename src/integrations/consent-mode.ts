/**
 * Google Consent Mode v2. Each category's `googleConsentMode` names the consent types it stands
 * for (`analytics_storage`, `ad_storage`, `ad_user_data`, …). Before any gated tag runs, the page
 * gets a `consent default` with every mapped type `denied` (with the registry's `waitForUpdate`,
 * `region`, `adsDataRedaction`, `urlPassthrough`); then a `consent update` with each type
 * `granted` when a category mapped to it is granted, on the visitor's every decision and on each
 * page load with a valid decision.
 *
 * Google's tags read `dataLayer` entries that are `arguments` objects (plain arrays are ignored):
 * through the site's `gtag()` when it has one, else pushed as `gtag()` would push them. A default
 * already in `dataLayer` (from the classic snippet a site with ungated tags puts first in
 * `<head>`, docs/enforcement.md) is not pushed again.
 */
import type { ConsentStore } from '../consent/store.js';

type Gtag = (...args: unknown[]) => void;
type GoogleWindow = Window & { dataLayer?: unknown[]; gtag?: Gtag };

/** `gtag()` as Google's snippet defines it, or the site's own. */
function gtag(...args: unknown[]): void {
  const page = window as GoogleWindow;
  if (typeof page.gtag === 'function') {
    page.gtag(...args);
  } else {
    (function push(..._: unknown[]) {
      // eslint-disable-next-line prefer-rest-params -- Google's tags read `arguments` objects
      (page.dataLayer ??= []).push(arguments);
    })(...args);
  }
}

/** Whether `dataLayer` already holds a `consent default` (the site's snippet, or ours). */
function hasDefault(): boolean {
  return ((window as GoogleWindow).dataLayer ?? []).some(
    (entry) => (entry as ArrayLike<unknown>)?.[0] === 'consent' && (entry as ArrayLike<unknown>)[1] === 'default',
  );
}

/** The consent types the registry maps, each → whether a category mapped to it is granted now. */
function states(store: ConsentStore): Record<string, 'granted' | 'denied'> {
  const result: Record<string, 'granted' | 'denied'> = {};
  for (const category of store.view?.categories ?? []) {
    for (const type of category.googleConsentMode ?? []) {
      if (store.detail.categories[category.id] === true) result[type] = 'granted';
      else result[type] ??= 'denied';
    }
  }
  return result;
}

/** The last update pushed (as JSON): a state is pushed once, not on every notice. */
let pushed: string | undefined;

/** Pushes the default (once), then the state of the visitor's decision when there is one and it changed. */
export function consentMode(store: ConsentStore): void {
  const current = states(store);
  const types = Object.keys(current);
  if (!types.length) return; // the registry maps no consent type: Consent Mode is not used
  if (!hasDefault()) {
    const options = store.view!.registry.googleConsentMode ?? {};
    gtag('consent', 'default', {
      ...Object.fromEntries(types.map((type) => [type, 'denied'])),
      ...(options.waitForUpdate !== undefined && { wait_for_update: options.waitForUpdate }),
      ...(options.region && { region: options.region }),
    });
    if (options.adsDataRedaction !== undefined) gtag('set', 'ads_data_redaction', options.adsDataRedaction);
    if (options.urlPassthrough !== undefined) gtag('set', 'url_passthrough', options.urlPassthrough);
  }
  const key = JSON.stringify(current);
  if (store.detail.decided && key !== pushed) {
    pushed = key;
    gtag('consent', 'update', current);
  }
}
