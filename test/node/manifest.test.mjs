// The custom elements manifest (`custom-elements.json`), as Storybook, IDEs and the docs read it.
// Needs the build (`npm run build` runs `cem analyze`, see custom-elements-manifest.config.mjs).
// The class JSDoc is the documentation contract: whatever it documents must reach the manifest,
// with its description, under the element's tag name.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MANIFEST = join(root, 'custom-elements.json');

/**
 * What each element documents, read from its class and property JSDoc: attributes (Lit
 * `@property`, or `observedAttributes` and their accessors), `@csspart`, `@cssprop` (with the
 * default) and `@event`.
 */
const ELEMENTS = {
  'cookie-banner': {
    className: 'CookieBanner',
    module: 'src/components/cookie-banner/cookie-banner.ts',
    attributes: ['layout', 'position', 'reopen'],
    cssParts: [
      'base',
      'title',
      'description',
      'purposes',
      'purpose',
      'policy-link',
      'actions',
      'accept-button',
      'reject-button',
      'settings-button',
      'reopen-button',
    ],
    cssProperties: {
      '--cookie-banner-max-width': '64rem',
      '--cookie-banner-box-width': '24rem',
      '--cookie-banner-gap': '1rem',
    },
    events: ['cookie-show', 'cookie-after-show', 'cookie-hide', 'cookie-after-hide'],
  },
  'cookie-settings': {
    className: 'CookieSettings',
    module: 'src/components/cookie-settings/cookie-settings.ts',
    attributes: ['open', 'inline'],
    cssParts: [
      'dialog',
      'base',
      'header',
      'title',
      'close-button',
      'body',
      'description',
      'gpc-notice',
      'policy-link',
      'category',
      'category-expand',
      'category-toggle',
      'always-active',
      'category-details',
      'service',
      'service-toggle',
      'entry',
      'record',
      'download-button',
      'actions',
      'accept-button',
      'reject-button',
      'save-button',
      'status',
    ],
    cssProperties: {
      '--cookie-settings-max-width': '40rem',
      '--cookie-color-accent': '#2743c6',
    },
    events: ['cookie-show', 'cookie-after-show', 'cookie-hide', 'cookie-after-hide', 'change'],
  },
  'cookie-table': {
    className: 'CookieTable',
    module: 'src/components/cookie-table/cookie-table.ts',
    attributes: ['category', 'columns', 'heading-level', 'hide-updated'],
    cssParts: [
      'base',
      'updated',
      'category',
      'heading',
      'description',
      'table',
      'row',
      'header-cell',
      'cell',
      'services',
    ],
    cssProperties: {
      '--cookie-table-border-color': 'var(--cookie-color-border)',
      '--cookie-table-header-background': 'var(--cookie-color-surface)',
      '--cookie-table-cell-padding': '0.5rem',
    },
    events: [],
  },
  'cookie-gate': {
    className: 'CookieGate',
    module: 'src/components/cookie-gate/cookie-gate.ts',
    attributes: ['category', 'service', 'label', 'loaded'],
    cssParts: ['base', 'label', 'title', 'description', 'policy-link', 'actions', 'load-button', 'allow-button'],
    cssProperties: { '--cookie-gate-min-height': '12rem' },
    events: [],
  },
};

/** The tags of the class JSDoc of `className` in `module` (source text): `{ csspart: [...], ... }`. */
function classJsDocTags(module, className) {
  const source = readFileSync(join(root, module), 'utf8');
  const docs = [
    ...source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:@\w+\([^)]*\)\s*)*export (?:abstract )?class (\w+)/g),
  ];
  const doc = docs.find((match) => match[2] === className)?.[1];
  assert.ok(doc, `${module}: no JSDoc on class ${className}`);
  const tags = {};
  for (const [, tag, rest] of doc.matchAll(/^\s*\*\s*@(\w+)\s+(.*)$/gm)) {
    // `@cssprop [--name=default] - …`, `@event name - …`, `@attr {type} name - …`
    const name = /^(?:\{[^}]*\}\s*)?\[?([^\s=\]]+)/.exec(rest)?.[1];
    (tags[tag] ??= []).push(name);
  }
  return tags;
}

function hasDescription(item) {
  return typeof item?.description === 'string' && item.description.trim().length > 0;
}

let manifest;
const declarations = new Map();

before(() => {
  assert.ok(existsSync(MANIFEST), 'custom-elements.json is missing: run `npm run build` (or `npm run manifest`)');
  manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) declarations.set(declaration.tagName, { module, declaration });
    }
  }
});

describe('custom-elements.json', () => {
  it('is a schema 1.x manifest of the modules under src/components (and their base class)', () => {
    assert.match(manifest.schemaVersion, /^1\./);
    assert.ok(manifest.modules.length > 0);
    for (const module of manifest.modules) {
      assert.equal(module.kind, 'javascript-module');
      assert.match(module.path, /^src\/(components\/[^/]+\/[^/]+|internal\/cookie-element)\.ts$/, module.path);
      assert.doesNotMatch(module.path, /\.(test|stories)\.ts$/, module.path);
    }
  });

  it('declares exactly the four elements, by tag name', () => {
    assert.deepEqual([...declarations.keys()].sort(), Object.keys(ELEMENTS).sort());
  });

  for (const [tagName, expected] of Object.entries(ELEMENTS)) {
    describe(`<${tagName}>`, () => {
      const element = () => {
        const found = declarations.get(tagName);
        assert.ok(found, `no declaration with tagName "${tagName}"`);
        return found;
      };

      it(`is the custom element class ${expected.className} of ${expected.module}, with a summary`, () => {
        const { module, declaration } = element();
        assert.equal(module.path, expected.module);
        assert.equal(declaration.kind, 'class');
        assert.equal(declaration.name, expected.className);
        assert.equal(declaration.customElement, true);
        assert.ok(declaration.summary?.trim(), 'no @summary');
        assert.ok(
          module.exports.some((e) => e.kind === 'js' && e.name === expected.className),
          `${expected.className} is not exported`,
        );
      });

      it('is defined by its define.ts (a custom-element-definition export)', () => {
        const definer = manifest.modules.find((m) => m.path === expected.module.replace(/[^/]+\.ts$/, 'define.ts'));
        assert.ok(definer, 'no module for define.ts');
        assert.deepEqual(
          definer.exports.filter((e) => e.kind === 'custom-element-definition'),
          [
            {
              kind: 'custom-element-definition',
              name: tagName,
              declaration: { name: expected.className, module: expected.module },
            },
          ],
        );
      });

      it('has every documented attribute, with a description', () => {
        const { declaration } = element();
        const attributes = declaration.attributes ?? [];
        const names = attributes.map((a) => a.name);
        const documented = classJsDocTags(expected.module, expected.className);
        for (const name of [...expected.attributes, ...(documented.attr ?? []), ...(documented.attribute ?? [])]) {
          assert.ok(names.includes(name), `attribute "${name}" is missing (has: ${names.join(', ')})`);
        }
        for (const attribute of attributes) {
          assert.ok(hasDescription(attribute), `attribute "${attribute.name}" has no description`);
        }
      });

      it('has every documented CSS part, with a description', () => {
        const { declaration } = element();
        const parts = declaration.cssParts ?? [];
        const documented = classJsDocTags(expected.module, expected.className).csspart ?? [];
        assert.deepEqual([...documented].sort(), [...expected.cssParts].sort(), 'the class JSDoc lists other parts');
        for (const name of expected.cssParts) {
          const part = parts.find((p) => p.name === name);
          assert.ok(part, `CSS part "${name}" is missing`);
          assert.ok(hasDescription(part), `CSS part "${name}" has no description`);
        }
      });

      it('has every documented CSS custom property, with its default and a description', () => {
        const { declaration } = element();
        const properties = declaration.cssProperties ?? [];
        const documented = classJsDocTags(expected.module, expected.className).cssprop ?? [];
        assert.deepEqual([...documented].sort(), Object.keys(expected.cssProperties).sort());
        for (const [name, value] of Object.entries(expected.cssProperties)) {
          const property = properties.find((p) => p.name === name);
          assert.ok(property, `CSS custom property "${name}" is missing`);
          assert.equal(property.default, value, `default of ${name}`);
          assert.ok(hasDescription(property), `CSS custom property "${name}" has no description`);
        }
      });

      it('has every documented event, with a description, and no other', () => {
        const { declaration } = element();
        const events = declaration.events ?? [];
        const documented = classJsDocTags(expected.module, expected.className).event ?? [];
        assert.deepEqual([...documented].sort(), [...expected.events].sort());
        assert.deepEqual(events.map((e) => e.name).sort(), [...expected.events].sort());
        for (const event of events) {
          assert.ok(hasDescription(event), `event "${event.name}" has no description`);
        }
      });
    });
  }

  describe('the names that matter most', () => {
    const names = (tagName, kind) => (declarations.get(tagName)?.declaration[kind] ?? []).map((item) => item.name);

    it('<cookie-banner>: layout, position, reopen; its buttons; show and hide', () => {
      for (const name of ['layout', 'position', 'reopen'])
        assert.ok(names('cookie-banner', 'attributes').includes(name), name);
      for (const name of ['accept-button', 'reject-button', 'settings-button']) {
        assert.ok(names('cookie-banner', 'cssParts').includes(name), name);
      }
      for (const name of ['cookie-show', 'cookie-hide'])
        assert.ok(names('cookie-banner', 'events').includes(name), name);
    });

    it('<cookie-settings>: inline; the dialog and the category switch', () => {
      assert.ok(names('cookie-settings', 'attributes').includes('inline'));
      assert.ok(names('cookie-settings', 'cssParts').includes('dialog'));
      assert.ok(names('cookie-settings', 'cssParts').includes('category-toggle'));
    });

    it('<cookie-table>: category, columns; the table', () => {
      assert.ok(names('cookie-table', 'attributes').includes('category'));
      assert.ok(names('cookie-table', 'attributes').includes('columns'));
      assert.ok(names('cookie-table', 'cssParts').includes('table'));
    });
  });
});
