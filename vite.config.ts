import { defineConfig } from 'vite';

/**
 * Vite serves the source for Storybook (`npm run storybook`).
 * The package itself is built by `scripts/build.mjs` with rolldown (Vite 8's bundler) directly,
 * which gives the drop-in build exact control over its chunks.
 * Decorators follow tsconfig.json (legacy, `useDefineForClassFields: false`).
 */
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022' },
});
