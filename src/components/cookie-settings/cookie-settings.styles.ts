import { css } from 'lit';

export const styles = css`
  :host {
    --_settings-max-width: var(--cookie-settings-max-width, 40rem);
    --_settings-margin: var(--_cookie-spacing);
    display: block;
  }

  dialog {
    box-sizing: border-box;
    inline-size: min(var(--_settings-max-width), calc(100vw - 2 * var(--_settings-margin)));
    max-inline-size: none;
    max-block-size: calc(100vh - 2 * var(--_settings-margin));
    max-block-size: calc(100dvh - 2 * var(--_settings-margin));
    margin: auto;
    padding: 0;
    overflow: hidden;
    border: 1px solid var(--_cookie-color-border);
    border-radius: var(--_cookie-radius);
    background: var(--_cookie-color-background);
    color: var(--_cookie-color-text);
    box-shadow: var(--_cookie-shadow);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .base {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-block-size: 0;
    box-sizing: border-box;
  }
  .base.inline {
    max-inline-size: var(--_settings-max-width);
    border: 1px solid var(--_cookie-color-border);
    border-radius: var(--_cookie-radius);
    background: var(--_cookie-color-background);
  }

  .header {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding-block: calc(var(--_cookie-spacing) * 0.75);
    padding-inline: var(--_cookie-spacing);
    border-block-end: 1px solid var(--_cookie-color-surface);
  }
  .title {
    flex: 1 1 auto;
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .title:focus {
    /* focused on open so the dialog is read from its title: not a control, no ring */
    outline: none;
  }
  .close {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_cookie-radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .close:hover {
    background: var(--_cookie-color-surface);
  }
  .close svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    fill: none;
  }

  .body {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
    overscroll-behavior: contain;
    padding-inline: var(--_cookie-spacing);
  }
  .description {
    margin-block: var(--_cookie-spacing);
  }
  .gpc {
    margin-block: 0 var(--_cookie-spacing);
    padding: calc(var(--_cookie-spacing) / 2) var(--_cookie-spacing);
    border-inline-start: 3px solid var(--_cookie-color-accent);
    background: var(--_cookie-color-surface);
  }
  a {
    color: var(--_cookie-color-accent);
  }
  .muted {
    color: var(--_cookie-color-muted);
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .category {
    border-block-start: 1px solid var(--_cookie-color-surface);
    padding-block: 0.5rem;
  }
  .category-row,
  .service-row {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .category-title {
    flex: 1 1 auto;
    margin: 0;
    font-size: 1em;
  }
  .expand {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.25rem;
    padding-inline: 0;
    border: none;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .chevron {
    flex: none;
    inline-size: 1rem;
    block-size: 1rem;
    stroke: currentColor;
    stroke-width: 2;
    fill: none;
    transition: rotate 0.15s;
  }
  .chevron:dir(rtl) {
    scale: -1 1;
  }
  .expand[aria-expanded='true'] .chevron {
    rotate: 90deg;
  }
  .expand[aria-expanded='true'] .chevron:dir(rtl) {
    rotate: -90deg;
  }
  .always-active {
    /* Wraps between its words on a narrow row (320 px: "Always active", "Aina käytössä"), so that
       the switch beside it stays inside the row, in line with the other switches. */
    flex: 0 1 auto;
    text-align: end;
    font-size: 0.875em;
    color: var(--_cookie-color-muted);
  }

  .switch {
    position: relative;
    flex: none;
    inline-size: 3.25rem;
    block-size: 1.875rem;
    padding: 0;
    border: 2px solid var(--_cookie-color-border);
    border-radius: 1rem;
    background: var(--_cookie-color-surface);
    cursor: pointer;
  }
  .thumb {
    position: absolute;
    inset-block-start: 0.1875rem;
    inset-inline-start: 0.1875rem;
    display: grid;
    place-items: center;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border-radius: 50%;
    background: var(--_cookie-color-border);
    transition: inset-inline-start 0.15s;
  }
  .check {
    inline-size: 0.875rem;
    block-size: 0.875rem;
    stroke: var(--_cookie-color-accent);
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
    fill: none;
    visibility: hidden;
  }
  .switch[aria-checked='true'] {
    border-color: var(--_cookie-color-accent);
    background: var(--_cookie-color-accent);
  }
  .switch[aria-checked='true'] .thumb {
    inset-inline-start: calc(100% - 1.4375rem);
    background: var(--_cookie-color-on-accent);
  }
  .switch[aria-checked='true'] .check {
    visibility: visible;
  }
  .switch[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.75;
  }

  .details {
    padding-block: 0.25rem 0.5rem;
    padding-inline-start: 1.5rem;
  }
  .details[hidden] {
    display: none;
  }
  .details h4 {
    margin-block: 0.75rem 0.25rem;
    font-size: 0.95em;
  }
  .category-description {
    margin-block: 0.25rem;
  }
  .service,
  .entry {
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_cookie-color-surface);
    overflow-wrap: anywhere;
  }
  .service-name {
    flex: 1 1 auto;
    font-weight: 600;
  }
  .entry dl,
  .record dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0.25rem 0 0;
  }
  dt {
    color: var(--_cookie-color-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  .record {
    margin-block: var(--_cookie-spacing);
    padding: 0.75rem;
    border-radius: var(--_cookie-radius);
    background: var(--_cookie-color-surface);
  }
  .record .button {
    margin-block-start: 0.75rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: var(--_cookie-spacing);
    border-block-start: 1px solid var(--_cookie-color-surface);
  }
  .actions .button {
    flex: 1 1 auto;
  }
  .status:empty {
    display: none;
  }
  .status {
    padding-block-end: var(--_cookie-spacing);
    padding-inline: var(--_cookie-spacing);
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Short or narrow viewports (down to 320×256): smaller margins, and the whole dialog scrolls. */
  @media (max-width: 30rem) {
    :host {
      --_settings-margin: 0.5rem;
    }
  }
  @media (max-height: 30rem) {
    :host {
      --_settings-margin: 0.5rem;
    }
    dialog .base {
      overflow: auto;
      overscroll-behavior: contain;
    }
    dialog .body {
      flex: none;
      overflow: visible;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .thumb,
    .chevron {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    /* System colors (kept by forced colors): on and off differ by colour, thumb side and check mark. */
    .switch {
      border-color: ButtonText;
      background: Canvas;
    }
    .thumb {
      background: ButtonText;
    }
    .switch[aria-checked='true'] {
      border-color: Highlight;
      background: Highlight;
    }
    .switch[aria-checked='true'] .thumb {
      background: HighlightText;
    }
    .check {
      stroke: Highlight;
    }
    .switch[aria-disabled='true'] {
      opacity: 1;
      border-color: GrayText;
    }
    .close {
      border-color: ButtonText;
    }
  }
`;
