/**
 * A rolldown plugin for the drop-in build: collapses the whitespace (and CSS comments) of Lit's
 * `html` and `css` tagged templates in our own sources, which a JS minifier leaves as written.
 * Only the literal text changes, never an expression; HTML keeps one space where it had any (it
 * renders the same: our templates hold no `<pre>` or `<textarea>`), CSS loses the spaces its
 * syntax does not need. Parsing is TypeScript's, so nested templates and `${…}` are exact.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** A private custom property of our styles: `--_` then its name (`--_cookie-color-accent`). */
const PRIVATE = /--_[a-z][\w-]*/g;

/**
 * Short names for the private custom properties of every module in `src/` (`--_cookie-color-accent`
 * → `--_c5`), the same in every chunk of the build. Sites theme with the public `--cookie-*`
 * properties (docs/theming.md); the private ones (`:host { --_x: var(--x, default) }`) are
 * our own, so their names can go (−50 B gzip for the banner's UI chunk, as much for the settings).
 */
function privatePropertyNames() {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const names = new Set();
  for (const file of readdirSync(src, { recursive: true })) {
    if (String(file).endsWith('.ts'))
      for (const name of readFileSync(`${src}${file}`, 'utf8').match(PRIVATE) ?? []) names.add(name);
  }
  return new Map([...names].sort().map((name, index) => [name, `--_c${index.toString(36)}`]));
}

const TAGS = new Set(['html', 'css']);

/**
 * CSS text with comments and needless whitespace removed (spaces inside selectors stay), the last
 * `;` of each block and the leading zero of decimals (`0.5rem` → `.5rem`) dropped.
 */
function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .trim();
}

function minifyHtml(text) {
  return text.replace(/\s+/g, ' ').replace(/>\s+</g, '> <');
}

export function minifyLiterals() {
  const privateNames = privatePropertyNames();
  return {
    name: 'cookie-elements:minify-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      // Anywhere in the module (a style set from script too), so that a name is never half renamed.
      const renamed = code.replace(PRIVATE, (name) => privateNames.get(name));
      const renamedOnly = renamed === code ? null : { code: renamed, map: null };
      code = renamed;
      if (!/\b(html|css)`/.test(code)) return renamedOnly;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
          const template = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            // The raw text between the delimiters (` or } … ${ or `).
            const start = part.getStart(source) + 1;
            const end = part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
            const raw = code.slice(start, end);
            const small = minify(raw);
            if (small !== raw) edits.push([start, end, small]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return renamedOnly;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
