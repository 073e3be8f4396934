/**
 * `css` for the banner's path: a constructable stylesheet from the literal's text. The banner is
 * not a LitElement (a first visit does not download LitElement), so it adopts these sheets
 * itself; the LitElements take them in `static styles` as they take Lit's own `css`. Every target
 * engine adopts constructed sheets, and a Content-Security-Policy does not apply to them, which
 * is all Lit's `css` tag adds over this besides fallbacks we do not need. Static text only: no
 * interpolation, so nothing from outside can reach a stylesheet.
 */
export function css(strings: TemplateStringsArray): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(strings.join(''));
  return sheet;
}
