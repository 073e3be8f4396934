import { LitElement, css } from 'lit';
import { property } from 'lit/decorators.js';
import { directionOf } from '../i18n/direction.js';
import { tokens } from '../styles/tokens.js';
import { defineElement } from './define.js';

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
  static define(this: CustomElementConstructor, tag: string): boolean {
    return defineElement(tag, this);
  }

  /** The text direction of a language tag. */
  protected directionOf(language: string): 'ltr' | 'rtl' {
    return directionOf(language);
  }
}
