/** `cookie-elements/registry`: validation, JSON Schema and types of the registry (uses zod). */
export { registrySchema, categorySchema, serviceSchema, entrySchema, textSchema } from './schema.js';
export type { Registry, Category, Service, Entry, Text, ConsentCookieOptions, DetectionOptions } from './schema.js';
export { validateRegistry, validateRegistryText, type ValidationResult } from './validate.js';
export { registryJsonSchema } from './json-schema.js';
export { registryHash } from './hash.js';
export { formatIssues, type RegistryIssue } from './issues.js';
export { toJsonPath } from './json-path.js';
export * from './constants.js';
export * from './validator-constants.js';
export * from './vocabulary.js';
export {
  dropInSnippet,
  firstVisitPreloader,
  type DropInManifest,
  type SnippetOptions,
  type Snippet,
} from './snippet.js';
