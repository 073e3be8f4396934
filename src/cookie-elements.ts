/**
 * The drop-in build, `dist/cookie-elements.js`: one `<script type="module">` for sites without
 * a build step. It starts the core from the page's registry; the validator and each element
 * (with Lit and its styles) load in chunks beside it only when needed.
 */
import cookieElements from './core.js';
import { installUiLoader } from './ui-loader.js';

installUiLoader(cookieElements, {
  banner: () => import('./components/cookie-banner/define.js'),
  settings: () => import('./components/cookie-settings/define.js'),
  table: () => import('./components/cookie-table/define.js'),
});
