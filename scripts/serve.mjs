/**
 * A small static server on 127.0.0.1 for the demo (`npm start`), the size check and the node
 * tests: serves the repository (dist/, demo/, examples/) with a strict Content-Security-Policy,
 * and the pages of the two demo sites, each with its site's registry inlined:
 *
 * - `/`, `/cookie-policy` — "Dumka", the second reference site (essential, analytics and
 *   functional categories): banner, settings, policy tables (examples/registries/dumka.json);
 * - `/essential/`, `/essential/cookie-policy` — "DPOKit", the first reference site (only strictly
 *   necessary cookies: no banner, nothing written) (examples/registries/dpokit.json, with the
 *   demo's table headers from demo/essential-text.json);
 * - `/minimal` — the Dumka registry with a `<cookie-banner>` without `reopen` and a settings link:
 *   a returning visitor there downloads only the core (the size check's page);
 * - `/embeds` — Dumka with a stand-in map behind a `<cookie-gate>`, and `consentLog`: the server
 *   receives the consent records at `/api/consent` (GET lists them).
 */
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** No inline script or style runs: the suite must work under this. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/** Registry JSON that is safe inside a <script> element. */
export function inlineJson(value) {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

/** The demo's pages: path → [site, template]. Templates hold `%REGISTRY%` and `%UPDATED%`. */
export const PAGES = {
  '/': ['dumka', 'demo/index.html'],
  '/index.html': ['dumka', 'demo/index.html'],
  '/cookie-policy': ['dumka', 'demo/cookie-policy.html'],
  '/essential/': ['essential', 'demo/essential/index.html'],
  '/essential/cookie-policy': ['essential', 'demo/essential/cookie-policy.html'],
  // Not linked from the sites: Dumka without `reopen`, where a returning visitor downloads only the core.
  '/minimal': ['dumka', 'demo/minimal.html'],
  // Dumka with a demo map behind a <cookie-gate>, and consent records sent to this server.
  '/embeds': ['embeds', 'demo/embeds.html'],
};

/** What the `/embeds` page adds to the Dumka registry: a stand-in map service, and `consentLog`. */
const EMBEDS = {
  consentLog: { endpoint: '/api/consent' },
  services: [
    {
      id: 'openmaps',
      category: 'functional',
      name: 'OpenMaps (demo)',
      provider: 'OpenMaps Demo Ltd.',
      description: 'A stand-in map provider served by this demo.',
      privacyPolicyUrl: 'https://example.org/privacy',
    },
  ],
};

/**
 * Starts the server. `registry` is the path of the registry inlined into the Dumka pages (`/` and
 * `/cookie-policy`); `essentialRegistry` and `essentialText` (a JSON object merged into the
 * registry's `text`, or null) make the registry of the `/essential/` pages. `tls` ({ key, cert })
 * serves https instead of http. Resolves with `{ url, close }` (`url` is the Dumka home).
 */
export async function startServer({
  port = 0,
  registry = 'examples/registries/dumka.json',
  essentialRegistry = 'examples/registries/dpokit.json',
  essentialText = 'demo/essential-text.json',
  tls,
} = {}) {
  const sites = {
    dumka: { registry, base: '' },
    essential: { registry: essentialRegistry, text: essentialText, base: '/essential' },
    embeds: { registry, base: '', extra: EMBEDS },
  };
  // The demo's consent-record receiver (`/api/consent`): keeps the first record of each idempotency
  // key, in memory; GET lists them. A real receiver stores them (docs/enforcement.md#consent-records).
  const records = [];
  const handler = async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    try {
      if (url.pathname === '/essential') return redirect(response, '/essential/');
      if (url.pathname === '/api/consent') return receive(request, response, records);
      const page = PAGES[url.pathname];
      if (page) {
        const [site, template] = page;
        const [html, json] = await Promise.all([readFile(join(root, template), 'utf8'), siteRegistry(sites[site])]);
        return send(response, 200, '.html', fill(html, json));
      }
      const path = normalize(join(root, decodeURIComponent(url.pathname)));
      const allowed = ['dist/', 'demo/', 'examples/'].some((dir) => path.startsWith(join(root, dir)));
      // The page templates are served only filled in, at their own paths.
      const template = path.startsWith(join(root, 'demo/')) && extname(path) === '.html';
      if (!allowed || template) return send(response, 404, '.txt', 'not found');
      return send(response, 200, extname(path), await readFile(path));
    } catch (error) {
      return send(
        response,
        error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500,
        '.txt',
        String(error.message),
      );
    }
  };
  const server = tls ? createHttpsServer(tls, handler) : createServer(handler);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address();
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${actual}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * A site's registry as its pages carry it: the file, plus the demo's `text` overrides, with a
 * root-relative `policyUrl` moved under the site's base path (the demo serves two sites).
 */
async function siteRegistry({ registry, text, base, extra }) {
  const json = JSON.parse(await readFile(join(root, registry), 'utf8'));
  if (extra) {
    json.consentLog = extra.consentLog;
    json.services = [...(json.services ?? []), ...extra.services];
  }
  if (text) {
    const overrides = JSON.parse(await readFile(join(root, text), 'utf8'));
    json.text = { ...json.text, ...overrides };
  }
  if (base && json.policyUrl?.startsWith('/')) json.policyUrl = base + json.policyUrl;
  return json;
}

/** A registry's `updated` date as the policy pages print it ("23 May 2026", in UTC). */
function updatedDate(date) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) return '';
  const [year, month, day] = date.split('-').map(Number);
  const words = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
  return `<time datetime="${date}">${words}</time>`;
}

/** Fills a page template (functions as replacements: a `$` in the JSON stays a `$`). */
function fill(html, registry) {
  return html
    .replaceAll('%REGISTRY%', () => inlineJson(registry))
    .replaceAll('%UPDATED%', () => updatedDate(registry.updated));
}

/** The consent-record receiver: POST a record (text/plain JSON, at most 64 KB), GET the list. */
async function receive(request, response, records) {
  if (request.method === 'GET') return send(response, 200, '.json', JSON.stringify(records));
  if (request.method !== 'POST') return send(response, 405, '.txt', 'POST a record, or GET the list');
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > 65536) return send(response, 413, '.txt', 'too large');
  }
  let record;
  try {
    record = JSON.parse(body);
  } catch {
    return send(response, 400, '.txt', 'not JSON');
  }
  if (typeof record?.key !== 'string') return send(response, 400, '.txt', 'no idempotency key');
  if (!records.some((known) => known.key === record.key)) records.push(record);
  response.writeHead(204, { 'cache-control': 'no-store' });
  return response.end();
}

function redirect(response, location) {
  response.writeHead(301, { location, 'content-security-policy': CSP, 'cache-control': 'no-store' });
  response.end();
}

function send(response, status, ext, body) {
  response.writeHead(status, {
    'content-type': TYPES[ext] ?? 'text/plain; charset=utf-8',
    'content-security-policy': CSP,
    'cache-control': 'no-store',
  });
  response.end(body);
}
