/**
 * The contenders: one page each, same content and CSS, each consent manager configured as its
 * own documentation says (cookie-elements twice: the plain drop-in, and the head its CLI prints) for the Dumka registry (examples/registries/dumka.json): three categories
 * (essential, analytics, functional), the same cookies where the config has a place for them, one
 * gated analytics script (/analytics.js) in the tool's own gating syntax, English.
 *
 * Doc sources (read in the installed packages, bench/node_modules):
 * - vanilla-cookieconsent: types/index.d.ts (the package's README only links to the website);
 * - Orejime: README.md ("Configuration", "Third-party scripts configuration");
 * - Klaro: README.md ("Managing third-party apps/trackers") and dist/config.js (annotated config).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dumkaRegistry, revisedRegistry } from './registries.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const modules = fileURLToPath(new URL('node_modules/', import.meta.url));

const version = (dir) => JSON.parse(readFileSync(dir + 'package.json', 'utf8')).version;

/** English text of a registry field (a string or a map of locales). */
const en = (text) => (typeof text === 'string' ? text : text?.en);

/**
 * What every peer's config is made from: the `registry`, its category ids in order, a category by
 * id, and a category's cookies (not localStorage) as names or RegExps.
 */
function source(registry) {
  return {
    registry,
    ids: registry.categories.map((c) => c.id),
    category: (id) => registry.categories.find((c) => c.id === id),
    cookiesOf: (id) =>
      registry.entries
        .filter((e) => e.type === 'cookie' && e.category === id && e.name !== registry.consentCookie.name)
        .map((e) => (e.pattern ? new RegExp(e.pattern) : e.name)),
  };
}

/**
 * A JavaScript literal for a config (JSON cannot hold the RegExps the peers take for cookie names).
 * `<` is escaped so no string can close the inline script.
 */
export function toJs(value) {
  if (value instanceof RegExp) return String(value);
  if (Array.isArray(value)) return `[${value.map(toJs).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJs(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The page every contender shares: `head` and `body` are the contender's additions. The tool's
 * head comes first, before the page's stylesheet, as early as a site can put it (an inline or
 * classic script there does not wait for the stylesheet), the same place for every tool.
 */
export function page({ title, head = '', body = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${head}
<link rel="stylesheet" href="/page.css">
</head>
<body>
<main>
<h1>A page with a cookie banner</h1>
<p>This paragraph stands for the content of a real page. It is long enough to wrap over a few lines on a
desktop viewport, so that anything the consent banner pushes down would show up as a layout shift. The page is
the same for every contender; only the consent manager changes.</p>
</main>
${body}
</body>
</html>
`;
}

/**
 * A contender's pages: `html`, its first visit; with `settings` (how its preferences dialog opens
 * and saves, bench/dialog.mjs), `settingsHtml`: the same page with the opener, for a returning visitor.
 */
function pages(parts, settings) {
  return {
    html: page(parts),
    settings,
    settingsHtml: settings && page({ ...parts, body: `${parts.body}\n<footer>${settings.opener}</footer>` }),
  };
}

export const PAGE_CSS = `body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #222; background: #fff; }
main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
`;

/** What the gated script logs when it runs. */
export const ANALYTICS_RAN = '[bench] gated script ran';

/**
 * The gated script: it records when it ran, so the harness can check the gate on each contender,
 * and says so in the console (for a harness that must not evaluate anything in the page meanwhile).
 */
export const ANALYTICS_JS = `(window.__bench ||= {}).analytics = performance.now();
document.cookie = 'ph_bench_posthog=1; path=/; SameSite=Lax';
console.debug(${JSON.stringify(ANALYTICS_RAN)});
`;

/**
 * What cookie-elements adds to a page's head: the registry `data` inline (`<` escaped, so no string
 * can end the script) and the drop-in (README "Use it on a site").
 */
export function dropIn(data) {
  return `<script type="application/json" data-cookie-registry>${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
<script type="module" src="/dist/cookie-elements.js"></script>`;
}

/**
 * What `cookie-elements snippet` prints for the registry (docs/elements.md#first-visit-preloader):
 * the registry validated at build time, the first-visit preloader, the drop-in. Needs the build.
 */
async function snippetHead(data) {
  const { dropInSnippet } = await import(pathToFileURL(`${root}dist/registry.js`).href);
  const manifest = JSON.parse(readFileSync(`${root}dist/drop-in.json`, 'utf8'));
  return dropInSnippet(data, { src: '/dist/cookie-elements.js', manifest }).html;
}

/**
 * cookie-elements: the drop-in with the registry inline (a site without a build step); with
 * `snippet` (what `snippetHead()` printed for the same registry), the head `cookie-elements
 * snippet` prints (a site whose build runs the CLI).
 */
function cookieElements({ registry }, snippet = undefined) {
  const withSnippet = snippet !== undefined;
  return {
    id: withSnippet ? 'cookie-elements-snippet' : 'cookie-elements',
    version: version(root),
    // The accept button is the part `accept-button` in the banner's shadow root.
    accept: ['cookie-banner', '[part~="accept-button"]'],
    clickSelector: 'cookie-banner [part~="accept-button"]',
    rejectSelector: 'cookie-banner [part~="reject-button"]',
    consentEvent: true,
    ...pages(
      {
        title: 'cookie-elements',
        head: withSnippet ? snippet : dropIn(registry),
        body: `<cookie-banner></cookie-banner>
<script type="text/plain" data-cookie-category="analytics" data-cookie-service="posthog" data-src="/analytics.js"></script>`,
      },
      // docs/elements.md: any element with `data-cookie-settings` opens <cookie-settings> (a modal <dialog>).
      withSnippet
        ? undefined // a returning visitor's page is the plain drop-in's: measured once
        : {
            opener: '<button type="button" data-cookie-settings>Cookie settings</button>',
            dialog: ['cookie-settings', 'dialog'],
            save: 'cookie-settings [part~="save-button"]',
          },
    ),
  };
}

/** vanilla-cookieconsent 3.1: CookieConsent.run(config) from the ESM build (types/index.d.ts). */
function vanillaCookieConsent({ registry, ids, category, cookiesOf }) {
  const table = (id) => ({
    headers: { name: 'Name', duration: 'Duration', description: 'Description' },
    body: registry.entries
      .filter((e) => e.category === id)
      .map((e) => ({ name: e.name, duration: e.duration, description: en(e.purpose) })),
  });
  const services = (id) =>
    Object.fromEntries(
      registry.services.filter((s) => s.category === id).map((s) => [s.id, { label: en(s.name) ?? s.name }]),
    );
  const config = {
    // The default hides the banner when navigator.webdriver is set, which Playwright sets: the
    // harness would measure no banner at all.
    hideFromBots: false,
    // Its revision management: a new revision asks again (the registry's own revision number).
    revision: registry.revision,
    cookie: { name: 'cc_cookie', expiresAfterDays: 365 },
    categories: Object.fromEntries(
      ids.map((id) => {
        const own = services(id);
        const named = Object.keys(own).length ? { services: own } : {};
        if (category(id).required) return [id, { enabled: true, readOnly: true, services: own }];
        const cookies = cookiesOf(id);
        return [
          id,
          { ...(cookies.length ? { autoClear: { cookies: cookies.map((name) => ({ name })) } } : {}), ...named },
        ];
      }),
    ),
    language: {
      default: 'en',
      translations: {
        en: {
          consentModal: {
            title: 'We use cookies',
            description: 'We use cookies for analytics and to remember your settings, with your consent.',
            acceptAllBtn: 'Accept all',
            acceptNecessaryBtn: 'Reject all',
            showPreferencesBtn: 'Manage preferences',
          },
          preferencesModal: {
            title: 'Cookie settings',
            acceptAllBtn: 'Accept all',
            acceptNecessaryBtn: 'Reject all',
            savePreferencesBtn: 'Save preferences',
            closeIconLabel: 'Close',
            sections: ids.map((id) => ({
              title: en(category(id).title),
              description: en(category(id).description),
              linkedCategory: id,
              cookieTable: table(id),
            })),
          },
        },
      },
    },
  };
  const dir = `${modules}vanilla-cookieconsent/`;
  return {
    id: 'vanilla-cookieconsent',
    version: version(dir),
    accept: ['#cc-main .cm .cm__btn[data-role="all"]'],
    clickSelector: '#cc-main .cm .cm__btn[data-role="all"]',
    rejectSelector: '#cc-main .cm .cm__btn[data-role="necessary"]',
    ...pages(
      {
        title: 'vanilla-cookieconsent',
        head: `<link rel="stylesheet" href="/peer/vanilla-cookieconsent/dist/cookieconsent.css">
<script type="module">
import * as CookieConsent from '/peer/vanilla-cookieconsent/dist/cookieconsent.esm.js';
CookieConsent.run(${toJs(config)});
</script>`,
        // Its gating syntax: type text/plain with data-category (and data-service).
        body: `<script type="text/plain" data-category="analytics" data-service="posthog" src="/analytics.js"></script>`,
      },
      // Its docs: a button with `data-cc="show-preferencesModal"` opens the preferences modal.
      {
        opener: '<button type="button" data-cc="show-preferencesModal">Cookie settings</button>',
        dialog: ['#cc-main .pm'],
        save: '#cc-main .pm .pm__btn[data-role="save"]',
      },
    ),
  };
}

/** Orejime 3: window.orejimeConfig, then the standard English build (README "Configuration"). */
function orejime({ registry, ids, category, cookiesOf }) {
  const config = {
    privacyPolicyUrl: registry.policyUrl,
    cookie: { name: 'orejime', duration: 365 },
    purposes: ids.map((id) => ({
      id,
      title: en(category(id).title),
      description: en(category(id).description),
      cookies: cookiesOf(id),
      isMandatory: Boolean(category(id).required),
    })),
  };
  const dir = `${modules}orejime/`;
  return {
    id: 'orejime',
    version: version(dir),
    accept: ['.orejime-Banner-saveButton'],
    clickSelector: '.orejime-Banner-saveButton',
    rejectSelector: '.orejime-Banner-declineButton',
    ...pages(
      {
        title: 'orejime',
        head: `<link rel="stylesheet" href="/peer/orejime/dist/orejime-standard.css">
<script>window.orejimeConfig = ${toJs(config)};</script>
<script src="/peer/orejime/dist/orejime-standard-en.js"></script>`,
        // Its gating syntax: the script inside <template data-purpose>.
        body: `<template data-purpose="analytics"><script src="/analytics.js"></script></template>`,
      },
      // README "API": `orejime.prompt()` opens the consent modal.
      {
        opener: '<button type="button" onclick="orejime.prompt()">Cookie settings</button>',
        dialog: ['.orejime-Modal'],
        save: '.orejime-Modal-saveButton',
      },
    ),
  };
}

/** Klaro 0.7: klaroConfig, then klaro.js with `defer` (README "Getting started", dist/config.js). */
function klaro({ registry, ids, category, cookiesOf }) {
  const services = [
    ...registry.services.map((s) => ({
      name: s.id,
      title: en(s.name) ?? s.name,
      purposes: [s.category],
      required: Boolean(category(s.category).required),
      cookies: s.category === 'essential' ? [] : cookiesOf(s.category),
    })),
    // Klaro gives consent per service: the functional category has entries but no service in the
    // registry, so it gets one to hold its place in the notice.
    { name: 'preferences', title: 'Preferences', purposes: ['functional'], cookies: cookiesOf('functional') },
  ];
  // Django's cookies are the essential ones (sessionid, csrftoken).
  services.find((s) => s.name === 'django').cookies = cookiesOf('essential');
  const config = {
    version: 1,
    elementID: 'klaro',
    storageMethod: 'cookie',
    cookieName: 'klaro',
    cookieExpiresAfterDays: 365,
    default: false,
    mustConsent: false,
    acceptAll: true,
    hideDeclineAll: false,
    groupByPurpose: true,
    lang: 'en',
    translations: {
      zz: { privacyPolicyUrl: registry.policyUrl },
      en: {
        purposes: Object.fromEntries(
          ids.map((id) => [id, { title: en(category(id).title), description: en(category(id).description) }]),
        ),
        ...Object.fromEntries(registry.services.map((s) => [s.id, { description: en(s.description) }])),
      },
    },
    services,
  };
  const dir = `${modules}klaro/`;
  return {
    id: 'klaro',
    version: version(dir),
    accept: ['.klaro .cookie-notice .cm-btn-success'],
    clickSelector: '.klaro .cookie-notice .cm-btn-success',
    rejectSelector: '.klaro .cookie-notice .cn-decline',
    ...pages(
      {
        title: 'klaro',
        head: `<script>var klaroConfig = ${toJs(config)};</script>
<script defer src="/peer/klaro/dist/klaro.js"></script>`,
        // Its gating syntax: type text/plain, data-type, data-name, data-src.
        body: `<script type="text/plain" data-type="text/javascript" data-name="posthog" data-src="/analytics.js"></script>`,
      },
      // README: `klaro.show()` opens the consent manager (its modal once the visitor has decided).
      {
        opener: '<button type="button" onclick="return klaro.show();">Cookie settings</button>',
        dialog: ['.klaro .cookie-modal .cm-modal'],
        save: '.klaro .cookie-modal .cm-btn-accept',
      },
    ),
  };
}

/** Each contender, for a registry's `source()` and what `snippetHead()` printed for it. */
const BUILDERS = [
  (from) => cookieElements(from),
  (from, snippet) => cookieElements(from, snippet),
  vanillaCookieConsent,
  orejime,
  klaro,
];

/** Every contender configured from `registry` (its first-visit page is `html`). */
export async function contendersFor(registry) {
  const snippet = await snippetHead(registry);
  return BUILDERS.map((build) => build(source(registry), snippet));
}

const [first, next] = await Promise.all([contendersFor(dumkaRegistry()), contendersFor(revisedRegistry())]);

/**
 * Every contender for the Dumka registry; `revisedHtml`: its first-visit page after the site's next
 * revision (`revisedRegistry()`: a purpose added), served at the same address so that the decision
 * stored under the first is read by it (bench/paths.mjs).
 */
export function contenders() {
  return first.map((contender, i) => ({ ...contender, revisedHtml: next[i].html }));
}
