import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { getApi, getStore } from '../src/consent/api.js';
import '../src/components/cookie-table/define.js';
import dumka from '../examples/registries/dumka.json';

/** The page has one store: start it once with the second reference site's registry. */
async function startDumka(): Promise<void> {
  const store = getStore();
  await (store.started ? store.ready : getApi().start({ registry: dumka }));
}

export interface CookieTableArgs {
  category?: string;
  columns: string;
  headingLevel: number;
  hideUpdated: boolean;
  theme: 'light' | 'dark' | 'auto';
}

/** The story's markup; tests may render it too. */
export const renderCookieTable = ({ category, columns, headingLevel, hideUpdated, theme }: CookieTableArgs) =>
  html`<cookie-table
    category=${ifDefined(category)}
    columns=${columns}
    heading-level=${headingLevel}
    ?hide-updated=${hideUpdated}
    theme=${theme}
  ></cookie-table>`;

/**
 * The cookie policy's tables, generated from the registry that also enforces consent: here the
 * second reference site (essential, analytics and functional; cookies and localStorage).
 */
const meta: Meta<CookieTableArgs> = {
  title: 'Elements/cookie-table',
  component: 'cookie-table',
  excludeStories: ['renderCookieTable'],
  loaders: [startDumka],
  render: renderCookieTable,
  args: { columns: 'name purpose duration', headingLevel: 3, hideUpdated: false, theme: 'auto' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

type Story = StoryObj<CookieTableArgs>;

/** Every category, with the default columns. */
export const Full: Story = {};

/** Only the analytics category, as the policy's analytics section shows it. */
export const Analytics: Story = { args: { category: 'analytics' } };

/** A choice of columns, in the order given. */
export const CustomColumns: Story = {
  args: { columns: 'name type provider duration scope' },
};
