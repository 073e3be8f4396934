import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { getApi, getStore } from '../src/consent/api.js';
import '../src/components/cookie-settings/define.js';
import type { CookieSettings } from '../src/components/cookie-settings/cookie-settings.js';
import dumka from '../examples/registries/dumka.json';

/** The page has one store: start it once with the second reference site's registry. */
async function startDumka(): Promise<void> {
  const store = getStore();
  await (store.started ? store.ready : getApi().start({ registry: dumka }));
}

export interface CookieSettingsArgs {
  theme: 'light' | 'dark' | 'auto';
}

/** The story's markup (the inline settings, as on a cookie policy page); tests may render it too. */
export const renderCookieSettings = ({ theme }: CookieSettingsArgs) =>
  html`<cookie-settings inline theme=${theme}></cookie-settings>`;

/** Opens the details of the category titled `title` (as a visitor would, by its disclosure button). */
async function expandCategory(canvas: HTMLElement, title: string): Promise<void> {
  const el = canvas.querySelector<CookieSettings>('cookie-settings');
  if (!el) return;
  await el.updateComplete;
  const button = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="category-expand"]') ?? [])].find(
    (candidate) => candidate.textContent?.trim() === title,
  );
  if (button?.getAttribute('aria-expanded') === 'false') button.click();
}

/**
 * The settings: per-category and per-service choices, what each category stores, the current
 * decision and a copy of it to download. Here inline (`<cookie-settings inline>`), as on the
 * cookie policy page of the second reference site; without `inline` it is a modal dialog.
 */
const meta: Meta<CookieSettingsArgs> = {
  title: 'Elements/cookie-settings',
  component: 'cookie-settings',
  excludeStories: ['renderCookieSettings'],
  loaders: [startDumka],
  render: renderCookieSettings,
  args: { theme: 'auto' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
};
export default meta;

type Story = StoryObj<CookieSettingsArgs>;

/** Every category collapsed; switches show the current decision (all optional ones off when undecided). */
export const Inline: Story = {};

/** The analytics category expanded: its description, the PostHog service and the entries it stores. */
export const CategoryExpanded: Story = {
  play: async ({ canvasElement }) => expandCategory(canvasElement, 'Analytics'),
};

/** The modal dialog, opened by a button (focus returns to it on close). */
export const Dialog: Story = {
  render: ({ theme }) =>
    html`<button type="button" @click=${openNextSettings}>Cookie settings</button>
      <cookie-settings theme=${theme}></cookie-settings>`,
};

function openNextSettings(event: Event): void {
  const button = event.currentTarget as HTMLElement;
  void (button.nextElementSibling as CookieSettings | null)?.show('api', button);
}
