/**
 * A rolldown plugin for our builds: @lit/localize hashes a `msg()` template into an id when the
 * call gives none (`internal/id-generation.js`, with its 64-bit FNV-1a). Every `msg()` of ours
 * has an explicit `id` (test/node/locales.test.mjs checks the XLIFF ids), so that code would
 * never run: it is replaced by a function that says what is wrong if it ever does.
 */
const STUB = `export function generateMsgId() {
  throw new Error('[cookie-elements] msg() without an id');
}`;

export function explicitMsgIds() {
  return {
    name: 'cookie-elements:explicit-msg-ids',
    load(id) {
      return /[\\/]@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/.test(id) ? STUB : null;
    },
  };
}
