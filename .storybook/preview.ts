import { setCustomElementsManifest, type Decorator, type Loader, type Preview } from '@storybook/web-components-vite';
import { getApi, getStore } from '../src/consent/api.js';
import { findOrCreate } from '../src/components/cookie-settings/define.js';
import '../src/components/cookie-banner/define.js';
import { UI_LOCALES } from '../src/i18n/detect.js';
import { cookieElements, prepareStory, type ConsentState } from '../stories/fixtures.js';
import manifest from '../custom-elements.json';
import { publicManifest } from './manifest.js';

// Controls and docs come from the custom elements manifest (`npm run manifest`), public API only.
setCustomElementsManifest(publicManifest(manifest));

/**
 * Customize, the re-open control and `data-cookie-settings` openers call `showSettings()`: here it
 * opens the page's settings dialog, or creates one (the drop-in's UI layer would also create a
 * banner on any undecided page, which the stories of the other elements must not show).
 */
getStore().ui ??= {
  showSettings: async (opener) => findOrCreate('settings')?.show('api', opener),
  showBanner: async () => findOrCreate('banners')?.show('api'),
};

// Any element with `data-cookie-settings` opens the settings (the drop-in's UI layer does this on a site).
document.addEventListener('click', (event) => {
  const opener = (event.target as Element | null)?.closest?.('[data-cookie-settings]');
  if (!opener) return;
  event.preventDefault();
  void getApi().showSettings(opener);
});

/** A language's own name for itself ("Deutsch", "українська"), from Intl. */
function autonym(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const THEMES = ['auto', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
let theme: Theme = 'auto';

/** Gives `element` (and every `cookie-*` element inside it) the toolbar's theme. */
function applyTheme(root: ParentNode | Element): void {
  const elements = cookieElements(root);
  if (root instanceof Element && root.localName.startsWith('cookie-')) elements.push(root as HTMLElement);
  for (const element of elements) if (element.getAttribute('theme') !== theme) element.setAttribute('theme', theme);
}

// Elements the stories render, and those `showSettings()` adds to <body> later, get the theme too.
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) applyTheme(node);
}).observe(document.body, { childList: true, subtree: true });

/** The toolbar's theme on every element, and the canvas in the same colour scheme. */
const withTheme: Decorator = (story, context) => {
  const chosen = context.globals.theme as Theme | undefined;
  theme = chosen && THEMES.includes(chosen) ? chosen : 'auto';
  document.documentElement.style.colorScheme = theme === 'auto' ? 'light dark' : theme;
  queueMicrotask(() => applyTheme(document));
  return story();
};

/** The toolbar's language, through the public API (`''`: as detected from the browser). */
const withLanguage: Decorator = (story, context) => {
  getApi().setLanguage(String(context.globals.locale ?? ''));
  return story();
};

/**
 * Each story starts from its own consent state (parameter `consent`, default undecided; `gpc: true`
 * for a browser that sends Global Privacy Control): nothing a story before it decided leaks in.
 */
const withConsentState: Loader = async ({ parameters, globals }) => {
  await prepareStory({
    consent: parameters.consent as ConsentState | undefined,
    gpc: parameters.gpc === true,
    language: String(globals.locale ?? ''),
  });
  return {};
};

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Accessibility violations fail the story, not just warn.
    a11y: { test: 'error' },
    // The elements overlay the page and share one consent state: in docs, each story in a frame of its own.
    // Source snippets from the stories' code: the dynamic snippet renders each story a second time into a
    // detached <div>, where a banner that must ask still tries to open (a modal one throws: showModal()
    // needs a connected dialog).
    docs: { story: { inline: false, iframeHeight: 480 }, source: { type: 'code' } },
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: 'Interface language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: '', title: 'As detected' },
          ...UI_LOCALES.map((code) => ({ value: code, title: `${autonym(code)} (${code})` })),
        ],
      },
    },
    theme: {
      description: 'The `theme` attribute of every element (`auto` follows `prefers-color-scheme`)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: THEMES.map((value) => ({ value, title: value })),
      },
    },
  },
  initialGlobals: { locale: '', theme: 'auto' },
  loaders: [withConsentState],
  decorators: [withTheme, withLanguage],
};

export default preview;
