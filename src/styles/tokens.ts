import { css } from './sheet.js';

/**
 * Theme tokens. Sites set the public `--cookie-*` properties; elements read the private
 * `--_cookie-*` ones, which fall back to the light or dark defaults (the drop-in build shortens
 * their names: scripts/build/minify-literals.mjs).
 */
export const tokens = css`
  :host {
    --_cookie-font-family: var(--cookie-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_cookie-font-size: var(--cookie-font-size, 1rem);
    --_cookie-radius: var(--cookie-radius, 0.5rem);
    --_cookie-spacing: var(--cookie-spacing, 1rem);
    --_cookie-color-accent: var(--cookie-color-accent, light-dark(#2743c6, #9db0ff));
    --_cookie-color-on-accent: var(--cookie-color-on-accent, light-dark(#ffffff, #0b1033));
    --_cookie-color-text: var(--cookie-color-text, light-dark(#1b1c22, #eceef6));
    --_cookie-color-muted: var(--cookie-color-muted, light-dark(#50525e, #b9bccb));
    --_cookie-color-background: var(--cookie-color-background, light-dark(#ffffff, #1c1d24));
    --_cookie-color-surface: var(--cookie-color-surface, light-dark(#f2f3f7, #2a2c36));
    --_cookie-color-border: var(--cookie-color-border, light-dark(#767887, #8f92a3));
    --_cookie-color-focus: var(--cookie-color-focus, light-dark(#2743c6, #9db0ff));
    --_cookie-shadow: var(--cookie-shadow, 0 0.5rem 2rem rgb(0 0 0 / 0.2));
    --_cookie-z-index: var(--cookie-z-index, 2147483000);
    font-family: var(--_cookie-font-family);
    font-size: var(--_cookie-font-size);
    line-height: 1.5;
    color: var(--_cookie-color-text);
    /* Each colour is light-dark(): the light one, or the dark one under theme="dark" or, with the
       default theme="auto", when the visitor's system prefers dark. */
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :focus-visible {
    outline: 3px solid var(--_cookie-color-focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Buttons shared by the banner and the settings: Accept and Reject look exactly alike (equal prominence). */
export const buttons = css`
  .button {
    font: inherit;
    font-weight: 600;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1.25rem;
    border-radius: var(--_cookie-radius);
    border: 2px solid var(--_cookie-color-accent);
    background: var(--_cookie-color-accent);
    color: var(--_cookie-color-on-accent);
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_cookie-color-accent);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
