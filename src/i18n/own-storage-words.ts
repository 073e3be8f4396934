/**
 * The words of the storage the suite declares for itself (`consent/own-storage.ts`), translated:
 * the settings and the table pass them to `withOwnStorage()`.
 */
import { msg } from './msg.js';
import type { OwnStorageWords } from '../consent/own-storage.js';

export function ownStorageWords(): OwnStorageWords {
  return {
    necessary: msg('Strictly necessary', { id: 'storage.necessary' }),
    consentCookie: msg('Stores your cookie consent choices', { id: 'storage.consentCookie' }),
    consentLog: msg('Keeps records of your consent choices until the site has received them', {
      id: 'storage.consentLog',
    }),
  };
}
