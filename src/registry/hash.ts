import { hashText } from '../consent/hash.js';

/**
 * The hash the consent core gives a registry document (of its JSON, as `JSON.stringify` writes
 * it): a record keeps it, and a page whose registry script carries it as `data-cookie-validated`
 * is not validated again in the browser (`cookie-elements hash` prints it after validating).
 */
export function registryHash(registry: unknown): string {
  return hashText(JSON.stringify(registry));
}
