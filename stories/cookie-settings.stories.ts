import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/cookie-settings/define.js';
import type { CookieSettings } from '../src/components/cookie-settings/cookie-settings.js';
import { elementsRendered, expandAllCategories, setElsewhere } from './fixtures.js';

export interface CookieSettingsArgs {
  inline: boolean;
  'heading-level': number;
  onChange?: (event: Event) => void;
  onCookieShow?: (event: Event) => void;
  onCookieAfterShow?: (event: Event) => void;
  onCookieHide?: (event: Event) => void;
  onCookieAfterHide?: (event: Event) => void;
}

/**
 * The story's markup; tests may render it too. Inline, the settings are in the page (a cookie
 * policy page); otherwise a button opens the modal dialog (focus returns to it on close).
 */
export const renderCookieSettings = (args: CookieSettingsArgs) => {
  const settings = html`<cookie-settings
    ?inline=${args.inline}
    heading-level=${args['heading-level']}
    @change=${args.onChange}
    @cookie-show=${args.onCookieShow}
    @cookie-after-show=${args.onCookieAfterShow}
    @cookie-hide=${args.onCookieHide}
    @cookie-after-hide=${args.onCookieAfterHide}
  ></cookie-settings>`;
  return args.inline
    ? settings
    : html`<button type="button" @click=${openNextSettings}>Cookie settings</button> ${settings}`;
};

function openNextSettings(event: Event): void {
  const button = event.currentTarget as HTMLElement;
  void (button.parentElement?.querySelector<CookieSettings>('cookie-settings') ?? null)?.show('api', button);
}

/** Opens the dialog of `canvas` as its button would, and waits until it shows. */
async function openDialog(canvas: HTMLElement): Promise<void> {
  const settings = canvas.querySelector<CookieSettings>('cookie-settings');
  const button = canvas.querySelector<HTMLButtonElement>('button');
  await settings?.show('api', button);
  await elementsRendered(canvas);
}

/**
 * The settings: per-category and per-service choices, what each category stores, the current
 * decision and a copy of it to download. Switches start from the current decision (all optional
 * ones off when undecided) and stay local until saved. Each story starts from its own decision.
 */
const meta: Meta<CookieSettingsArgs> = {
  title: 'Elements/cookie-settings',
  component: 'cookie-settings',
  excludeStories: ['renderCookieSettings'],
  render: renderCookieSettings,
  args: { inline: true, 'heading-level': 2 },
  argTypes: {
    ...setElsewhere('theme', 'open', 'reload-on-withdraw'),
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

type Story = StoryObj<CookieSettingsArgs>;

/** Inline, as on the cookie policy page: every category collapsed, nothing decided yet. */
export const Inline: Story = {};

/** Inline, every category expanded: its description, its services and the entries it stores. */
export const InlineExpanded: Story = {
  play: async ({ canvasElement }) => expandAllCategories(canvasElement),
};

/** The modal dialog, closed: its button opens it. */
export const Dialog: Story = { args: { inline: false } };

/** The modal dialog open (focus on its heading), every category expanded. */
export const DialogOpen: Story = {
  args: { inline: false },
  parameters: { layout: 'fullscreen' },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await expandAllCategories(canvasElement);
  },
};

/**
 * After a custom decision: analytics on, functional off except its map service (a per-service
 * exception, so its service switch shows), marketing off. The last decision is shown with its
 * date and consent ID, and can be downloaded.
 */
export const Decided: Story = {
  tags: ['!autodocs'], // decided: see DECIDED_STORIES_IN_DOCS in fixtures.ts
  parameters: {
    consent: { categories: { analytics: true, functional: false, marketing: false }, services: { openmaps: true } },
  },
  play: async ({ canvasElement }) => expandAllCategories(canvasElement),
};

/**
 * A stale decision: stored under revision 1 of the registry (before marketing existed), so it no
 * longer counts. Every optional switch is off again until the visitor answers; the old record is
 * still shown. (How the story gets there: the page's one store is started once, so on a fresh
 * page load the record is in the cookie before it starts, as a returning visitor's browser would
 * send it; when Storybook switches from another story, the cookie is written and the store
 * adopts it as it adopts another tab's decision.)
 */
export const StaleDecision: Story = {
  tags: ['!autodocs'], // decided: see DECIDED_STORIES_IN_DOCS in fixtures.ts
  parameters: { consent: 'stale' },
};

/**
 * The browser sends Global Privacy Control (`navigator.globalPrivacyControl` is injected before
 * the state starts): the settings say that the signal is honoured, and which category it keeps
 * off (marketing, marked `gpc` in the registry).
 */
export const GlobalPrivacyControl: Story = { parameters: { gpc: true } };

/** With Global Privacy Control, "Accept all" grants everything except marketing, which the signal keeps off. */
export const GlobalPrivacyControlAcceptAll: Story = {
  tags: ['!autodocs'], // decided: see DECIDED_STORIES_IN_DOCS in fixtures.ts
  parameters: { gpc: true, consent: 'accept-all' },
  play: async ({ canvasElement }) => expandAllCategories(canvasElement),
};
