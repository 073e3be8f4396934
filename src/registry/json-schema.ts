import * as z from 'zod/mini';
import { registrySchema } from './schema.js';

/** The JSON Schema of the registry, generated from the zod schema (published as `registry.schema.json`). */
export function registryJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(registrySchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/cookie-elements/registry.schema.json',
    title: 'cookie-elements registry, version 1',
    description: 'Categories, services and every cookie and storage key a site sets, and how to ask for consent.',
    ...schema,
  };
}
