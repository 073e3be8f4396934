import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  // src/i18n/generated/: written by lit-localize (npm run localize), checked by test/node/locales.test.mjs
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'locales/', 'src/i18n/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/index.js', '**/index'],
              message: 'Import from the source file, never from index.ts inside the package.',
            },
          ],
        },
      ],
    },
  },
  {
    // The Lit-free, zod-free core: what a returning visitor downloads.
    files: [
      'src/consent/**/*.ts',
      'src/enforce/**/*.ts',
      'src/integrations/**/*.ts',
      'src/i18n/detect.ts',
      'src/core.ts',
      'src/registry/load.ts',
      'src/registry/constants.ts',
      'src/registry/issues.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: 'zod stays off the hot path: validation loads on demand (src/registry/validate.ts).',
            },
          ],
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*'],
              message: 'The core is Lit-free: UI code loads only when something is shown.',
            },
            {
              group: ['**/registry/schema.js', '**/registry/validate.js'],
              allowTypeImports: true,
              message: 'Type imports only: the schema and validator load on demand.',
            },
          ],
        },
      ],
    },
  },
  // The benchmark (`npm run bench`): node scripts, and what it runs in the page.
  { files: ['bench/**/*.mjs'], languageOptions: { globals: { ...globals.node } } },
  { files: ['bench/measure.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['demo/**/*.js', 'test/fixtures/**/*.js', 'examples/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js', '*.config.*', 'web-test-runner.config.mjs', 'test/node/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Playwright scripts: functions passed to page.evaluate() run in the page.
    files: ['scripts/size.mjs', 'scripts/screenshot.mjs', 'test/node/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
