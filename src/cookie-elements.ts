/**
 * The drop-in build, `dist/cookie-elements.js`: one `<script type="module">` for sites without
 * a build step. It starts the core from the page's registry; the validator and each element
 * (with Lit and its styles) load in chunks beside it only when needed.
 */
import { getApi } from './consent/api.js';
import { installPageLoader } from './page-loader.js';

// What `core.ts` does, without its re-exports: the drop-in exports nothing, and modules only the
// writer uses (the change and withdraw events) then stay in the writer's chunk.
const cookieElements = getApi();
void cookieElements.start();

installPageLoader(cookieElements, {
  banner: () => import('./components/cookie-banner/define.js'),
  settings: () => import('./components/cookie-settings/define.js'),
  table: () => import('./components/cookie-table/define.js'),
  gate: () => import('./components/cookie-gate/define.js'),
  enforce: () => import('./enforce/index.js'),
});
