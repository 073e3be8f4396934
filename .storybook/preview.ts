import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    // Accessibility violations fail the story, not just warn.
    a11y: { test: 'error' },
  },
};

export default preview;
