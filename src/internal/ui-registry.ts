/**
 * Where the elements meet (never by tag name): each settings dialog and banner registers itself
 * while connected, and `showSettings()` / `showBanner()` use one of them, or create one from the
 * registered class (whatever tag it was defined under). One registry per page, shared by copies.
 */
import type { CookieUiSource } from '../events/ui-source.js';

export interface ShowableElement extends HTMLElement {
  /** Opens the element; `opener` gets focus back when it closes. */
  show(source?: CookieUiSource, opener?: Element | null): Promise<void>;
}

interface UiRegistry {
  settings: Set<ShowableElement>;
  banners: Set<ShowableElement>;
  settingsClass?: new () => ShowableElement;
  bannerClass?: new () => ShowableElement;
}

const KEY = Symbol.for('cookie-elements.ui.v1');

export function uiRegistry(): UiRegistry {
  const global = globalThis as typeof globalThis & { [KEY]?: UiRegistry };
  return (global[KEY] ??= { settings: new Set(), banners: new Set() });
}

/** A connected element of `kind`, or a new one added to the page. */
export function findOrCreate(kind: 'settings' | 'banners'): ShowableElement | undefined {
  const registry = uiRegistry();
  const found = [...registry[kind]].find((element) => element.isConnected);
  if (found) return found;
  const Class = kind === 'settings' ? registry.settingsClass : registry.bannerClass;
  if (!Class) return undefined;
  const element = new Class();
  // The banner comes first in the body, so it comes first in focus order.
  if (kind === 'banners') document.body.prepend(element);
  else document.body.append(element);
  return element;
}

/** The element that has focus, through shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
}
