/**
 * A small static server on 127.0.0.1 for the demo (`npm start`) and the size check:
 * serves the repository (dist/, demo/, examples/) with a strict Content-Security-Policy,
 * and the demo page with a registry inlined.
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

/**
 * Starts the server. `registry` is the path of the registry inlined into `/` (the demo page);
 * `tls` ({ key, cert }) serves https instead of http. Resolves with `{ url, close }`.
 */
export async function startServer({ port = 0, registry = 'examples/registries/dumka.json', tls } = {}) {
  const handler = async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    try {
      if (url.pathname === '/' || url.pathname === '/index.html') {
        const [page, json] = await Promise.all([
          readFile(join(root, 'demo/index.html'), 'utf8'),
          readFile(join(root, registry), 'utf8'),
        ]);
        return send(response, 200, '.html', page.replace('%REGISTRY%', inlineJson(JSON.parse(json))));
      }
      const path = normalize(join(root, decodeURIComponent(url.pathname)));
      const allowed = ['dist/', 'demo/', 'examples/'].some((dir) => path.startsWith(join(root, dir)));
      if (!allowed) return send(response, 404, '.txt', 'not found');
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

function send(response, status, ext, body) {
  response.writeHead(status, {
    'content-type': TYPES[ext] ?? 'text/plain; charset=utf-8',
    'content-security-policy': CSP,
    'cache-control': 'no-store',
  });
  response.end(body);
}
