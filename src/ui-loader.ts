/**
 * Loads each element only when something must be shown (Lit-free; part of what every page of
 * the drop-in build downloads):
 * - the visitor must be asked (no valid decision) → the banner (created if the page has none);
 * - the page holds a `<cookie-table>`, an inline `<cookie-settings>` or a `<cookie-banner reopen>`,
 *   now or later (SPA views);
 * - `showSettings()` / `showBanner()`, or a click on any `[data-cookie-settings]` element
 *   (warmed up on hover and focus).
 * A returning visitor with a valid decision and none of these downloads no UI at all.
 */
import type { CookieElementsApi } from './consent/api.js';
import type { ConsentDetail } from './consent/types.js';
import type { findOrCreate, ShowableElement } from './internal/ui-registry.js';

/** The registration modules; the banner's and the settings' also hand over `findOrCreate`. */
export interface ElementLoaders {
  banner: () => Promise<{ findOrCreate: typeof findOrCreate }>;
  settings: () => Promise<{ findOrCreate: typeof findOrCreate }>;
  table: () => Promise<unknown>;
}

/** Tags the drop-in build registers, and the loader each needs. */
const IN_PAGE: [selector: string, element: keyof ElementLoaders][] = [
  ['cookie-table', 'table'],
  ['cookie-settings[inline]', 'settings'],
  ['cookie-banner[reopen]', 'banner'],
];

export function installUiLoader(api: CookieElementsApi, loaders: ElementLoaders): void {
  const loading: Partial<Record<keyof ElementLoaders, Promise<unknown>>> = {};
  const load = (element: keyof ElementLoaders) => (loading[element] ??= loaders[element]());
  /** The page's banner or settings element (created if it has none), once its code is here. */
  const element = async (kind: 'banner' | 'settings'): Promise<ShowableElement | undefined> => {
    const ui = (await load(kind)) as Awaited<ReturnType<ElementLoaders[typeof kind]>>;
    return ui.findOrCreate(kind === 'banner' ? 'banners' : 'settings');
  };

  api.registerUi({
    showSettings: async (opener) => (await element('settings'))?.show('api', opener),
    showBanner: async () => (await element('banner'))?.show('api'),
  });

  const openerOf = (event: Event) => (event.target as Element | null)?.closest?.('[data-cookie-settings]');
  // Clicks, and keyboard activation of openers that are not buttons or links (a button's Enter
  // and Space, and a link's Enter, already click).
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

  const ask = (consent: ConsentDetail) => {
    if (!consent.decided && Object.keys(consent.categories).length) void element('banner');
  };
  void api.ready.then(ask);
  api.onConsent(ask);

  const scan = () => {
    for (const [selector, element] of IN_PAGE) if (document.querySelector(selector)) void load(element);
    return IN_PAGE.every(([, element]) => loading[element]);
  };
  if (!scan()) {
    new MutationObserver((_records, observer) => scan() && observer.disconnect()).observe(document.documentElement, {
      childList: true,
      subtree: true,
    });
  }
}
