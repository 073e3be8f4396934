import { css } from '../../styles/sheet.js';

export const styles = css`
  :host {
    display: block;
  }
  :host([loaded]) {
    display: contents;
  }
  [part~='base'] {
    box-sizing: border-box;
    min-block-size: var(--cookie-gate-min-height, 12rem);
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: calc(var(--_cookie-spacing) / 2);
    padding: var(--_cookie-spacing);
    border: 1px dashed var(--_cookie-color-border);
    border-radius: var(--_cookie-radius);
    background: var(--_cookie-color-surface);
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  .label {
    color: var(--_cookie-color-muted);
  }
  .title {
    font-weight: 700;
    font-size: 1.125em;
  }
  a {
    color: var(--_cookie-color-accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_cookie-spacing) / 2);
  }
  @media (forced-colors: active) {
    [part~='base'] {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }
`;
