#!/usr/bin/env node
/**
 * Framework types and editor data for the elements, generated from the custom elements manifest
 * (`custom-elements.json`), so that they say exactly what the class JSDoc documents. `npm run build`
 * runs it after writing the manifest; `node scripts/framework-types.mjs` re-runs it on its own.
 *
 *   dist/types/frameworks/elements.d.ts  every element's attributes and custom events (no framework)
 *   dist/types/frameworks/react.d.ts     React 19: `React.JSX.IntrinsicElements`  (cookie-elements/types/react)
 *   dist/types/frameworks/preact.d.ts    Preact: `preact.JSX.IntrinsicElements`   (cookie-elements/types/preact)
 *   dist/types/frameworks/vue.d.ts       Vue 3: `GlobalComponents`                 (cookie-elements/types/vue)
 *   dist/types/frameworks/svelte.d.ts    Svelte: `SvelteHTMLElements`              (cookie-elements/types/svelte)
 *   dist/vscode.html-custom-data.json    VS Code HTML custom data     (cookie-elements/vscode.html-custom-data.json)
 *   dist/web-types.json                  JetBrains web-types          (cookie-elements/web-types.json, "web-types")
 *
 * Each framework file is opt-in (`import type {} from 'cookie-elements/types/react'`): it augments
 * that framework's module, so it needs the framework's types, and nothing else imports it.
 *
 * How the frameworks pass what the types describe (checked against their sources):
 * - React 19, Preact and Svelte 5: a prop named like an attribute is set as the element's property
 *   when the element has one of that name, else as the attribute (so kebab-case names always go to
 *   the attribute); `on` + an event name, as written (`oncookie-hide`), adds a listener for that
 *   event. Svelte 4 (and Svelte 5's legacy mode) also take `on:cookie-hide`.
 * - Vue 3: attributes are props (camelCase in the types: Vue's tooling matches `heading-level` to
 *   `headingLevel`); custom events are `$emit` entries (`@cookie-hide`).
 * - Events with a native name (`change`) are left to each framework's own DOM typings.
 * Attribute types are the manifest's `type.text` when it is a union of literals and primitives;
 * anything else becomes `string` (an attribute's value is text).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The frameworks with a types file (`dist/types/frameworks/<name>.d.ts`, `cookie-elements/types/<name>`). */
export const FRAMEWORKS = ['react', 'preact', 'vue', 'svelte'];
const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.';

/** One part of a type union that an attribute can be typed with in any framework. */
const SIMPLE_TYPE = /^(?:'[^'\\]*'|"[^"\\]*"|-?\d+(?:\.\d+)?|true|false|string|number|boolean)$/;

/**
 * The TypeScript type of an attribute, from the manifest's `type.text`: unions of string, number
 * and boolean literals and primitives pass (without `undefined`/`null`: every attribute is optional);
 * a number also takes its text (`heading-level="3"`); anything else is `string`.
 */
export function attributeType(text) {
  const parts = (text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (!parts.length || !parts.every((part) => SIMPLE_TYPE.test(part))) return 'string';
  return [...new Set(parts.flatMap((part) => (part === 'number' ? ['number', '`${number}`'] : [part])))].join(' | ');
}

/** A default worth showing: a literal (`'auto'`, `2`, `false`), not the name of a constant. */
const literalDefault = (text) => (text !== undefined && SIMPLE_TYPE.test(text.trim()) ? text.trim() : undefined);

/** The literal values of an attribute type (`'bar' | 'box'` -> `['bar', 'box']`), or none. */
export function attributeValues(text) {
  const parts = attributeType(text).split(' | ');
  return parts.every((part) => /^(['"]).*\1$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
}

/**
 * The custom elements of a manifest, in tag order: tag, class, documentation, attributes (by
 * attribute name), events, slots, CSS parts and custom properties.
 */
export function readElements(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.customElement || !declaration.tagName) continue;
      const attributes = new Map();
      for (const attribute of declaration.attributes ?? []) {
        if (attribute.name && !attributes.has(attribute.name)) attributes.set(attribute.name, attribute);
      }
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
        attributes: [...attributes.values()].map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          typeText: attribute.type?.text,
          type: attributeType(attribute.type?.text),
          values: attributeValues(attribute.type?.text),
          default: literalDefault(attribute.default),
        })),
        events: (declaration.events ?? [])
          .filter((event) => event.name)
          .map((event) => ({
            name: event.name,
            description: event.description ?? '',
            custom: event.name.includes('-'),
          })),
        slots: (declaration.slots ?? []).map((slot) => ({
          name: slot.name ?? '',
          description: slot.description ?? '',
        })),
        cssParts: (declaration.cssParts ?? []).map((part) => ({
          name: part.name,
          description: part.description ?? '',
        })),
        cssProperties: (declaration.cssProperties ?? []).map((property) => ({
          name: property.name,
          description: property.description ?? '',
          default: property.default,
        })),
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

// ---- TypeScript ----

/** A JSDoc block at `indent` (nothing for no text). */
function jsdoc(text, indent = '') {
  const lines = String(text ?? '')
    .replaceAll('*/', '*\\/')
    .trim()
    .split('\n');
  if (!lines.join('')) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const attributesName = (element) => `${element.className}Attributes`;
const eventsName = (element) => `${element.className}Events`;

/** A one-line summary of an element for the framework files (the first sentence of its documentation). */
const summary = (element) => `\`<${element.tagName}>\`: ${element.description.split(/\n\n/)[0].replace(/\s+/g, ' ')}`;

/** `elements.d.ts`: the framework-neutral attributes and custom events of every element. */
function elementsFile(elements) {
  let out = `${HEADER}
/**
 * The attributes and custom events of every cookie-elements element, as documented in
 * custom-elements.json; the framework files (\`cookie-elements/types/react\`, …) build on them.
 */
${importTypes(
  elements.map((element) => element.className),
  '../index.js',
)}

/** The type of an event: the suite's own event class where \`HTMLElementEventMap\` registers one, else \`Event\`. */
export type CookieElementEvent<Name extends string> = Name extends keyof HTMLElementEventMap
  ? HTMLElementEventMap[Name]
  : Event;
`;
  for (const element of elements) {
    out += `\n${jsdoc(`The attributes of \`<${element.tagName}>\` (all optional).`)}`;
    out += `export interface ${attributesName(element)} {\n`;
    for (const attribute of element.attributes) {
      const doc = [attribute.description, attribute.default !== undefined ? `@defaultValue ${attribute.default}` : '']
        .filter(Boolean)
        .join('\n\n');
      out += `${jsdoc(doc, '  ')}  ${key(attribute.name)}?: ${attribute.type};\n`;
    }
    out += `}\n\n${jsdoc(`The custom events of \`<${element.tagName}>\`, by name (native ones, such as \`change\`, are each framework's own).`)}`;
    const events = element.events.filter((event) => event.custom);
    out += `export interface ${eventsName(element)} {${events.length ? '\n' : ''}`;
    for (const event of events) {
      out += `${jsdoc(event.description, '  ')}  ${key(event.name)}: CookieElementEvent<'${event.name}'>;\n`;
    }
    out += '}\n';
  }
  out += `\n/** Every element by tag: its class, attributes and custom events. */
export interface CookieElementsTagMap {
${elements
  .map(
    (element) =>
      `  '${element.tagName}': { element: ${element.className}; attributes: ${attributesName(element)}; events: ${eventsName(element)} };`,
  )
  .join('\n')}
}
`;
  return out;
}

/** `import type { … } from '…';`, one name a line. */
const importTypes = (names, from) => `import type {\n${names.map((name) => `  ${name},\n`).join('')}} from '${from}';`;

function importElements(elements) {
  return [
    importTypes(
      elements.map((element) => element.className),
      '../index.js',
    ),
    importTypes(
      elements.flatMap((element) => [attributesName(element), eventsName(element)]),
      './elements.js',
    ),
  ].join('\n');
}

const usage = (framework, example) => `/**
 * JSX types of the cookie-elements elements for ${framework}. Opt in once (a \`.d.ts\` file of the app,
 * or its entry module):
 *
 *     import type {} from 'cookie-elements/types/${example}';
 *`;

function reactFile(elements) {
  return `${HEADER}
${usage('React 19', 'react')}
 * React 19 passes a prop to a custom element as the property of that name when the element has one,
 * else as the attribute (kebab-case names always as the attribute), and a function prop named
 * \`on\` + an event name, as written (\`oncookie-hide\`), as a listener of that event. The props here
 * are the elements' attributes and custom events; \`className\`, \`style\`, \`ref\`, \`onChange\`, …
 * come from React. React 18 and older set every prop as an attribute and add no listeners.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${importElements(elements)}

/** \`on\` + event name: a listener of that event. */
type EventProps<Events> = { [Name in keyof Events & string as \`on\${Name}\`]?: (event: Events[Name]) => void };

/** React's own props of an element, without any that an attribute of ours shadows. */
type BaseProps<Element extends HTMLElement, Attributes> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element>, Element>,
  keyof Attributes
>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${jsxIntrinsics(elements)}
    }
  }
}
`;
}

/** The `IntrinsicElements` members of a JSX runtime (React, Preact): its base props, our attributes, `on<event>`. */
function jsxIntrinsics(elements) {
  return elements
    .map(
      (element) =>
        `${jsdoc(summary(element), '      ')}      '${element.tagName}': BaseProps<${element.className}, ${attributesName(element)}> &\n        ${attributesName(element)} &\n        EventProps<${eventsName(element)}>;`,
    )
    .join('\n');
}

function preactFile(elements) {
  return `${HEADER}
${usage('Preact', 'preact')}
 * Preact sets a prop as the element's property of that name when it has one, else as the attribute,
 * and adds a function prop named \`on\` + an event name (\`oncookie-hide\`) as a listener of that event
 * (an event name that is not a DOM \`on…\` handler keeps its case). \`class\`, \`style\`, \`ref\`,
 * \`onChange\`, … come from Preact.
 */
import type { HTMLAttributes } from 'preact';
${importElements(elements)}

/** \`on\` + event name: a listener of that event. */
type EventProps<Events> = { [Name in keyof Events & string as \`on\${Name}\`]?: (event: Events[Name]) => void };

/** Preact's own props of an element, without any that an attribute of ours shadows. */
type BaseProps<Element extends HTMLElement, Attributes> = Omit<HTMLAttributes<Element>, keyof Attributes>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${jsxIntrinsics(elements)}
    }
  }
}
`;
}

function vueFile(elements) {
  return `${HEADER}
/**
 * Types of the cookie-elements elements in Vue 3 templates (\`vue-tsc\`, Vue - Official), following the
 * Vue guide's typing of custom elements not built with Vue: \`$props\` for attributes, \`$emit\` for
 * custom events (\`@cookie-hide\`). Opt in once (a \`.d.ts\` file of the app, or its entry module):
 *
 *     import type {} from 'cookie-elements/types/vue';
 *
 * Vue itself must treat the tags as custom elements:
 * \`compilerOptions.isCustomElement: (tag) => tag.startsWith('cookie-')\`. Vue sets an attribute as the
 * element's property when it has one (\`heading-level\` → \`headingLevel\`), else as the attribute.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${importElements(elements)}

/** An element as Vue's tooling reads a component: its props and its emits. */
type CustomElement<Element extends HTMLElement, Props, Events> = new () => Element & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: Omit<HTMLAttributes, keyof Props> & Props & PublicProps;
  /** @deprecated For template type checking only: not a property of the element. */
  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
};

/** Attribute names as Vue props (\`heading-level\` → \`headingLevel\`). */
type CamelCase<Name extends string> = Name extends \`\${infer Head}-\${infer Tail}\`
  ? \`\${Head}\${Capitalize<CamelCase<Tail>>}\`
  : Name;
type VueProps<Attributes> = { [Name in keyof Attributes & string as CamelCase<Name>]?: Attributes[Name] };

declare module 'vue' {
  interface GlobalComponents {
${elements
  .map(
    (element) =>
      `${jsdoc(summary(element), '    ')}    '${element.tagName}': CustomElement<${element.className}, VueProps<${attributesName(element)}>, ${eventsName(element)}>;`,
  )
  .join('\n')}
  }
}
`;
}

function svelteFile(elements) {
  return `${HEADER}
/**
 * Types of the cookie-elements elements in Svelte markup (\`svelte-check\`, the Svelte extension).
 * Opt in once (a \`.d.ts\` file of the app, e.g. \`src/app.d.ts\`):
 *
 *     import type {} from 'cookie-elements/types/svelte';
 *
 * Svelte sets an attribute as the element's property when it has one, else as the attribute.
 * Custom events: \`oncookie-hide={…}\` (Svelte 5: \`on\` + the event name, as written) or
 * \`on:cookie-hide={…}\` (Svelte 4, and Svelte 5's legacy mode).
 */
import type { HTMLAttributes } from 'svelte/elements';
${importElements(elements)}

type EventProps<Events> = { [Name in keyof Events & string as \`on\${Name}\`]?: (event: Events[Name]) => void } & {
  [Name in keyof Events & string as \`on:\${Name}\`]?: (event: Events[Name]) => void;
};

/** Svelte's own attributes of an element, without any that an attribute of ours shadows. */
type BaseProps<Element extends HTMLElement, Attributes> = Omit<HTMLAttributes<Element>, keyof Attributes>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements
  .map(
    (element) =>
      `${jsdoc(summary(element), '    ')}    '${element.tagName}': BaseProps<${element.className}, ${attributesName(element)}> &\n      ${attributesName(element)} &\n      EventProps<${eventsName(element)}>;`,
  )
  .join('\n')}
  }
}
`;
}

const FRAMEWORK_FILES = { react: reactFile, preact: preactFile, vue: vueFile, svelte: svelteFile };

// ---- editor data ----

/** An element's documentation in Markdown, with what the attributes do not say. */
function markdown(element) {
  const list = (title, items, format) =>
    items.length ? `\n\n**${title}:**\n${items.map((item) => `- ${format(item)}`).join('\n')}` : '';
  return (
    element.description +
    list('Events', element.events, (event) => `\`${event.name}\` — ${event.description}`) +
    list('Slots', element.slots, (slot) => `${slot.name ? `\`${slot.name}\`` : '(default)'} — ${slot.description}`) +
    list('CSS parts', element.cssParts, (part) => `\`::part(${part.name})\` — ${part.description}`) +
    list(
      'CSS custom properties',
      element.cssProperties,
      (property) =>
        `\`${property.name}\` — ${property.description}${property.default ? ` (default \`${property.default}\`)` : ''}`,
    )
  );
}

/** VS Code HTML custom data (https://github.com/microsoft/vscode-custom-data). */
export function vscodeCustomData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: markdown(element) },
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: attribute.default
          ? `${attribute.description}\n\nDefault: \`${attribute.default}\``
          : attribute.description,
        ...(attribute.type === 'boolean'
          ? { valueSet: 'v' }
          : attribute.values.length
            ? { values: attribute.values.filter(Boolean).map((name) => ({ name })) }
            : {}),
      })),
    })),
  };
}

/** JetBrains web-types (https://github.com/JetBrains/web-types). */
export function webTypes(elements, pkg) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: element.description,
          source: { module: pkg.name, symbol: element.className },
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            ...(attribute.default !== undefined ? { default: attribute.default } : {}),
            value:
              attribute.type === 'boolean'
                ? { type: 'boolean', kind: 'no-value' }
                : { type: attribute.type.replace(' | `${number}`', ''), kind: 'plain' },
          })),
          events: element.events.map((event) => ({ name: event.name, description: event.description })),
          slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description })),
          js: {
            events: element.events.map((event) => ({ name: event.name, description: event.description })),
          },
          css: {
            parts: element.cssParts.map((part) => ({ name: part.name, description: part.description })),
            properties: element.cssProperties.map((property) => ({
              name: property.name,
              description: property.default
                ? `${property.description} Default: \`${property.default}\`.`
                : property.description,
            })),
          },
        })),
      },
    },
  };
}

// ---- files ----

/** Writes every file from `root`'s manifest and package.json; returns the paths written (relative to `root`). */
export async function writeFrameworkTypes(root = fileURLToPath(new URL('..', import.meta.url))) {
  const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const elements = readElements(manifest);
  if (!elements.length) throw new Error('framework-types: no custom elements in custom-elements.json');

  const files = {
    'dist/types/frameworks/elements.d.ts': elementsFile(elements),
    ...Object.fromEntries(
      FRAMEWORKS.map((name) => [`dist/types/frameworks/${name}.d.ts`, FRAMEWORK_FILES[name](elements)]),
    ),
    'dist/vscode.html-custom-data.json': `${JSON.stringify(vscodeCustomData(elements), null, 2)}\n`,
    'dist/web-types.json': `${JSON.stringify(webTypes(elements, pkg), null, 2)}\n`,
  };
  await mkdir(join(root, 'dist/types/frameworks'), { recursive: true });
  await Promise.all(Object.entries(files).map(([path, text]) => writeFile(join(root, path), text)));
  return Object.keys(files);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = await writeFrameworkTypes();
  console.log(`framework-types: wrote ${written.join(', ')}`);
}
