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
    // Rare: its words load on demand.
    void import('../consent/messages.js').then((messages) =>
      console.error(messages.consoleText(messages.explain('taken', [tag, Class.name]))),
    );
    return false;
  }
  customElements.define(tag, Class);
  return true;
}
