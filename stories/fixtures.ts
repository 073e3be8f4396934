/**
 * What every story shares: the page's one registry, the consent state a story starts from, and
 * small helpers for play functions. `.storybook/preview.ts` applies the state in a loader before
 * each story renders; a test that renders a story's render function calls `prepareStory()` itself.
 *
 * The page has ONE consent store (DESIGN.md, "One state per page"): it is started once, with
 * `storyRegistry`, and every story then puts it into its own state (forgetting what the story
 * before it decided), so no decision leaks from one story to the next.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { html } from 'lit';
import { getApi, getStore } from '../src/consent/api.js';
import { writeCookie } from '../src/consent/cookie-write.js';
import { hashText } from '../src/consent/hash.js';
import type { ConsentRecord } from '../src/consent/record.js';
import type { ConsentChoice } from '../src/consent/types.js';
import { encodeRecord } from '../src/consent/write.js';
import dumka from '../examples/registries/dumka.json';

/**
 * The second reference site's registry (`examples/registries/dumka.json`: essential, analytics,
 * functional), revised once (revision 2) to add what the stories need to show: a map provider for
 * `<cookie-gate>` (the `/embeds` demo's stand-in, in functional) and a marketing category marked
 * `gpc` (a video provider that shares data for advertising), which a Global Privacy Control signal
 * keeps off. A decision made under revision 1 is stale here.
 */
export const storyRegistry = {
  ...dumka,
  revision: 2,
  categories: [
    ...dumka.categories,
    {
      id: 'marketing',
      title: { en: 'Marketing', uk: 'Маркетинг', ru: 'Маркетинг' },
      description: {
        en: 'Embedded videos whose provider uses cookies to personalise advertising. Off unless you allow them.',
        uk: 'Вбудовані відео, постачальник яких використовує файли cookie для персоналізації реклами. Вимкнені, доки ви їх не дозволите.',
        ru: 'Встроенные видео, поставщик которых использует файлы cookie для персонализации рекламы. Отключены, пока вы их не разрешите.',
      },
      gpc: true,
      googleConsentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    },
  ],
  services: [
    ...dumka.services,
    {
      id: 'openmaps',
      category: 'functional',
      name: 'OpenMaps (demo)',
      provider: 'OpenMaps Demo Ltd.',
      description: { en: 'A stand-in map provider (the demo serves its map).' },
      privacyPolicyUrl: 'https://example.org/privacy',
    },
    {
      id: 'streamtube',
      category: 'marketing',
      name: 'StreamTube (demo)',
      provider: 'StreamTube Demo Inc.',
      description: { en: 'A stand-in video provider.' },
      privacyPolicyUrl: 'https://example.org/video-privacy',
    },
  ],
  entries: [
    ...dumka.entries,
    {
      name: 'st_visitor',
      type: 'cookie',
      category: 'marketing',
      service: 'streamtube',
      purpose: {
        en: 'Recognises you across sites that embed StreamTube videos, to personalise advertising',
        uk: 'Розпізнає вас на сайтах із вбудованими відео StreamTube, щоб персоналізувати рекламу',
        ru: 'Узнаёт вас на сайтах со встроенными видео StreamTube, чтобы персонализировать рекламу',
      },
      duration: 'P6M',
      thirdParty: true,
    },
  ],
};

/**
 * The consent state a story starts from (story parameter `consent`):
 * - `undecided` (default): no decision; the banner asks, gates are blocked;
 * - `accept-all`, `reject-all`: that decision, made just now;
 * - a `ConsentChoice`: a custom decision (`api.set(choice)`);
 * - `stale`: a decision stored under revision 1 (before marketing existed): out of date, so the
 *   visitor is asked again and nothing optional runs; the settings still show that old record.
 */
export type ConsentState = 'undecided' | 'accept-all' | 'reject-all' | 'stale' | ConsentChoice;

export interface StoryState {
  consent?: ConsentState;
  /** Whether the browser sends Global Privacy Control (`navigator.globalPrivacyControl === true`). */
  gpc?: boolean;
  /** The UI language (`''`: as detected from the browser). */
  language?: string;
}

const cookie = {
  name: storyRegistry.consentCookie.name,
  path: storyRegistry.consentCookie.path,
  sameSite: 'Lax' as const,
};

/** The cookie value of a decision made under revision 1, a month ago (analytics and functional granted). */
function staleRecord(): string {
  const at = new Date(Date.now() - 30 * 864e5).toISOString();
  const record: ConsentRecord = {
    v: 1,
    id: 'storybook-stale-record-0001',
    rev: 1,
    hash: hashText(JSON.stringify(dumka)),
    first: at,
    at,
    cat: { analytics: 1, functional: 1 },
    svc: {},
    m: 'accept-all',
    lang: 'en',
    gpc: 0,
  };
  return encodeRecord(record);
}

/**
 * Makes `navigator.globalPrivacyControl` say `on` (an own property shadowing the engine's, if any);
 * `false` removes it again. The store reads the signal whenever it computes the state.
 */
function setGpc(on: boolean): void {
  if (on) Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  else delete (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl;
}

/**
 * Elements that `showSettings()` / `showBanner()` created at the end of `<body>` (outside the story's
 * root, which Storybook empties between stories) belong to the story that opened them.
 */
function removeCreatedElements(): void {
  for (const element of document.querySelectorAll('body > cookie-settings, body > cookie-banner')) element.remove();
}

/**
 * The store hears of a cookie written behind its back as it hears of another tab's decision: a
 * BroadcastChannel message (the cookie is the truth; it re-reads and adopts it). Resolves once it did.
 */
async function adoptWrittenCookie(value: string): Promise<void> {
  const channel = new BroadcastChannel(`cookie-elements:${cookie.name}`);
  channel.postMessage(value);
  channel.close();
  const store = getStore();
  for (let tries = 0; store.lastCookie !== value && tries < 100; tries++) {
    // No BroadcastChannel message (a sandboxed frame, say): the page becoming visible re-reads it too.
    if (tries === 10) document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Puts the page's one store into `state`: starts it on first use (with the stale record already
 * in the cookie when the story wants one, as a returning visitor's page load would find it);
 * afterwards forgets whatever the story before decided, then decides as `state` says.
 */
export async function prepareStory({ consent = 'undecided', gpc = false, language }: StoryState = {}): Promise<void> {
  removeCreatedElements();
  setGpc(gpc);
  const api = getApi();
  const store = getStore();
  if (language !== undefined) api.setLanguage(language);
  if (!store.started) {
    if (consent === 'stale') writeCookie(cookie, staleRecord(), 365 * 86400);
    else writeCookie(cookie, '', 0); // a decision left from an earlier visit to Storybook
    await api.start({ registry: storyRegistry });
    if (consent === 'stale') return void (await store.detecting);
  } else {
    await api.reset();
    if (consent === 'stale') {
      const value = staleRecord();
      writeCookie(cookie, value, 365 * 86400);
      await adoptWrittenCookie(value);
    }
  }
  if (consent === 'accept-all') await api.acceptAll();
  else if (consent === 'reject-all') await api.rejectAll();
  else if (typeof consent === 'object') await api.set(consent);
  await store.detecting;
}

/** The `cookie-*` elements in the page (the story's, and any `showSettings()` created). */
export function cookieElements(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter((element) => element.localName.startsWith('cookie-'));
}

/** Resolves once every `cookie-*` element has rendered, in the UI language, with the current state. */
export async function elementsRendered(root: ParentNode = document): Promise<void> {
  await Promise.all(
    cookieElements(root).map(
      (element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete,
    ),
  );
}

/** Opens the details of every category of the settings in `root` (as a visitor would: their disclosure buttons). */
export async function expandAllCategories(root: ParentNode): Promise<void> {
  await elementsRendered(root);
  for (const settings of root.querySelectorAll('cookie-settings')) {
    const buttons = settings.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="category-expand"]') ?? [];
    for (const button of buttons) if (button.getAttribute('aria-expanded') === 'false') button.click();
  }
  await elementsRendered(root);
}

/**
 * A page for the banner to overlay (the banner comes first, as it should in `<body>`), with the
 * footer link that opens the settings on a site without `reopen`.
 */
export const samplePage = (banner: unknown) => html`
  ${banner}
  <main class="sample-page">
    <h1>Dumka</h1>
    <p>
      Write, keep and share your thoughts. This page stands in for the site: the banner overlays it without moving it,
      and keeps the focused element in view.
    </p>
    <p><a href="#" data-cookie-settings>Cookie settings</a></p>
  </main>
`;

/**
 * Attributes the manifest documents that a story does not set: the toolbar sets `theme` on every
 * element, and the elements set `open`/`loaded` themselves. Listed in the docs, without a control.
 */
export function setElsewhere(...names: string[]): ArgTypes {
  const why: Record<string, string> = {
    theme: 'Set on every element by the toolbar’s Theme switcher.',
    open: 'Reflected by the element while it shows (a dialog: use `show()`).',
    loaded: 'Set by the suite when the gate opens.',
    'reload-on-withdraw': 'Reloads the page on a withdrawal: not in these stories.',
  };
  return Object.fromEntries(names.map((name) => [name, { control: false, description: why[name] }]));
}

/*
 * DECIDED_STORIES_IN_DOCS: a story that starts from a decision is tagged `!autodocs`, so it stays out
 * of the docs pages. There each story is a page of its own (an iframe) on one origin: they share the
 * consent cookie, and the suite keeps same-origin pages in step (a decision in one is adopted by the
 * others, as across tabs). The docs show the undecided stories; the decided ones are in the sidebar.
 */
