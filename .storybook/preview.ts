import type { Decorator, Preview } from '@storybook/web-components-vite';
import { getApi } from '../src/consent/api.js';
import { UI_LOCALES } from '../src/i18n/detect.js';

/** A language's own name for itself ("Deutsch", "українська"), from Intl. */
function autonym(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The toolbar's language, through the public API (`''`: as detected from the browser). */
const withLanguage: Decorator = (story, context) => {
  getApi().setLanguage(String(context.globals.locale ?? ''));
  return story();
};

const preview: Preview = {
  parameters: {
    // Accessibility violations fail the story, not just warn.
    a11y: { test: 'error' },
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
  },
  initialGlobals: { locale: '' },
  decorators: [withLanguage],
};

export default preview;
