/**
 * A rolldown plugin for the drop-in build: collapses the whitespace (and CSS comments) of Lit's
 * `html` and `css` tagged templates in our own sources, which a JS minifier leaves as written.
 * Only the literal text changes, never an expression; HTML keeps one space where it had any (it
 * renders the same: our templates hold no `<pre>` or `<textarea>`), CSS loses the spaces its
 * syntax does not need. Parsing is TypeScript's, so nested templates and `${…}` are exact.
 */
import ts from 'typescript';

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
  return {
    name: 'cookie-elements:minify-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
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
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
