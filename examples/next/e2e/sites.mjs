/**
 * The two sites under test and a browser that reaches them by their real names:
 * - the website, examples/react/dist, served by ../../../e2e/server.mjs;
 * - the Platform, examples/next, by `next start`;
 * both on 127.0.0.1, opened as http://www.introw.test:<port> and http://rooms.introw.test:<port>
 * through Chromium's `--host-resolver-rules`, so that the consent cookie can live on the parent
 * domain `introw.test` as it lives on `introw.io` in production.
 */
import { launchChromium } from '../../../e2e/chromium.mjs';
import { serveSpa } from '../../../e2e/server.mjs';
import { VENDOR_COOKIES, VENDOR_HOSTS, standInFor } from '../../../e2e/vendors.mjs';
import { REACT_DIST, startNext } from '../../../a11y/lib/servers.mjs';
import { isHydrationProblem, waitForReact } from '../../../a11y/lib/browser.mjs';

export { isHydrationProblem };

/** The admin token of the Platform's records service under test (its routes under /consent). */
export const ADMIN_TOKEN = 'e2e-admin-token';

/** The shared parent domain of the test names (production: introw.io). */
export const PARENT = 'introw.test';
/** Every vendor cookie name the stand-ins of e2e/vendors.mjs set. */
export const ALL_VENDOR_COOKIES = Object.values(VENDOR_COOKIES).flat();

/** Records, from the first byte of each document on, whether a `.ic-banner` was ever in the page. */
const BANNER_WATCH = `(() => {
  window.__bannerSeen = false;
  const check = () => { if (document.querySelector('.ic-banner')) window.__bannerSeen = true; };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
})();`;

/**
 * Starts the website and the Platform on 127.0.0.1 and a Chromium that maps `*.introw.test` there.
 *
 * `platform` is the Platform's own address (127.0.0.1), for requests made from Node.
 *
 * @returns {Promise<{ browser, www: string, rooms: string, localRooms: string, platform: string, close(): Promise<void> }>}
 */
export async function startSites() {
  const website = await serveSpa(REACT_DIST);
  const websitePort = new URL(website.origin).port;
  let platform;
  try {
    platform = await startNext('start', {
      // An hour instead of the statement's 30 seconds: no wait on a busy machine may sign a test out.
      // Its records service keeps a PGlite directory of its own (startNext makes and removes it).
      env: { INTROW_SESSION_SECONDS: '3600', INTROW_WEBSITE_URL: `http://www.${PARENT}:${websitePort}`, CONSENT_ADMIN_TOKEN: ADMIN_TOKEN },
    });
  } catch (error) {
    await website.close();
    throw error;
  }
  const platformPort = new URL(platform.origin).port;
  const browser = await launchChromium({ args: [`--host-resolver-rules=MAP *.${PARENT} 127.0.0.1`] });
  return {
    browser,
    www: `http://www.${PARENT}:${websitePort}`,
    rooms: `http://rooms.${PARENT}:${platformPort}`,
    localRooms: `http://localhost:${platformPort}`,
    platform: platform.origin,
    platformLog: platform.log,
    async close() {
      await browser.close();
      await platform.close();
      await website.close();
    },
  };
}

/**
 * A fresh browser context (an empty cookie jar) in which the two sites pass, the gated vendor
 * hosts are answered by the stand-ins of e2e/vendors.mjs, and every other request is refused.
 * Console errors and warnings, page errors and vendor requests are recorded.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {{ locale?: string }} [options]
 */
export async function openBrowser(browser, { locale = 'en-US' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  const vendorRequests = [];
  const blocked = [];
  const reports = [];
  const problems = [];
  await context.exposeBinding('__vendorReport', ({ frame }, service, event) => {
    reports.push({ service, event, host: new URL(frame.url()).hostname });
  });
  await context.addInitScript(BANNER_WATCH);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname.endsWith(`.${PARENT}`) || url.hostname === 'localhost') return route.continue();
    const standIn = standInFor(url);
    if (!standIn) {
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    }
    vendorRequests.push({ url: url.href, host: url.hostname, service: standIn.service });
    return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: standIn.body });
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

  const b = {
    context,
    page,
    problems,
    reports,
    blocked,
    /** A position in the vendor request log, for {@link vendorRequestsSince}. */
    mark: () => vendorRequests.length,
    vendorRequestsSince: (mark) => vendorRequests.slice(mark).filter((r) => VENDOR_HOSTS.includes(r.host)),

    /**
     * Loads `url`, waits until React drives the page and the network is quiet; returns the HTML
     * exactly as the server sent it.
     */
    async open(url) {
      const response = await page.goto(url, { waitUntil: 'load' });
      const html = response ? await response.text() : '';
      await b.settle();
      return html;
    },

    /** Waits until React drives the current page and the network is quiet. */
    async settle() {
      await waitForReact(page, '.ic-settings-button');
      await page.waitForLoadState('networkidle');
    },

    /** Whether a `.ic-banner` was in the current document in any frame since it started loading. */
    bannerSeen: () => page.evaluate(() => window.__bannerSeen),

    /** The stand-ins that ran on the current page (`{ service: runs }`). */
    runs: () => page.evaluate(() => ({ ...(window.__vendorRuns ?? {}) })),

    /** Waits until each named stand-in ran on the current page. */
    async waitForRuns(services) {
      await page.waitForFunction((names) => names.every((n) => window.__vendorRuns?.[n] >= 1), services, { timeout: 20_000 });
    },

    /** The cookies of the jar that a request to `url` would carry (all of them without a url). */
    cookies: (url) => context.cookies(url),

    /** The vendor cookies that a request to `url` would carry. */
    async vendorCookies(url) {
      return (await context.cookies(url)).filter((c) => ALL_VENDOR_COOKIES.includes(c.name)).map((c) => `${c.name}@${c.domain}`);
    },

    /** Waits (polling the jar) until `check(cookies)` holds; fails with `what` after 30 s. */
    async waitForCookies(url, check, what) {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const cookies = await context.cookies(url);
        if (check(cookies)) return cookies;
        if (Date.now() > deadline) throw new Error(`cookie jar never got there: ${what}\n${cookies.map((c) => `${c.name}@${c.domain}`).join(', ')}`);
        await new Promise((ok) => setTimeout(ok, 100)); // poll interval, not a wait for an outcome
      }
    },

    /** Clicks a button of the banner by its text and waits until the banner is gone. */
    async bannerChoice(name) {
      const banner = page.locator('.ic-banner');
      await banner.getByRole('button', { name, exact: true }).click();
      await banner.waitFor({ state: 'detached' });
    },

    /** Opens the preferences from the footer's "Cookie settings" control (R12). */
    async openSettings(name) {
      await page.locator('footer').getByRole('button', { name, exact: true }).click();
      const dialog = page.locator('dialog.ic-dialog[open]');
      await dialog.waitFor({ state: 'visible' });
      return dialog;
    },

    close: () => context.close(),
  };
  return b;
}
