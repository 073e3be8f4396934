import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  BANNER_LAYOUTS,
  BANNER_POSITIONS,
  type BannerLayout,
  type BannerPosition,
} from '../src/components/cookie-banner/cookie-banner.js';
import '../src/components/cookie-banner/define.js';
import '../src/components/cookie-settings/define.js';
import { samplePage, setElsewhere } from './fixtures.js';

export interface CookieBannerArgs {
  layout: BannerLayout;
  position: BannerPosition;
  reopen: boolean;
  onCookieShow?: (event: Event) => void;
  onCookieAfterShow?: (event: Event) => void;
  onCookieHide?: (event: Event) => void;
  onCookieAfterHide?: (event: Event) => void;
}

/** The story's markup: the banner first, over a sample page; tests may render it too. */
export const renderCookieBanner = (args: CookieBannerArgs) =>
  samplePage(
    html`<cookie-banner
      layout=${args.layout}
      position=${args.position}
      ?reopen=${args.reopen}
      @cookie-show=${args.onCookieShow}
      @cookie-after-show=${args.onCookieAfterShow}
      @cookie-hide=${args.onCookieHide}
      @cookie-after-hide=${args.onCookieAfterHide}
    ></cookie-banner>`,
  );

/**
 * The first layer: shown while the visitor has no valid decision (first visit, or a stale one).
 * It names the purposes, links the policy, and offers Accept all and Reject all with equal
 * prominence, and Customize (the settings dialog). Escape closes it without recording anything.
 * Each story starts undecided unless it says otherwise: decide, then pick the story again.
 */
const meta: Meta<CookieBannerArgs> = {
  title: 'Elements/cookie-banner',
  component: 'cookie-banner',
  excludeStories: ['renderCookieBanner'],
  render: renderCookieBanner,
  args: { layout: 'bar', position: 'bottom', reopen: false },
  argTypes: {
    ...setElsewhere('theme', 'open', 'reload-on-withdraw'),
    layout: { control: 'inline-radio', options: BANNER_LAYOUTS },
    position: { control: 'select', options: BANNER_POSITIONS },
  },
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<CookieBannerArgs>;

/** A full-width bar at the bottom of the viewport (the default). */
export const Bar: Story = {};

/** A full-width bar at the top. */
export const BarTop: Story = { args: { position: 'top' } };

/** A card in the bottom corner at the end of the line (bottom right in left-to-right languages). */
export const Box: Story = { args: { layout: 'box', position: 'bottom-end' } };

/** A card in the bottom corner at the start of the line. */
export const BoxBottomStart: Story = { args: { layout: 'box', position: 'bottom-start' } };

/** A card in the top corner at the end of the line. */
export const BoxTopEnd: Story = { args: { layout: 'box', position: 'top-end' } };

/** A card in the top corner at the start of the line. */
export const BoxTopStart: Story = { args: { layout: 'box', position: 'top-start' } };

/** A modal dialog in the centre that blocks the page until the visitor decides (or presses Escape). */
export const Modal: Story = { args: { layout: 'modal' } };

/**
 * After a decision (here: Reject all), `reopen` leaves a small "Cookie settings" control in the
 * corner: withdrawing or changing consent is as easy as giving it.
 */
export const ReopenAfterDecision: Story = {
  tags: ['!autodocs'], // decided: see DECIDED_STORIES_IN_DOCS in fixtures.ts
  args: { reopen: true },
  parameters: { consent: 'reject-all' },
};

/**
 * A decision is stored, but under an earlier revision of the registry (and before the marketing
 * category existed): it is stale, so the banner asks again and nothing optional runs.
 */
export const StaleDecision: Story = {
  tags: ['!autodocs'], // decided: see DECIDED_STORIES_IN_DOCS in fixtures.ts
  args: { reopen: true },
  parameters: { consent: 'stale' },
};
