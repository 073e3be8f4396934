import { CookieGate } from './cookie-gate.js';

CookieGate.define('cookie-gate');

declare global {
  interface HTMLElementTagNameMap {
    'cookie-gate': CookieGate;
  }
}
