/**
 * The UI layer for bundler users of the full entry (`cookie-elements`): every element is
 * registered up front, and the same loader opens them on demand and handles
 * `[data-cookie-settings]` openers.
 */
import { getApi } from './consent/api.js';
import './components/cookie-banner/define.js';
import './components/cookie-settings/define.js';
import './components/cookie-table/define.js';
import { installUiLoader } from './ui-loader.js';

const ready = () => Promise.resolve();
installUiLoader(getApi(), { banner: ready, settings: ready, table: ready });
