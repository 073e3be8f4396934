/**
 * What each kind of entry is called in the UI (table column "Type", the settings' entry lists):
 * one set of strings, ids `table.type.*`, each overridable from the registry's `text`.
 */
import { msg } from './msg.js';
import type { RegistryView } from '../consent/normalize.js';
import type { EntryType } from '../registry/vocabulary.js';
import { uiText } from './text.js';

export function storageTypeName(view: RegistryView, language: string, type: EntryType): string {
  const own: Record<EntryType, () => string> = {
    cookie: () => msg('Cookie', { id: 'table.type.cookie' }),
    localStorage: () => msg('Local storage', { id: 'table.type.localStorage' }),
    sessionStorage: () => msg('Session storage', { id: 'table.type.sessionStorage' }),
    indexedDB: () => msg('IndexedDB', { id: 'table.type.indexedDB' }),
  };
  return uiText(view, language, `table.type.${type}`, own[type]());
}
