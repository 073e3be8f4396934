/** Writing the consent cookie (loaded only when a decision is made). */
import { readCookie, type CookieOptions } from './cookie.js';

/** Writes the cookie and reports whether the browser kept it. */
export function writeCookie(options: CookieOptions, value: string, maxAgeSeconds: number): boolean {
  const secure = location.protocol === 'https:';
  const sameSite = options.sameSite === 'None' && !secure ? 'Lax' : options.sameSite;
  let cookie = `${options.name}=${value}; Path=${options.path}; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}; SameSite=${sameSite}`;
  if (options.domain) cookie += `; Domain=${options.domain}`;
  if (secure) cookie += '; Secure';
  try {
    document.cookie = cookie;
  } catch {
    return false;
  }
  return maxAgeSeconds <= 0 || readCookie(options.name) === value;
}

export function deleteCookie(options: CookieOptions): void {
  writeCookie(options, '', 0);
}
