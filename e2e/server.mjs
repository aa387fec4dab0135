import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

async function fileAt(path) {
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

/**
 * Serves a built single-page app from `root` on 127.0.0.1 and a free port: files as they are,
 * and `index.html` for any other path without a file extension (client-side routes such as
 * `/cookies`). Never caches, so every reload fetches again. `POST /consent/records` is answered
 * like the records service answers the demos' sink, and what it got is kept in `records`.
 *
 * @param {string} root - The directory to serve, e.g. `examples/react/dist`.
 * @returns {Promise<{ origin: string, records: unknown[], close(): Promise<void> }>}
 */
export async function serveSpa(root) {
  const base = resolve(root);
  const index = join(base, 'index.html');
  const records = [];
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      // A stand-in for the records service the demos post to (@introw/consent-server is tested on
      // its own): it keeps what it gets and acknowledges it, as the service does.
      if (req.method === 'POST' && pathname === '/consent/records') {
        let body = '';
        for await (const chunk of req) body += chunk;
        records.push(JSON.parse(body));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"stored":1}');
        return;
      }
      const wanted = normalize(join(base, decodeURIComponent(pathname)));
      const inside = wanted === base || wanted.startsWith(base + sep);
      let file = inside ? await fileAt(wanted) : null;
      if (!file && inside && !extname(pathname)) file = index;
      if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end(file ? 'Method not allowed' : 'Not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(undefined));
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    records,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
