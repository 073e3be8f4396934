import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/cookie-table/define.js';
import { setElsewhere } from './fixtures.js';

export interface CookieTableArgs {
  category?: string;
  columns: string;
  'heading-level': number;
  'hide-updated': boolean;
}

/** The story's markup; tests may render it too. */
export const renderCookieTable = (args: CookieTableArgs) =>
  html`<cookie-table
    category=${ifDefined(args.category)}
    columns=${args.columns}
    heading-level=${args['heading-level']}
    ?hide-updated=${args['hide-updated']}
  ></cookie-table>`;

/**
 * The cookie policy's tables, generated from the registry that also enforces consent: the second
 * reference site's (essential, analytics, functional; cookies and localStorage entries, a
 * pattern-named PostHog key), plus the stories' map and video providers and marketing category.
 */
const meta: Meta<CookieTableArgs> = {
  title: 'Elements/cookie-table',
  component: 'cookie-table',
  excludeStories: ['renderCookieTable'],
  render: renderCookieTable,
  args: { columns: 'name purpose duration', 'heading-level': 3, 'hide-updated': false },
  argTypes: {
    ...setElsewhere('theme'),
    category: { control: 'text' },
    columns: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

type Story = StoryObj<CookieTableArgs>;

/** Every category, with the default columns. */
export const Full: Story = {};

/** Only the analytics category, as the policy's analytics section shows it. */
export const FilteredByCategory: Story = { args: { category: 'analytics', 'hide-updated': true } };

/** A choice of columns, in the order given: who provides each entry, its type and where it is set. */
export const CustomColumns: Story = {
  args: { columns: 'name type provider duration scope' },
};
