/**
 * `--setup` module for a closed network: the vendor hosts the demos load after consent are
 * answered by the end-to-end suite's local stand-ins (../../../e2e/vendors.mjs), which set each
 * vendor's cookies and storage keys like the real tags; every other non-loopback request is
 * aborted (it is still recorded by the audit as a request).
 *
 *   introw-consent-audit http://127.0.0.1:5173/ --config ... --setup packages/audit/test/stand-ins.mjs
 */
import { standInFor } from '../../../e2e/vendors.mjs';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** @param {import('playwright-core').BrowserContext} context */
export default async function setupContext(context) {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (LOOPBACK.has(url.hostname)) return route.continue();
    const standIn = standInFor(url);
    if (!standIn) return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: standIn.body });
  });
}
