import { expect } from '@open-wc/testing';
import { registryJsonSchema } from '../../src/registry/json-schema.js';
import { ENTRY_TYPES } from '../../src/registry/vocabulary.js';

interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  additionalProperties?: unknown;
  [key: string]: unknown;
}

const CONTRACT_FIELDS = [
  'version',
  'revision',
  'updated',
  'defaultLocale',
  'locales',
  'policyUrl',
  'consentCookie',
  'text',
  'detection',
  'googleConsentMode',
  'consentLog',
  'categories',
  'services',
  'entries',
];

describe('registryJsonSchema', () => {
  const schema = () => registryJsonSchema() as SchemaNode;

  it('describes an object with every top-level field of the contract', () => {
    const root = schema();
    expect(root.type).to.equal('object');
    expect(Object.keys(root.properties ?? {})).to.include.members(CONTRACT_FIELDS);
  });

  it('allows the "$schema" key the example registries carry, and nothing else beyond the contract', () => {
    const root = schema();
    expect(Object.keys(root.properties ?? {})).to.have.members(['$schema', ...CONTRACT_FIELDS]);
    expect(root.additionalProperties, 'editors flag a misspelt top-level field').to.equal(false);
  });

  it('requires exactly version, revision, defaultLocale and categories', () => {
    // a new required field would reject every registry already written
    expect(schema().required).to.have.members(['version', 'revision', 'defaultLocale', 'categories']);
  });

  it('offers the entry types of the vocabulary', () => {
    const entry = schema().properties!.entries!.items!;
    expect(entry.properties!.type!.enum).to.deep.equal([...ENTRY_TYPES]);
    expect(entry.required).to.include.members(['name', 'type', 'category', 'purpose', 'duration']);
    expect(entry.additionalProperties, 'editors flag a misspelt entry field').to.equal(false);
  });

  it('flags misspelt consent cookie fields in editors', () => {
    const cookie = schema().properties!.consentCookie!;
    expect(Object.keys(cookie.properties ?? {})).to.have.members(['name', 'maxAgeDays', 'path', 'domain', 'sameSite']);
    expect(cookie.additionalProperties).to.equal(false);
  });

  it('is a draft 2020-12 schema', () => {
    expect(schema().$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
  });

  it('is the schema shipped as /registry.schema.json', async () => {
    const response = await fetch('/registry.schema.json');
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal(registryJsonSchema());
  });
});
