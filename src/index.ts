/**
 * `cookie-elements`: the full suite. Today it is the consent core; the elements
 * (<cookie-banner>, <cookie-settings>, <cookie-table>) join it and load lazily.
 */
export * from './core.js';
export { default } from './core.js';
export { decodeRecord, type ConsentRecord } from './consent/record.js';
export { encodeRecord } from './consent/write.js';
