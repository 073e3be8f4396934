/**
 * The UI layer for bundler users of the full entry (`cookie-elements`): every element is
 * registered up front, and the same loader opens them on demand and handles
 * `[data-cookie-settings]` openers.
 */
import { getApi } from './consent/api.js';
// Plain imports too: declaration emit keeps a registration module's tag name (`declare global`) only
// where it is imported for its effect, and the namespace imports below are elided from index.d.ts.
import './components/cookie-banner/define.js';
import './components/cookie-settings/define.js';
import * as banner from './components/cookie-banner/define.js';
import * as settings from './components/cookie-settings/define.js';
import './components/cookie-table/define.js';
import './components/cookie-gate/define.js';
import { installPageLoader } from './page-loader.js';

installPageLoader(getApi(), {
  banner: () => Promise.resolve(banner),
  settings: () => Promise.resolve(settings),
  table: () => Promise.resolve(),
  gate: () => Promise.resolve(),
});
