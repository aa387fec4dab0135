import { VENDOR_COOKIES, VENDOR_HOSTS, standInFor } from './vendors.mjs';

/** The consent cookie's name (core's default; Introw's config keeps it). */
export const CONSENT_COOKIE = 'introw_consent';

/** English UI texts the tests look for (core's built-in `en` table). */
export const TEXT = {
  bannerTitle: 'We use cookies',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  preferencesTitle: 'Cookie settings',
  save: 'Save choices',
  cookieSettings: 'Cookie settings',
};

/**
 * Opens the demo in a fresh browser context (an empty cookie jar) whose every request goes
 * through one route: the local server's own requests pass, the gated vendor tags are answered
 * by stand-ins (./vendors.mjs), and every other non-local request is aborted and recorded.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin - The local server, `http://127.0.0.1:<port>`.
 * @param {{ cookies?: { name: string, value: string }[] }} [options] - Cookies to plant before the first load.
 */
export async function openSite(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  /** Every non-local request, in order: `{ url, host, service, blocked }`. */
  const requests = [];
  /** What the stand-ins reported through the binding: `{ service, event }` (`run`, `doNotTrack`). */
  const reports = [];
  /** Uncaught exceptions in any page of the context. */
  const errors = [];

  await context.exposeBinding('__vendorReport', (_source, service, event) => {
    reports.push({ service, event });
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    const standIn = standInFor(url);
    requests.push({ url: url.href, host: url.hostname, service: standIn?.service ?? null, blocked: !standIn });
    if (!standIn) return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: standIn.body });
  });
  if (options.cookies?.length) {
    await context.addCookies(options.cookies.map((cookie) => ({ url: origin, ...cookie })));
  }

  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error));

  const site = {
    context,
    page,
    requests,
    reports,
    errors,
    origin,

    /** Loads `path` and waits until the app rendered and the network went quiet. */
    async goto(path = '/') {
      await page.goto(origin + path, { waitUntil: 'load' });
      await site.settle();
    },

    /** Reloads and waits like {@link goto}. */
    async reload() {
      await page.reload({ waitUntil: 'load' });
      await site.settle();
    },

    /** Waits for the app's first render and for the network to be idle (500 ms without requests). */
    async settle() {
      await page.locator('footer').waitFor({ state: 'visible' });
      await page.waitForLoadState('networkidle');
    },

    /** A position in the request log; pass it to {@link vendorRequests} to see only later requests. */
    mark: () => requests.length,

    /** Requests to the gated vendor hosts, optionally only those after a {@link mark}. */
    vendorRequests(since = 0) {
      return requests.slice(since).filter((r) => VENDOR_HOSTS.includes(r.host));
    },

    /** `{ service: count }` of requested vendor tags after a mark. */
    vendorRequestCounts(since = 0) {
      const counts = {};
      for (const r of site.vendorRequests(since)) if (r.service) counts[r.service] = (counts[r.service] ?? 0) + 1;
      return counts;
    },

    /** The stand-ins' per-page-load run counters (`window.__vendorRuns`). */
    runs: () => page.evaluate(() => ({ ...(window.__vendorRuns ?? {}) })),

    /** Waits until each named stand-in ran on the current page, then for the network to settle. */
    async waitForRuns(services) {
      await page.waitForFunction((names) => names.every((n) => window.__vendorRuns?.[n] >= 1), services, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
    },

    /** Names of the cookies in the jar (HttpOnly ones included). */
    async cookieNames() {
      return (await context.cookies()).map((c) => c.name);
    },

    /** The vendor cookies present in the jar, from the services' lists in ./vendors.mjs. */
    async vendorCookies(services = Object.keys(VENDOR_COOKIES)) {
      const names = await site.cookieNames();
      const wanted = services.flatMap((s) => VENDOR_COOKIES[s]);
      return names.filter((n) => wanted.includes(n));
    },

    /** The consent banner (the first layer): a region labelled by its heading. */
    banner: () => page.getByRole('region', { name: TEXT.bannerTitle, exact: true }),

    /** The consent banner's heading. */
    bannerHeading: () => site.banner().getByRole('heading', { name: TEXT.bannerTitle, exact: true }),

    /** The preferences dialog. */
    preferences: () => page.getByRole('dialog', { name: TEXT.preferencesTitle }),

    /** A button of the first layer. */
    bannerButton(name) {
      return site.banner().getByRole('button', { name, exact: true });
    },

    /** The footer's "Cookie settings" control, present on every page (R12). */
    footerSettings: () => page.locator('footer').getByRole('button', { name: TEXT.cookieSettings, exact: true }),

    /** A category switch in the preferences dialog, whether rendered as a switch or a checkbox. */
    categorySwitch(title) {
      const dialog = site.preferences();
      return dialog.getByRole('switch', { name: title, exact: true }).or(dialog.getByRole('checkbox', { name: title, exact: true }));
    },

    close: () => context.close(),
  };
  return site;
}
