/**
 * The benchmark's own static server, on 127.0.0.1 only. Every response is gzip -9 (so the byte
 * counts are what a well-configured server would transfer) and `Cache-Control: no-store` (a
 * returning visit downloads what it needs again, so its bytes show what the tool needs on a
 * returning visit, not what the HTTP cache happened to keep). It counts the bytes of the bodies
 * it sends and the requests, between two `reset()` calls.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const modules = fileURLToPath(new URL('node_modules/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A file under `base`, refusing paths that climb out of it. */
async function fileUnder(base, relative) {
  const path = normalize(join(base, relative));
  if (!path.startsWith(base)) return undefined;
  return readFile(path).catch(() => undefined);
}

/**
 * The body and type for a path: the pages, the shared files, dist/, the package's own dependencies
 * (`/modules/`: the root node_modules/, for what dist/registry.js imports by name) and the peers' dist/.
 */
async function resolve(pathname, pages, assets) {
  if (pages.has(pathname)) return [pages.get(pathname), TYPES['.html']];
  if (assets.has(pathname)) return [assets.get(pathname), TYPES[extname(pathname)]];
  if (pathname.startsWith('/dist/'))
    return [await fileUnder(`${root}dist/`, pathname.slice(6)), TYPES[extname(pathname)]];
  if (pathname.startsWith('/modules/'))
    return [await fileUnder(`${root}node_modules/`, pathname.slice(9)), TYPES[extname(pathname)]];
  const peer = pathname.match(/^\/peer\/([^/]+)\/(dist\/.+)$/);
  if (peer) return [await fileUnder(`${modules}${peer[1]}/`, peer[2]), TYPES[extname(pathname)]];
  return [undefined];
}

/**
 * `pages`: path (or path and query) → HTML; `assets`: path → text. Resolves to { url, counts(), bytesOf(), reset(), close() }.
 * gzip results are kept: compressing at level 9 on each request would slow the server, not the page.
 */
export async function startServer(pages, assets) {
  const gzipped = new Map();
  let counts = { bytes: 0, requests: 0, paths: [] };
  const server = createServer(async (request, response) => {
    const { pathname, search } = new URL(request.url, 'http://127.0.0.1');
    // A page may also be keyed with its query (`/orejime/?revised`): another page at the same path.
    const key = search && Object.hasOwn(pages, pathname + search) ? pathname + search : pathname;
    const [body, type] = await resolve(key, new Map(Object.entries(pages)), new Map(Object.entries(assets)));
    counts.requests += 1;
    counts.paths.push(key);
    if (body === undefined) {
      response.writeHead(404, { 'Cache-Control': 'no-store' }).end();
      return;
    }
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
    const zipped = gzipped.get(key);
    counts.bytes += zipped.length;
    response
      .writeHead(200, {
        'Content-Type': type ?? 'application/octet-stream',
        'Content-Encoding': 'gzip',
        'Content-Length': zipped.length,
        'Cache-Control': 'no-store',
      })
      .end(zipped);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    counts: () => counts,
    /** gzip bytes of these paths, as served (each counted once). */
    bytesOf: (paths) => [...new Set(paths)].reduce((sum, path) => sum + (gzipped.get(path)?.length ?? 0), 0),
    reset: () => (counts = { bytes: 0, requests: 0, paths: [] }),
    close: () => new Promise((done) => server.close(done)),
  };
}
