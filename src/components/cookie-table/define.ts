import { CookieTable } from './cookie-table.js';

CookieTable.define('cookie-table');

declare global {
  interface HTMLElementTagNameMap {
    'cookie-table': CookieTable;
  }
}
