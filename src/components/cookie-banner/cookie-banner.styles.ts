import { css } from '../../styles/sheet.js';

export const styles = css`
  :host {
    --_banner-max-width: var(--cookie-banner-max-width, 64rem);
    --_box-width: var(--cookie-banner-box-width, 24rem);
    --_banner-gap: var(--cookie-banner-gap, var(--_cookie-spacing));
  }
  /* What the banner's region, its dialog and the re-open control share */
  .region,
  dialog,
  .reopen {
    border: 1px solid var(--_cookie-color-border);
    background: var(--_cookie-color-background);
    color: var(--_cookie-color-text);
    box-shadow: var(--_cookie-shadow);
  }
  .region,
  .reopen {
    position: fixed;
    z-index: var(--_cookie-z-index);
  }
  .region,
  dialog {
    box-sizing: border-box;
    max-block-size: calc(100dvh - 2 * var(--_banner-gap));
    overflow: auto;
    padding: var(--_cookie-spacing);
  }
  .region {
    overscroll-behavior: contain;
  }
  .bar {
    inset-inline: 0;
    border-inline: none;
  }
  .bar.bottom {
    inset-block-end: 0;
    border-block-end: none;
  }
  .bar.top {
    inset-block-start: 0;
    border-block-start: none;
  }
  .bar .inner {
    max-inline-size: var(--_banner-max-width);
    margin-inline: auto;
  }
  .box {
    inline-size: min(var(--_box-width), calc(100vw - 2 * var(--_banner-gap)));
    border-radius: var(--_cookie-radius);
  }
  .box.bottom-end,
  .box.bottom-start {
    inset-block-end: var(--_banner-gap);
  }
  .box.top-end,
  .box.top-start {
    inset-block-start: var(--_banner-gap);
  }
  .box.bottom-end,
  .box.top-end {
    inset-inline-end: var(--_banner-gap);
  }
  .box.bottom-start,
  .box.top-start {
    inset-inline-start: var(--_banner-gap);
  }
  dialog {
    inline-size: min(var(--_box-width) * 1.5, calc(100vw - 2 * var(--_banner-gap)));
    border-radius: var(--_cookie-radius);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .title {
    margin-block: 0 0.5rem;
    font-size: 1.15em;
  }
  .description {
    margin-block: 0 0.75rem;
  }
  /* the list of purposes (the only list) */
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.5rem;
    padding: 0;
    list-style: none;
  }
  li {
    padding: 0.125rem 0.625rem;
    /* transparent: a visible outline only in forced colours, where the background is dropped */
    border: 1px solid transparent;
    border-radius: var(--_cookie-radius);
    background: var(--_cookie-color-surface);
    font-weight: 600;
  }
  a {
    color: var(--_cookie-color-accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions .button {
    flex: 1 1 8rem;
  }
  /* Short viewports (a phone in landscape, 320×256 zoomed): the text scrolls, the three buttons
     stay in view together, so Reject is never harder to reach than Accept. */
  @media (max-height: 30rem) {
    .region,
    dialog[open] {
      display: flex;
      flex-direction: column;
      overflow: hidden;
    }
    .inner {
      display: flex;
      flex-direction: column;
      min-block-size: 0;
    }
    .description {
      overflow: auto;
      min-block-size: 1.5em;
    }
    .actions {
      flex: none;
    }
    .actions .button {
      min-block-size: 2.25rem;
      padding-block: 0.25rem;
    }
  }
  .reopen {
    inset-block-end: var(--_banner-gap);
    inset-inline-start: var(--_banner-gap);
    font: inherit;
    font-size: 0.875em;
    padding-block: 0.4rem;
    padding-inline: 0.8rem;
    border-radius: var(--_cookie-radius);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .region,
    dialog,
    .reopen {
      border: 1px solid CanvasText;
    }
  }
`;
