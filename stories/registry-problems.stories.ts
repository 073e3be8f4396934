import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { formatIssues } from '../src/registry/issues.js';
import { validateRegistry } from '../src/registry/validate.js';
import dumka from '../examples/registries/dumka.json';

/**
 * What a site developer sees when a registry has problems: the same report the console and
 * `npx cookie-elements validate` print.
 */
const meta: Meta<{ registry: unknown }> = {
  title: 'Registry/Validation report',
  render: ({ registry }) => {
    const result = validateRegistry(registry);
    const report = result.ok
      ? `valid: ${result.registry.categories.length} categories, ${result.registry.entries?.length ?? 0} entries`
      : formatIssues(`${result.issues.length} problems`, result.issues);
    return html`<pre>${report}</pre>`;
  },
};
export default meta;

type Story = StoryObj<{ registry: unknown }>;

/** The second reference site's registry: valid. */
export const ReferenceSite: Story = { args: { registry: dumka } };

/** Typical mistakes: a free-text duration, an unknown category, a misspelt field. */
export const Mistakes: Story = {
  args: {
    registry: {
      ...dumka,
      consentCookie: { name: 'dumka_cc_cookie', maxAge: 365 },
      entries: [
        ...dumka.entries,
        { name: '_ga', type: 'cookie', category: 'marketing', purpose: 'Analytics', duration: '2 years' },
      ],
    },
  },
};
