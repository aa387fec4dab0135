#!/usr/bin/env node
// The static demo's server (`pnpm demo:static`, http://localhost:5175): what a static host and a
// CDN would do for Introw's plain HTML pages, plus the consent records service.
//   - public/*.html as they are, at pretty URLs (/ and /cookies), with a nonce-only
//     Content-Security-Policy: a fresh nonce per response, added to every <script> and
//     <link rel="stylesheet"> of the page (what a CDN edge or a CMS does; the files stay plain);
//   - /vendor/consent-dom/ : @introw/consent-dom's dist, as a CDN path serves it;
//   - /assets/site.css : the demos' shared site stylesheet (examples/introw-config);
//   - /consent/ : the records service (@introw/consent-server) on PGlite in .consent-data.
//
//   node examples/static/server.mjs [--port 5175] [--host localhost] [--database <dir, postgres:// or memory:>] [--no-csp]
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { consentMiddleware, createConsentHandler } from '@introw/consent-server';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const DOM_DIST = join(dirname(require.resolve('@introw/consent-dom/package.json')), 'dist');
const SITE_CSS = require.resolve('@introw/example-config/site.css');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The page's policy: scripts and stylesheets only with this response's nonce ('strict-dynamic'
 * lets a nonced vendor tag load the scripts it adds itself, e.g. Hotjar's snippet), no inline
 * style attributes, no eval, no plugins; requests only to this origin (the records service).
 */
export const cspFor = (nonce) =>
  [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');

/** The file a path names, or null: public/ (with `.html` for pretty URLs), the package dist, the site stylesheet. */
async function fileFor(pathname) {
  const inside = (root, rel) => {
    const file = normalize(join(root, rel));
    return file === root || file.startsWith(root + sep) ? file : null;
  };
  const candidates = pathname.startsWith('/vendor/consent-dom/')
    ? [inside(DOM_DIST, pathname.slice('/vendor/consent-dom/'.length))]
    : pathname === '/assets/site.css'
      ? [SITE_CSS]
      : pathname === '/'
        ? [join(here, 'public/index.html')]
        : [inside(join(here, 'public'), pathname), extname(pathname) ? null : inside(join(here, 'public'), `${pathname}.html`)];
  for (const file of candidates) {
    if (file && (await stat(file).catch(() => null))?.isFile()) return file;
  }
  return null;
}

/**
 * Starts the demo on `host:port` (port 0: a free one).
 *
 * @param {{ port?: number, host?: string, database?: string, csp?: boolean, adminToken?: string, log?: boolean }} [options]
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export async function startStaticSite({
  port = 5175,
  host = 'localhost',
  database = join(here, '.consent-data'),
  csp = true,
  adminToken = 'demo',
  log = false,
} = {}) {
  const records = createConsentHandler({
    database,
    // The pages post to their own server: allow exactly that origin.
    allowedOrigins: (origin, request) => origin === new URL(request.url).origin,
    adminToken,
    controller: 'Introw BV',
    noticeUrl: '/cookies',
    onError: (error) => console.error(`consent records: ${error instanceof Error ? error.message : error}`),
  });
  const recordsMiddleware = consentMiddleware(records);
  // Open the database before serving: PGlite's start keeps Node busy for seconds, which would
  // otherwise stall the pages of the first visit.
  try {
    await records.ready();
  } catch (error) {
    console.error(`consent records: cannot open ${database}: ${error instanceof Error ? error.message : error}`);
    throw error;
  }

  const server = createServer((req, res) => {
    recordsMiddleware(req, res, async () => {
      try {
        const { pathname } = new URL(req.url ?? '/', 'http://localhost');
        if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
        const file = await fileFor(decodeURIComponent(pathname));
        const status = file ? 200 : 404;
        const path = file ?? join(here, 'public/404.html');
        const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
        let body = await readFile(path);
        if (extname(path) === '.html') {
          const nonce = randomBytes(16).toString('base64');
          body = Buffer.from(body.toString('utf8').replace(/<(script|link)\b/g, `<$1 nonce="${nonce}"`));
          if (csp) headers['content-security-policy'] = cspFor(nonce);
        }
        res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
      }
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail).listen(port, host, () => ok(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  if (log) console.log(`  consent records: ${database}\n  dashboard: ${origin}/consent/dashboard (any user name, password ${adminToken})`);
  return {
    origin,
    async close() {
      await new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
      await records.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const site = await startStaticSite({
    port: Number(option('--port') ?? 5175),
    host: option('--host') ?? 'localhost',
    database: option('--database') ?? process.env.CONSENT_DATABASE ?? join(here, '.consent-data'),
    adminToken: process.env.CONSENT_ADMIN_TOKEN || 'demo',
    csp: !process.argv.includes('--no-csp'),
    log: true,
  });
  console.log(`  Introw's static site: ${site.origin}/ (plain HTML, @introw/consent-dom from /vendor/consent-dom/)`);
  const stop = () => site.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
