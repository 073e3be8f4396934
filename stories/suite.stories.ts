import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/cookie-banner/define.js';
import '../src/components/cookie-settings/define.js';
import { renderCookieGate } from './cookie-gate.stories.js';
import { renderCookieTable } from './cookie-table.stories.js';

/**
 * A cookie policy page with every element: the banner (a box, with `reopen`), the inline
 * settings, the tables and a gated map. Tests may render it too.
 */
export const renderCookiePolicyPage = () => html`
  <cookie-banner layout="box" position="bottom-end" reopen></cookie-banner>
  <main class="sample-page">
    <h1>Cookie policy</h1>
    <p>Which cookies and storage Dumka uses, why, and your choices. You can change them at any time.</p>
    <cookie-settings inline heading-level="2"></cookie-settings>
    <h2>What we store</h2>
    ${renderCookieTable({ columns: 'name purpose duration', 'heading-level': 3, 'hide-updated': false })}
    <h2>Where we meet</h2>
    ${renderCookieGate({ service: 'openmaps', label: "Map: Dumka's studio" })}
  </main>
`;

/**
 * The whole suite on one page, in the states that change how everything looks: dark, forced
 * colours, right-to-left, long words, and a site's own theme. Nothing is decided, so the banner asks.
 */
const meta: Meta = {
  title: 'Suite/Cookie policy page',
  excludeStories: ['renderCookiePolicyPage', 'themedStyles'],
  render: renderCookiePolicyPage,
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/** As the toolbar sets it (light, dark, or as the system prefers). */
export const Default: Story = {};

/** `theme="dark"` on every element (the toolbar's Theme, fixed to dark for this story). */
export const Dark: Story = { globals: { theme: 'dark' } };

/**
 * Forced colours (Windows High Contrast): the elements use system colours, and focus and switch
 * states stay visible. A browser decides this, not a page: Storybook cannot force colours. To see
 * it, emulate it: Chromium's DevTools, Rendering, "Emulate CSS media feature forced-colors: active".
 * The Storybook test (`test/node/storybook.test.mjs`) opens this story with forced colours emulated
 * (tag `forced-colors`) and checks it with axe.
 */
export const ForcedColors: Story = {
  tags: ['forced-colors'],
  parameters: {
    docs: {
      description: {
        story: 'Emulate `forced-colors: active` in the browser’s developer tools to see this state.',
      },
    },
  },
};

/** Right to left: the interface in Arabic (`dir="rtl"` on each element; the site's own text, in English here, keeps its `lang`). */
export const RightToLeft: Story = { globals: { locale: 'ar' } };

/** Right to left in Hebrew. */
export const RightToLeftHebrew: Story = { globals: { locale: 'he' } };

/** Long words: the interface in Finnish, whose compounds must wrap rather than overflow. */
export const LongStringsFinnish: Story = { globals: { locale: 'fi' } };

/** Long words: the interface in German. */
export const LongStringsGerman: Story = { globals: { locale: 'de' } };

/** The Theming story's stylesheet: custom properties and parts only. */
export const themedStyles = html`<style>
  body {
    --cookie-font-family: Georgia, 'Times New Roman', serif;
    --cookie-radius: 0;
    --cookie-spacing: 1.25rem;
    --cookie-color-accent: #0b5d57;
    --cookie-color-on-accent: #ffffff;
    --cookie-color-text: #2b2118;
    --cookie-color-muted: #5b4d3f;
    --cookie-color-background: #fbf8f1;
    --cookie-color-surface: #efe8d8;
    --cookie-color-border: #8a7a66;
    --cookie-color-focus: #b4461b;
    --cookie-shadow: 0 0 0 4px #0b5d57;
    --cookie-banner-box-width: 26rem;
    --cookie-table-header-background: #0b5d57;
    --cookie-table-cell-padding: 0.75rem;
    --cookie-gate-min-height: 10rem;
    background: #fbf8f1;
    color: #2b2118;
  }
  cookie-banner::part(title),
  cookie-settings::part(title),
  cookie-table::part(heading) {
    font-variant: small-caps;
    letter-spacing: 0.04em;
  }
  cookie-banner::part(accept-button),
  cookie-banner::part(reject-button),
  cookie-settings::part(accept-button),
  cookie-settings::part(reject-button) {
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  cookie-table::part(header-cell) {
    color: #ffffff;
  }
  cookie-settings::part(category) {
    border-inline-start: 4px solid #0b5d57;
  }
</style>`;

/**
 * A site's own look, through the two public tools only: `--cookie-*` custom properties (set once
 * on `body`, inherited through the shadow roots) and `::part()`. Accept all and Reject all are
 * restyled alike, so they keep equal prominence.
 */
export const Theming: Story = {
  globals: { theme: 'light' },
  render: () => html`${themedStyles} ${renderCookiePolicyPage()}`,
};
