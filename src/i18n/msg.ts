/**
 * `msg()` and `@localized()` of @lit/localize for our elements, imported past the package's index:
 * the index also re-exports the localization runtime, which would then load with every element.
 * The runtime loads only when a language other than English is shown (`localize.ts`).
 */
export { msg } from '@lit/localize/init/install.js';
export { localized } from '@lit/localize/internal/localized-decorator.js';
