import { LitElement, css } from 'lit';
import { property } from 'lit/decorators.js';
import { tokens } from '../styles/tokens.js';

/** Languages written right to left (by their primary subtag). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'dv', 'ckb', 'sd', 'ug']);

/**
 * The thin base of every cookie-elements element: shared host styles and theme tokens,
 * `lang`/`dir` for its root, and a tolerant `define()`. Nothing else goes here.
 */
export abstract class CookieElement extends LitElement {
  static override styles = [
    tokens,
    css`
      :host([hidden]) {
        display: none !important;
      }
    `,
  ];

  /** `light`, `dark`, or `auto` (the default: follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /**
   * Registers the element under `tag`. When the tag is taken by another library, says so in
   * the console and leaves the class for the site to register under another name.
   * @returns whether `tag` now names this class.
   */
  static define(this: CustomElementConstructor & { name: string }, tag: string): boolean {
    const existing = customElements.get(tag);
    if (existing === this) return true;
    if (existing) {
      console.error(
        `[cookie-elements] <${tag}> is already defined by another library; register this element under another name: customElements.define('my-${tag}', ${this.name})`,
      );
      return false;
    }
    customElements.define(tag, this);
    return true;
  }

  /** The text direction of a language tag. */
  protected directionOf(language: string): 'ltr' | 'rtl' {
    return RTL.has(language.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
  }
}
