/** Reading the consent cookie. Never throws: a blocked `document.cookie` reads as empty. */
import type { SameSite } from '../registry/vocabulary.js';

export interface CookieOptions {
  name: string;
  path: string;
  domain?: string | undefined;
  sameSite: SameSite;
}

export function readCookie(name: string): string | undefined {
  let jar: string;
  try {
    jar = document.cookie;
  } catch {
    return undefined;
  }
  for (const pair of jar.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > -1 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}
