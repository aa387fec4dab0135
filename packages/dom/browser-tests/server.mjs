// The fixture server of the script-tag build's Chromium tests: loopback only, a free port.
//   - /npm/@introw/consent-dom@<version>/dist/*  the built dist, as a CDN path serves it (any host);
//   - pages a test registers (`page(path, { html, csp })`): `{{NONCE}}` becomes a fresh nonce per
//     response, and the page gets the policy asked for;
//   - /js/log.js?v=NAME  a script that pushes NAME to window.__log (a gated vendor's stand-in);
//   - /frame.html        a page for gated embeds.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
};

/** The policies a page can ask for. `nonce`: scripts and styles by nonce only; `strict-dynamic`: the same, trusting what nonced scripts add. */
export const POLICIES = {
  nonce: (n) => `default-src 'self'; script-src 'nonce-${n}'; style-src 'nonce-${n}'; img-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'`,
  'strict-dynamic': (n) =>
    `default-src 'self'; script-src 'nonce-${n}' 'strict-dynamic'; style-src 'nonce-${n}'; img-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'`,
};

/**
 * @param {{ dist: string, version: string }} options - The package's dist directory and version (its CDN path).
 * @returns {Promise<{ port: number, cdnPath: string, requests: { host: string, path: string }[], page(path: string, page: { html: string, csp?: keyof typeof POLICIES }): void, failing: Set<string>, close(): Promise<void> }>}
 */
export async function startServer({ dist, version }) {
  const cdnPath = `/npm/@introw/consent-dom@${version}/dist/`;
  const pages = new Map();
  const requests = [];
  /** Paths answered with 404 while in this set (a file missing after a deploy). */
  const failing = new Set();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ host: (req.headers.host ?? '').split(':')[0], path: url.pathname });
    const send = (status, type, body, headers = {}) => res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers }).end(body);
    try {
      if (failing.has(url.pathname)) return send(404, 'text/plain', 'not found');
      if (url.pathname.startsWith(cdnPath)) {
        const file = normalize(join(dist, url.pathname.slice(cdnPath.length)));
        if (!file.startsWith(dist + sep)) return send(404, 'text/plain', 'not found');
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      }
      if (url.pathname === '/js/log.js')
        return send(200, TYPES['.js'], `(window.__log = window.__log || []).push(${JSON.stringify(url.searchParams.get('v') ?? 'log')});`);
      if (url.pathname === '/frame.html') return send(200, TYPES['.html'], '<!doctype html><title>frame</title><p>embedded</p>');
      const registered = pages.get(url.pathname);
      if (registered) {
        const nonce = randomBytes(16).toString('base64');
        const headers = registered.csp ? { 'content-security-policy': POLICIES[registered.csp](nonce) } : {};
        return send(200, TYPES['.html'], registered.html.replaceAll('{{NONCE}}', nonce), headers);
      }
      return send(404, 'text/plain', 'not found');
    } catch (error) {
      return send(error?.code === 'ENOENT' ? 404 : 500, 'text/plain', String(error));
    }
  });
  await new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => ok(undefined));
  });
  return {
    port: /** @type {import('node:net').AddressInfo} */ (server.address()).port,
    cdnPath,
    requests,
    failing,
    page: (path, page) => void pages.set(path, page),
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
