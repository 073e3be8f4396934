/**
 * Honest storage: every registry entry of a category or service that is not granted is removed
 * from this browser, as far as a page script can reach. Cookies by name, aliases and pattern, on
 * the entry's path and domain and on the current path and `/`, for the host and each parent domain
 * with and without a leading dot (and `Secure` over https, which `__Secure-`/`__Host-` cookies
 * need); `localStorage`/`sessionStorage` keys by name and pattern; IndexedDB databases by name.
 *
 * Beyond any script, and so beyond this: HttpOnly cookies, partitioned cookies, and other
 * domains' cookies. Sites must check `isGranted()` before writing (docs/enforcement.md).
 */
import type { Entry } from '../registry/schema.js';
import type { RegistryView } from '../consent/normalize.js';
import type { ConsentDetail } from '../consent/types.js';

/** Whether an entry may exist: its service's grant when it names one, else its category's. */
export function entryGranted(entry: Entry, detail: ConsentDetail): boolean {
  return (entry.service !== undefined ? detail.services[entry.service] : detail.categories[entry.category]) === true;
}

/**
 * Removes every entry of the registry that `detail` does not grant. (The grants rule is written
 * here, in `activate.ts` and in the page loader's test again, one line each: a shared module would
 * be a chunk of its own or bytes in the core on every page view.)
 */
export function sweep(view: RegistryView, detail: ConsentDetail): void {
  const denied = (view.registry.entries ?? []).filter(
    (entry) => !view.required.has(entry.category) && !entryGranted(entry, detail),
  );
  for (const entry of denied) {
    const matches = matcher(entry);
    if (entry.type === 'cookie') {
      const names = new Set(cookieNames().filter(matches));
      // A cookie on the entry's own path is invisible to a page outside it: its exact names are
      // expired there all the same (a write for a cookie that does not exist does nothing).
      if (entry.path) for (const name of [entry.name, ...(entry.aliases ?? [])]) names.add(name);
      for (const name of names) deleteEverywhere(name, entry);
    } else if (entry.type === 'indexedDB') {
      deleteDatabases([entry.name, ...(entry.aliases ?? [])], matches);
    } else {
      removeKeys(entry.type === 'localStorage' ? 'localStorage' : 'sessionStorage', matches);
    }
  }
}

/** Does a stored name belong to `entry`: its name, an alias, or its pattern. */
export function matcher(entry: Entry): (name: string) => boolean {
  let pattern: RegExp | undefined;
  try {
    pattern = entry.pattern ? new RegExp(entry.pattern) : undefined;
  } catch {
    pattern = undefined; // validated as a RegExp before a registry is used; never throw here
  }
  return (name) => name === entry.name || !!entry.aliases?.includes(name) || !!pattern?.test(name);
}

/** The names of the cookies this page can see. */
export function cookieNames(): string[] {
  try {
    return document.cookie
      .split(';')
      .map((pair) => pair.split('=')[0]!.trim())
      .filter(Boolean);
  } catch {
    return []; // cookies blocked: nothing this page can see or remove
  }
}

/**
 * Expires `name` under every path and domain it may have been set with. A cookie is only removed
 * by a write with its own path and domain, which `document.cookie` does not tell: so every likely
 * one is tried (an attribute that does not apply makes the browser ignore that write).
 */
function deleteEverywhere(name: string, entry: Entry): void {
  const paths = new Set(['/', location.pathname, location.pathname.replace(/[^/]*$/, ''), entry.path ?? '/']);
  const labels = location.hostname.split('.');
  // The host itself (host-only: no Domain), then each parent domain, with and without a leading dot.
  const domains = new Set<string | undefined>([undefined, entry.domain]);
  if (!/^[\d.]+$|:/.test(location.hostname)) {
    for (let i = 0; i < labels.length - 1; i++) {
      const domain = labels.slice(i).join('.');
      domains.add(domain).add(`.${domain}`);
    }
  }
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  for (const path of paths) {
    for (const domain of domains) {
      try {
        document.cookie = `${name}=; Path=${path}; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT${domain ? `; Domain=${domain}` : ''}${secure}`;
      } catch {
        return;
      }
    }
  }
}

function removeKeys(area: 'localStorage' | 'sessionStorage', matches: (name: string) => boolean): void {
  try {
    const storage = globalThis[area];
    for (const key of Object.keys(storage)) if (matches(key)) storage.removeItem(key);
  } catch {
    // storage blocked: nothing this page can see or remove
  }
}

function deleteDatabases(names: string[], matches: (name: string) => boolean): void {
  try {
    for (const name of names) indexedDB.deleteDatabase(name); // nothing happens for one that does not exist
    // A pattern needs the list of databases, which `databases()` gives where the engine has it.
    void indexedDB
      .databases?.()
      .then((list) => {
        for (const { name } of list) if (name && matches(name)) indexedDB.deleteDatabase(name);
      })
      .catch(() => undefined);
  } catch {
    // IndexedDB blocked
  }
}
