import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Vue renders <cookie-*> tags as custom elements, not as Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cookie-') } } })],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
