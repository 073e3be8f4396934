import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_table-border-color: var(--cookie-table-border-color, var(--_cookie-color-border));
    --_table-header-background: var(--cookie-table-header-background, var(--_cookie-color-surface));
    --_table-cell-padding: var(--cookie-table-cell-padding, 0.5rem);
  }
  [part~='base'] {
    background: var(--_cookie-color-background);
    color: var(--_cookie-color-text);
    overflow-wrap: anywhere;
  }
  [part~='updated'] {
    margin-block: 0 var(--_cookie-spacing);
    color: var(--_cookie-color-muted);
  }
  [part~='category'] + [part~='category'] {
    margin-block-start: calc(var(--_cookie-spacing) * 2);
  }
  [part~='heading'] {
    margin-block: 0 calc(var(--_cookie-spacing) / 2);
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part~='description'] {
    margin-block: 0 var(--_cookie-spacing);
  }
  .scroll {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  [part~='table'] {
    inline-size: 100%;
    border-collapse: collapse;
    border: 1px solid var(--_table-border-color);
  }
  caption {
    /* The visible title is the heading; the caption names the table for assistive technology. */
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  th,
  td {
    padding-block: var(--_table-cell-padding);
    padding-inline: var(--_table-cell-padding);
    border: 1px solid var(--_table-border-color);
    text-align: start;
    vertical-align: top;
    /* Words wrap whole (a word longer than its column still breaks); names break after . _ - / (<wbr>). */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  thead th {
    background: var(--_table-header-background);
    font-weight: 600;
  }
  tbody th {
    font-weight: normal;
  }
  code {
    hyphens: manual;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .alias,
  .third-party {
    display: block;
    color: var(--_cookie-color-muted);
    font-size: 0.9em;
  }
  [part~='services'] {
    margin-block-start: var(--_cookie-spacing);
  }
  [part~='services'] p {
    margin-block: 0 calc(var(--_cookie-spacing) / 2);
  }
  [part~='services'] ul {
    margin-block: 0;
    padding-inline-start: 1.25em;
  }
  [part~='services'] li + li {
    margin-block-start: calc(var(--_cookie-spacing) / 2);
  }
  .service-name {
    font-weight: 600;
  }
  a {
    color: var(--_cookie-color-accent);
  }
  @media (forced-colors: active) {
    [part~='table'],
    th,
    td {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
