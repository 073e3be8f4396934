/**
 * The drop-in build, `dist/cookie-elements.js`: one `<script type="module">` for sites
 * without a build step. It starts the core from the page's registry; everything else
 * (the validator, later the UI) loads beside it only when needed.
 */
import './core.js';
