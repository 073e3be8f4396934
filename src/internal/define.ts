/**
 * Registers `Class` under `tag`, tolerantly: when the tag is taken by another library, says so
 * in the console and leaves the class for the site to register under another name (a subclass:
 * `customElements.define('site-banner', class extends CookieBanner {})`).
 * @returns whether `tag` now names `Class`.
 */
export function defineElement(tag: string, Class: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (existing === Class) return true;
  if (existing) {
    console.error(
      `[cookie-elements] <${tag}> is already defined by another library; register this element under another name: customElements.define('my-${tag}', class extends ${Class.name} {})`,
    );
    return false;
  }
  customElements.define(tag, Class);
  return true;
}
