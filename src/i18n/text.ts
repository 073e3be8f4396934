/**
 * The site's own text (registry titles, purposes, UI overrides), picked for the UI language:
 * exact tag, then the language alone, then the registry's defaultLocale. Never empty.
 */
import type { RegistryView } from '../consent/normalize.js';
import type { Text } from '../registry/schema.js';

export function pickText(text: Text | undefined, language: string, defaultLocale: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const lower = language.toLowerCase();
  const keys = Object.keys(text);
  const key =
    keys.find((k) => k.toLowerCase() === lower) ??
    keys.find((k) => k.toLowerCase() === lower.split('-')[0]) ??
    (defaultLocale in text ? defaultLocale : keys[0]);
  return key === undefined ? '' : text[key]!;
}

/** A UI string: the registry's `text[id]` override when it has one, else the suite's own (from `msg()`). */
export function uiText(view: RegistryView | undefined, language: string, id: string, own: string): string {
  const override = view?.registry.text?.[id];
  return (override !== undefined && pickText(override, language, view!.registry.defaultLocale)) || own;
}
