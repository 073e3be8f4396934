/**
 * Loads each part only when the page needs it (Lit-free; part of what every page downloads):
 * - the visitor must be asked (no valid decision) → the banner (created if the page has none);
 * - the page holds a `<cookie-table>`, an inline `<cookie-settings>` or a `<cookie-banner reopen>`,
 *   now or later (SPA views); a `<cookie-gate>` that is blocked (before a decision: every gate; after
 *   it, enforcement says which);
 * - `showSettings()` / `showBanner()`, or a click on any `[data-cookie-settings]` element
 *   (warmed up on hover and focus);
 * - enforcement (`src/enforce/`), once the visitor decided and there is something to enforce: a
 *   gated element or gate in the page, Google's `dataLayer`, consent records to deliver, or something
 *   denied (what the registry lists of it must go).
 * A returning visitor with a valid decision that grants everything, on a page with none of these,
 * downloads nothing more. Each entry passes the loaders it has (the core entry: enforcement only).
 */
import { getStore, type CookieElementsApi } from './consent/api.js';
import type { ConsentStore } from './consent/store.js';
import type { ConsentDetail } from './consent/types.js';
import type { findOrCreate, ShowableElement } from './internal/ui-registry.js';

/** The registration modules (the banner's and the settings' also hand over `findOrCreate`), and enforcement. */
export interface PageLoaders {
  banner?: () => Promise<{ findOrCreate: typeof findOrCreate }>;
  settings?: () => Promise<{ findOrCreate: typeof findOrCreate }>;
  table?: () => Promise<unknown>;
  gate?: () => Promise<unknown>;
  enforce?: () => Promise<{ enforce(store: ConsentStore, loadGates: () => unknown): void }>;
}

type Part = keyof PageLoaders;

const IN_PAGE: [selector: string, part: Part][] = [
  ['cookie-table', 'table'],
  ['cookie-settings[inline]', 'settings'],
  ['cookie-banner[reopen]', 'banner'],
];

/**
 * Something to enforce, once the visitor decided: a gated element in the page, or a category or
 * service denied (what the registry lists of it must go). Before a decision nothing optional is
 * granted, so nothing needs running (a gated element of a required category runs once the visitor
 * has decided: required code should not be gated).
 */
function mustEnforce({ decided, categories, services }: ConsentDetail): boolean {
  return (
    decided &&
    (!!document.querySelector('[data-cookie-category],cookie-gate') ||
      'dataLayer' in window || // Google's tags are on the page: Consent Mode needs the update
      !!getStore().view?.registry.consentLog || // consent records an earlier page could not deliver
      Object.values(categories).concat(Object.values(services)).includes(false))
  );
}

export function installPageLoader(api: CookieElementsApi, loaders: PageLoaders): void {
  const loading: Partial<Record<Part, Promise<unknown>>> = {};
  const load = (part: Part) => (loading[part] ??= loaders[part]?.());
  const element = async (kind: 'banner' | 'settings'): Promise<ShowableElement | undefined> => {
    const ui = (await load(kind)) as { findOrCreate: typeof findOrCreate } | undefined;
    return ui?.findOrCreate(kind === 'banner' ? 'banners' : 'settings');
  };
  const enforce = (consent: ConsentDetail) => {
    if (loaders.enforce && !loading.enforce && mustEnforce(consent)) {
      void (load('enforce') as ReturnType<NonNullable<PageLoaders['enforce']>>).then((module) =>
        module.enforce(getStore(), () => load('gate')),
      );
    }
  };

  if (loaders.banner) {
    getStore().ui = {
      showSettings: async (opener) => (await element('settings'))?.show('api', opener),
      showBanner: async () => (await element('banner'))?.show('api'),
    };

    const openerOf = (event: Event) => (event.target as Element | null)?.closest?.('[data-cookie-settings]');
    const activate = (event: Event) => {
      const opener = openerOf(event);
      const key = (event as KeyboardEvent).key;
      if (
        !opener ||
        (event.type === 'keydown' &&
          ((key !== 'Enter' && key !== ' ') ||
            opener.closest('button') ||
            (key === 'Enter' && opener.closest('a[href]'))))
      ) {
        return;
      }
      event.preventDefault();
      void api.showSettings(opener);
    };
    document.addEventListener('click', activate);
    document.addEventListener('keydown', activate);
    for (const type of ['pointerover', 'focusin']) {
      document.addEventListener(type, (event) => void (openerOf(event) && load('settings')), { passive: true });
    }
  }

  const ask = (consent: ConsentDetail) => {
    if (!consent.decided) {
      // Nothing is granted yet: the visitor is asked, and every gate is blocked (its placeholder shows).
      if (Object.keys(consent.categories).length) void element('banner');
      if (document.querySelector('cookie-gate')) void load('gate');
    }
    enforce(consent);
  };
  void api.ready.then(ask);
  api.onConsent(ask);
  // `?cookie-audit` in the address: audit mode (src/integrations/audit.ts), in the console.
  if (/[?&]cookie-audit(?![\w-])/.test(location.search)) void api.audit();

  const scan = () => {
    for (const [selector, part] of IN_PAGE) if (document.querySelector(selector)) void load(part);
    enforce(api.getConsent());
    return (Object.keys(loaders) as Part[]).every((part) => loading[part]);
  };
  if (!scan()) {
    new MutationObserver((_records, observer) => scan() && observer.disconnect()).observe(document.documentElement, {
      childList: true,
      subtree: true,
    });
  }
}
