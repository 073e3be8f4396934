import { defineConfig, type UserConfig } from 'vite';

/**
 * Two builds share this file:
 * - `vite build` (default): the npm entries, with lit, @lit/localize and zod left to the consumer's bundler;
 * - `vite build --mode drop-in`: `dist/cookie-elements.js`, everything bundled, minified and split into
 *   chunks that load only when needed (the registry validator, later the UI).
 * `npm start` serves the demo in `demo/` on 127.0.0.1.
 */
export default defineConfig(({ mode }): UserConfig => {
  const shared: UserConfig = {
    root: 'demo',
    publicDir: false,
    server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: ['..'] } },
    preview: { host: '127.0.0.1' },
  };
  if (mode === 'drop-in') {
    return {
      ...shared,
      build: {
        outDir: '../dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        modulePreload: false,
        rollupOptions: {
          input: { 'cookie-elements': new URL('./src/cookie-elements.ts', import.meta.url).pathname },
          preserveEntrySignatures: 'strict',
          output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
        },
      },
    };
  }
  return {
    ...shared,
    build: {
      outDir: '../dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: {
          core: new URL('./src/core.ts', import.meta.url).pathname,
          index: new URL('./src/index.ts', import.meta.url).pathname,
          registry: new URL('./src/registry/index.ts', import.meta.url).pathname,
        },
        formats: ['es'],
      },
      rollupOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
        output: { chunkFileNames: 'lib/[name]-[hash].js' },
      },
    },
  };
});
