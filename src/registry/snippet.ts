/**
 * The drop-in's snippet for a site's `<head>`, as `cookie-elements snippet` prints it: the registry
 * (validated at build time, so no first visit downloads the validator), an inline first-visit
 * preloader, and the drop-in.
 *
 * The preloader ends the request waterfall of a first visit. Without it the core must download and
 * run before it asks for the UI chunk, and the UI must run detection before it asks for the
 * locale's strings: three round trips before the banner. With it, a visitor without a consent
 * cookie asks for all three at once (`<link rel="modulepreload">`), and a returning visitor still
 * downloads the core alone. The locale is a hint, read from the sources and keys the registry's
 * `detection` names and matched to the suite's locales as the UI will (the exact tag, else its
 * language, the language and script it is written in, or a regional form of it);
 * when it guesses wrong, the right strings load after the UI, as they would without it.
 */
import type { Registry } from './schema.js';
import { registryHash } from './hash.js';
import { DEFAULT_CONSENT_COOKIE_NAME } from './constants.js';
import { DETECTION_SOURCES, type DetectionSource } from './vocabulary.js';

/** `dist/drop-in.json`, written by the build: the files of the drop-in a first visit may need. */
export interface DropInManifest {
  /** The drop-in, relative to the folder it is served from. */
  entry: string;
  /** The chunk with what the banner needs (its name has a content hash). */
  ui: string;
  /** The language of the suite's own strings: it loads no locale module. */
  sourceLocale: string;
  /** The other locales of the suite's strings. */
  locales: string[];
  /** Where a locale's banner strings are, `{locale}` standing for its code. */
  localeModule: string;
}

export interface SnippetOptions {
  /** The URL the page loads the drop-in from (its chunks are beside it). */
  src: string;
  manifest: DropInManifest;
  /** The first-visit preloader (default true). */
  preload?: boolean;
}

export interface Snippet {
  /** The markup for the page's `<head>`. */
  html: string;
  /** The preloader's inline script text (for a CSP hash), when there is one. */
  preloader: string | undefined;
}

/** JSON (a JavaScript literal too) that cannot end the script element it is in. */
const literal = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The snippet for `registry`, which must be valid (`validateRegistry()`) and be the document as the
 * page will hold it (its hash goes on the registry script, `data-cookie-validated`).
 */
export function dropInSnippet(registry: Registry, { src, manifest, preload = true }: SnippetOptions): Snippet {
  // The folder of `src` (the chunks are beside the drop-in), as the page will resolve it.
  const base = src.replace(/[^/?#]*(?:[?#].*)?$/, '');
  const preloader = preload ? firstVisitPreloader(registry, base, manifest) : undefined;
  const json = literal(registry);
  // The preloader first: the parser runs it before it reads the registry's JSON.
  const html = [
    ...(preloader ? [`<script>${preloader}</script>`] : []),
    `<script type="application/json" data-cookie-registry data-cookie-validated="${registryHash(registry)}">${json}</script>`,
    `<script type="module" src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></script>`,
  ].join('\n');
  return { html, preloader };
}

/** What each detection source holds, as an expression of the preloader (`d`: the document, `k`: a cookie's value). */
const SOURCE_READS: Record<DetectionSource, (detection: NonNullable<Registry['detection']>) => string> = {
  querystring: ({ lookupQuerystring = 'lng' }) =>
    `new URLSearchParams(location.search).get(${literal(lookupQuerystring)})`,
  cookie: ({ lookupCookie = 'i18next' }) => `k(${literal(lookupCookie)})`,
  localStorage: ({ lookupLocalStorage = 'i18nextLng' }) => `localStorage.getItem(${literal(lookupLocalStorage)})`,
  sessionStorage: ({ lookupSessionStorage = 'i18nextLng' }) =>
    `sessionStorage.getItem(${literal(lookupSessionStorage)})`,
  navigator: () => 'navigator.languages',
  htmlTag: () => 'd.documentElement.lang',
};

/**
 * The preloader's script for the drop-in's folder `base` (ending in `/`): nothing when the consent
 * cookie is set (a returning visitor: the core alone, which shows the banner again if it must).
 * Else a modulepreload of the UI chunk, and of the locale's banner strings when the UI will most
 * likely not be in the source locale.
 */
export function firstVisitPreloader(registry: Registry, base: string, manifest: DropInManifest): string {
  const detection = registry.detection ?? {};
  const order = detection.order ?? DETECTION_SOURCES;
  const cookie = registry.consentCookie?.name ?? DEFAULT_CONSENT_COOKIE_NAME;
  // What detection chooses among (src/i18n/detect.ts, `detectLanguage()`): the suite's locales,
  // then the registry's, in that order (a bare code takes the first regional form listed).
  const suite = manifest.locales.map((code) => code.toLowerCase());
  const more = [manifest.sourceLocale, ...(registry.locales ?? []), registry.defaultLocale]
    .map((code) => code.toLowerCase())
    .filter((code, i, all) => !suite.includes(code) && all.indexOf(code) === i);
  const [before, after] = manifest.localeModule.split('{locale}') as [string, string];
  return (
    `(()=>{let d=document,k=n=>("; "+d.cookie).split("; "+n+"=")[1]?.split(";")[0],` +
    `p=f=>d.head.append(Object.assign(d.createElement("link"),{rel:"modulepreload",href:${literal(base)}+f}));` +
    `if(k(${literal(cookie)})!=null)return;` +
    `p(${literal(manifest.ui)});` +
    `let L=${literal(manifest.locales.join(' '))}.split(" "),A=L.concat(${literal(more.join(' '))}.split(" ")).map(l=>l.toLowerCase()),v=[],g,c;` +
    `for(let f of [${order.map((source) => `()=>${SOURCE_READS[source](detection)}`).join(',')}])try{v=v.concat(f()??[])}catch{}` +
    `v=v.filter(x=>typeof x=="string"&&x).map(x=>x.toLowerCase());` +
    `g=v.find(x=>A.includes(x));` +
    // Candidate by candidate: its language, the language and script it is written in (`zh-tw` →
    // `zh-hant`, `no` → `nb`), then a regional form. (Detection tries a tag's script part first,
    // `sr-latn-rs` → `sr-latn`: the suite has no strings that step alone finds.)
    `if(!g)for(let x of v){let l=x.split(/[-_]/)[0],w;` +
    `try{w=new Intl.Locale(x.replace(/_/g,"-")).maximize();w=l=="no"?"nb":(w.language+"-"+w.script).toLowerCase()}catch{}` +
    `if(g=[l,w].find(a=>A.includes(a))||A.find(a=>a.startsWith(l+"-")))break}` +
    `c=g&&(L.find(l=>l.toLowerCase()==g)||L.find(l=>l==g.split("-")[0]));` +
    `c&&p(${literal(before)}+c+${literal(after)})})()`
  );
}
