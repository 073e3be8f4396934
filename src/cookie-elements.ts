/**
 * The drop-in build, `dist/cookie-elements.js`: one `<script type="module">` for sites without
 * a build step. It starts the core from the page's registry; the validator and the UI (Lit, the
 * elements, their styles) load in chunks beside it only when needed.
 */
import cookieElements from './core.js';
import { installUiLoader } from './ui-loader.js';

installUiLoader(cookieElements, () => import('./ui.js'));
