/** What made a banner or settings dialog show or hide (`detail.source` of the UI events). */
export const UI_SOURCES = [
  'accept-all',
  'reject-all',
  'save',
  'close-button',
  'escape',
  'api',
  'decision',
  'opener',
] as const;
export type CookieUiSource = (typeof UI_SOURCES)[number];
