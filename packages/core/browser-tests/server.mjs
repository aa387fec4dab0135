// A tiny fixture server for the Chromium tests: loopback only, free port.
// Serves core's ESM dist under /dist/ (a private development build), the package's own dist
// (`pnpm build`, as published) under /pkg/, fixture pages (any path ending in NAME.html serves
// fixtures/NAME.html, so pages can live under /app/ or /blog/), harness modules under
// /fixtures/, and small test scripts whose delay and log line come from the query string.
import http from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.html': 'text/html; charset=utf-8' };
// 1x1 transparent GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** The body of /js/log.js?v=NAME: pushes NAME to window.__log. */
export function logScript(name) {
  return `(window.__log = window.__log || []).push(${JSON.stringify(name)});\n`;
}

/** Subresource-integrity value (sha384) of a script body. */
export function sri(body) {
  return `sha384-${createHash('sha384').update(body).digest('base64')}`;
}

/**
 * @param {{ distDir: string, pkgDir?: string, fixturesDir: string, headSnippet: (query: URLSearchParams) => string }} options
 * @returns {Promise<{ port: number, requests: { path: string, host: string, referer: string | undefined }[], close(): Promise<void> }>}
 */
export async function startServer({ distDir, pkgDir, fixturesDir, headSnippet }) {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push({ path: url.pathname + url.search, host: req.headers.host ?? '', referer: req.headers.referer });
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    try {
      const p = url.pathname;
      for (const [prefix, dir] of [
        ['/dist/', distDir],
        ['/pkg/', pkgDir],
      ]) {
        if (!dir || !p.startsWith(prefix)) continue;
        // dist keeps one file per module, in folders: serve any path inside it, nothing outside.
        const file = path.join(dir, path.normalize(p.slice(prefix.length)));
        if (!file.startsWith(dir + path.sep)) return send(404, 'text/plain', 'not found');
        return send(200, TYPES[path.extname(file)] ?? 'application/octet-stream', await readFile(file));
      }
      if (p.startsWith('/fixtures/') && p.endsWith('.js')) {
        return send(200, TYPES['.js'], await readFile(path.join(fixturesDir, path.basename(p))));
      }
      if (p === '/js/log.js') return send(200, TYPES['.js'], logScript(url.searchParams.get('v') ?? 'log'));
      if (p === '/js/lib.js') {
        return send(200, TYPES['.js'], `window.Lib = { name: 'lib' };\n${logScript('lib')}`);
      }
      if (p === '/js/module.js') {
        return send(200, TYPES['.js'], `(window.__log = window.__log || []).push('external module: import.meta ' + typeof import.meta.url);\n`);
      }
      if (p === '/vendor/gtag.js') {
        // Stand-in for googletagmanager.com/gtag/js: records that it ran and sets _ga like GA does.
        return send(
          200,
          TYPES['.js'],
          `window.dataLayer = window.dataLayer || []; window.dataLayer.push({ event: 'gtag.js loaded' });\n` +
            `document.cookie = '_ga=GA1.1.123.456; Path=/; Domain=example.test';\n${logScript('gtag.js')}`,
        );
      }
      if (p === '/set-httponly') return send(200, 'text/plain', 'ok', { 'set-cookie': 'hs_http=1; Path=/; HttpOnly' });
      if (p === '/frame.html') {
        return send(200, TYPES['.html'], `<!doctype html><title>frame</title><p id="content">embedded ${url.searchParams.get('id') ?? ''}</p>`);
      }
      if (p === '/img.gif') return send(200, 'image/gif', PIXEL);
      if (p.endsWith('.html')) {
        const name = path.basename(p);
        let html = await readFile(path.join(fixturesDir, name), 'utf8');
        const nonce = randomBytes(16).toString('base64');
        html = html.replaceAll('{{NONCE}}', nonce).replaceAll('{{SRI}}', sri(logScript('integrity')));
        if (html.includes('{{HEAD_SNIPPET}}')) html = html.replaceAll('{{HEAD_SNIPPET}}', () => headSnippet(url.searchParams));
        // csp*.html: a nonce-only policy; csp-dynamic*.html: the policy Next.js documents ('strict-dynamic').
        const policy = `script-src 'nonce-${nonce}'${name.startsWith('csp-dynamic') ? " 'strict-dynamic'" : ''}`;
        const headers = name.startsWith('csp') ? { 'content-security-policy': policy } : {};
        return send(200, TYPES['.html'], html, headers);
      }
      return send(404, 'text/plain', 'not found');
    } catch (error) {
      if (error && error.code === 'ENOENT') return send(404, 'text/plain', 'not found');
      return send(500, 'text/plain', String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  return {
    port: /** @type {import('node:net').AddressInfo} */ (server.address()).port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
