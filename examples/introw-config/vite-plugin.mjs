// Vite plugins shared by the React and Vue demos: Introw's vendor tags, and the consent records
// service mounted in the dev (and preview) server.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { consentMiddleware, createConsentHandler } from '@introw/consent-server';

const tags = readFileSync(new URL('./vendor-tags.html', import.meta.url), 'utf8');

/**
 * A Vite plugin that inserts Introw's inert vendor tags (`<script type="text/plain"
 * data-category ...>`: GA4, HubSpot, Hotjar, Segment, Google Ads) at the end of `<head>` of every
 * page but the consent UI gallery (`gallery.html`).
 *
 * @returns A Vite plugin object.
 * @example
 * ```js
 * export default defineConfig({ plugins: [react(), introwVendorTags()] });
 * ```
 */
export function introwVendorTags() {
  return {
    name: 'introw-vendor-tags',
    // Before the last </head>, spliced (not String.replace, which would read `$` patterns in the tags).
    // Only the site's pages: the consent UI gallery (gallery.html) runs no vendor tags.
    transformIndexHtml: (html, ctx) => {
      if (ctx?.filename && basename(ctx.filename) === 'gallery.html') return html;
      const at = html.lastIndexOf('</head>');
      return at < 0 ? html : `${html.slice(0, at)}  ${tags.trim()}\n  ${html.slice(at)}`;
    },
  };
}

/**
 * A Vite plugin that serves the consent records service (`@introw/consent-server`) under
 * `/consent` in the dev and preview servers, on PGlite in `<project>/.consent-data` (or
 * `$CONSENT_DATABASE`: a directory or a postgres:// URL). Records are accepted from the page's
 * own origin; the admin token is `$CONSENT_ADMIN_TOKEN`, else `demo` (a local demo only).
 *
 * @returns A Vite plugin object.
 * @example
 * ```js
 * export default defineConfig({ plugins: [react(), introwVendorTags(), introwConsentRecords()] });
 * ```
 */
export function introwConsentRecords() {
  const mount = (server) => {
    const database = process.env.CONSENT_DATABASE || resolve(server.config.root, '.consent-data');
    const adminToken = process.env.CONSENT_ADMIN_TOKEN || 'demo';
    const handler = createConsentHandler({
      database,
      // The demo page posts to its own server: allow exactly that origin, whatever port Vite picked.
      allowedOrigins: (origin, request) => origin === new URL(request.url).origin,
      adminToken,
      controller: 'Introw BV',
      noticeUrl: '/cookies',
      onError: (error) => server.config.logger.error(`consent records: ${error instanceof Error ? error.message : error}`),
    });
    server.middlewares.use(consentMiddleware(handler));
    handler.ready().then(
      () => {
        const at = server.resolvedUrls?.local?.[0] ?? '/';
        server.config.logger.info(
          `  consent records: ${database}\n  dashboard: ${new URL('consent/dashboard', at)} (any user name, password ${adminToken === 'demo' ? 'demo' : '$CONSENT_ADMIN_TOKEN'})`,
        );
      },
      (error) => server.config.logger.error(`consent records: cannot open ${database}: ${error instanceof Error ? error.message : error}`),
    );
    server.httpServer?.once('close', () => void handler.close());
  };
  return { name: 'introw-consent-records', configureServer: mount, configurePreviewServer: mount };
}
