// @custom-elements-manifest/analyzer configuration: `npm run manifest` (`cem analyze --litelement`)
// writes `custom-elements.json` at the root from the class JSDoc of `src/components/*/cookie-*.ts`
// (`@summary`, `@slot`, `@event`, `@csspart`, `@cssprop`, `@attr`) and their members.
//
// The classes define no tag themselves (no `@customElement`, no `customElements.define()`): a
// registration module per tag calls the tolerant `CookieBanner.define('cookie-banner')`, which the
// analyzer does not recognise. `defineCallsPlugin` below reads those calls from the `define.ts`
// files (left out of the analysis: they declare nothing) and gives each class its `tagName` and
// its module a `custom-element-definition` export. It reads the source text only, so it works
// the same for a LitElement subclass and a plain `HTMLElement` one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const COMPONENTS = 'src/components';

/**
 * Every `X.define('tag-name')` in `src/components/<name>/define.ts`, with the module that `X` is
 * imported from (as the path of a source file in the manifest).
 */
function readDefineCalls(ts) {
  const calls = [];
  for (const entry of readdirSync(join(ROOT, COMPONENTS), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = posix.join(COMPONENTS, entry.name, 'define.ts');
    let source;
    try {
      source = readFileSync(join(ROOT, path), 'utf8');
    } catch {
      continue; // a folder without a registration module
    }
    const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
    const imports = new Map(); // local name -> module specifier
    for (const statement of file.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      for (const element of statement.importClause?.namedBindings?.elements ?? []) {
        imports.set(element.name.text, statement.moduleSpecifier.text);
      }
    }
    const visit = (node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        node.arguments.length === 1 &&
        ts.isStringLiteralLike(node.arguments[0])
      ) {
        const className = node.expression.expression.text;
        const specifier = imports.get(className);
        const module = specifier?.startsWith('.')
          ? posix.join(posix.dirname(path), specifier).replace(/\.js$/, '.ts')
          : undefined;
        calls.push({ path, tagName: node.arguments[0].text, className, module });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return calls;
}

/** `heading-level` -> `headingLevel`. */
const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/**
 * What the analyzer infers beyond the JSDoc, put right for every class (Lit or not):
 * - `this.dispatchEvent(new CookieHideEvent('escape'))` reads to it as an event named after the
 *   constructor's first argument (`escape`, `source`): an event of one of our event classes
 *   that the JSDoc does not document is such a misreading, and is dropped (the documented
 *   `@event` is the real one).
 * - An attribute found in `observedAttributes` (a plain `HTMLElement`) is linked to the public
 *   accessor of the same name (`heading-level` -> `headingLevel`), and takes its description and
 *   type when it has none of its own.
 */
function tidyClass(declaration) {
  declaration.events = declaration.events?.filter(
    (event) => event.description || !event.type?.text || /^(Custom)?Event\b/.test(event.type.text),
  );
  if (declaration.events?.length === 0) delete declaration.events;
  for (const attribute of declaration.attributes ?? []) {
    if (attribute.fieldName) continue;
    const member = declaration.members?.find(
      (m) => m.kind === 'field' && !m.static && m.privacy === undefined && m.name === camelCase(attribute.name),
    );
    if (!member) continue;
    attribute.fieldName = member.name;
    attribute.description ??= member.description;
    attribute.type ??= member.type;
    member.attribute ??= attribute.name;
  }
}

/** Tag names from the `define.ts` registration modules, and `tidyClass()` for every class. */
function defineCallsPlugin() {
  let calls = [];
  return {
    name: 'cookie-elements: define.ts tag names',
    initialize({ ts }) {
      calls = readDefineCalls(ts);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) if (declaration.kind === 'class') tidyClass(declaration);
      }
      for (const { path, tagName, className, module } of calls) {
        const home = customElementsManifest.modules.find(
          (m) => (module === undefined || m.path === module) && m.declarations?.some((d) => d.name === className),
        );
        const declaration = home?.declarations.find((d) => d.kind === 'class' && d.name === className);
        if (!declaration) {
          console.warn(`[manifest] ${path}: ${className}.define('${tagName}'): no class ${className} in the manifest`);
          continue;
        }
        declaration.tagName = tagName;
        declaration.customElement = true;
        let definer = customElementsManifest.modules.find((m) => m.path === path);
        if (!definer) {
          definer = { kind: 'javascript-module', path, declarations: [], exports: [] };
          customElementsManifest.modules.push(definer);
        }
        definer.exports = (definer.exports ?? []).filter(
          (e) => !(e.kind === 'custom-element-definition' && e.name === tagName),
        );
        definer.exports.push({
          kind: 'custom-element-definition',
          name: tagName,
          declaration: { name: className, module: home.path },
        });
      }
    },
  };
}

export default {
  globs: [`${COMPONENTS}/**/*.ts`, 'src/internal/cookie-element.ts'],
  exclude: [`${COMPONENTS}/**/*.test.ts`, `${COMPONENTS}/**/*.stories.ts`, `${COMPONENTS}/**/define.ts`],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest (`customElements`); the analyzer would rewrite it.
  packagejson: false,
  plugins: [defineCallsPlugin()],
};
