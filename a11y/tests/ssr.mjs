/**
 * Server rendering of the Next.js demo (DESIGN.md "No flash and no hydration mismatch"):
 * the server reads the consent cookie, renders the banner only for a visitor without a valid
 * decision, and the client's first render is the server's, with JavaScript on or off.
 */
import assert from 'node:assert/strict';
import { gatedScripts, isHydrationProblem, openContext, settled, waitForReact } from '../lib/browser.mjs';

const COOKIE = 'introw_consent';
/**
 * The Platform's pages carry their language in the path (a path without one is redirected to
 * it, see examples/next/proxy.ts): the tests load the English pages directly, so a request
 * they intercept is the page itself, not a redirect.
 */
const HOME = '/en';
const PAGES = ['/en', '/en/cookies'];
const BANNER_TITLE = 'We use cookies';

/** Records, from the first byte of the document on, whether a `.ic-banner` was ever in the page. */
const BANNER_WATCH = `(() => {
  window.__bannerSeen = false;
  const check = () => {
    if (document.querySelector('.ic-banner')) window.__bannerSeen = true;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
})();`;

/** The page's HTML as the server sends it, with an optional Cookie header. */
async function serverHtml(origin, path, cookie) {
  const res = await fetch(origin + path, { headers: cookie ? { cookie } : {} });
  assert.equal(res.status, 200);
  return res.text();
}

/** Makes a decision in a real browser and returns the consent cookie it stored. */
async function decide(browser, origin, action) {
  const { context } = await openContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(origin + HOME);
    await waitForReact(page, '.ic-banner [data-ic-action]');
    await page.click(`.ic-banner [data-ic-action="${action}"]`);
    await page.waitForSelector('.ic-banner', { state: 'detached' });
    const cookie = (await context.cookies()).find((c) => c.name === COOKIE);
    assert.ok(cookie, `${action} stored the ${COOKIE} cookie`);
    return cookie;
  } finally {
    await context.close();
  }
}

/**
 * Loads `path` with the banner watch and the given cookie; returns what a visitor and the console saw.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {string} path
 * @param {{ cookie?: Parameters<import('playwright-core').BrowserContext['addCookies']>[0][number], javaScriptEnabled?: boolean, route?: Parameters<import('playwright-core').BrowserContext['route']>[1], running?: number }} [options]
 *   `running`: wait until that many gated tags run (the library runs them in document order, an inline
 *   tag only once the external ones before it have loaded, so on a busy machine the last ones can come
 *   after the page settled).
 */
async function visit(browser, origin, path, { cookie, javaScriptEnabled = true, route, running = 0 } = {}) {
  const { context, problems, vendorRequests } = await openContext(browser, { javaScriptEnabled });
  try {
    if (cookie) await context.addCookies([cookie]);
    if (route) await context.route(origin + path, route);
    await context.addInitScript(BANNER_WATCH);
    const page = await context.newPage();
    await page.goto(origin + path);
    if (javaScriptEnabled) {
      await waitForReact(page, '.ic-settings-button');
      await settled(page);
      if (running) {
        await page
          .waitForFunction((n) => document.querySelectorAll('script[data-category]:not([type="text/plain"])').length >= n, running, { timeout: 30_000 })
          .catch(() => {}); // the assertion on `scripts.running` says what was missing
      }
    }
    return {
      bannerSeen: javaScriptEnabled ? await page.evaluate(() => window.__bannerSeen) : null,
      bannerVisible: await page.locator('.ic-banner').isVisible(),
      status: await page.$eval('[data-testid="status-analytics"]', (el) => el.textContent).catch(() => null),
      scripts: await gatedScripts(page),
      dataLayer: javaScriptEnabled ? await page.evaluate(() => (window.dataLayer ?? []).map((args) => Array.from(args).slice(0, 2).join(' '))) : [],
      problems: [...problems],
      vendorRequests: [...vendorRequests],
    };
  } finally {
    await context.close();
  }
}

/** SSR tests against a running Next.js demo (production build). */
export function ssrTests(target) {
  const t = (name, run) => ({ name: `[${target.name}] ${name}`, run });
  return [
    t('ssr: an undecided visitor gets the banner in the server HTML; vendor tags are inert, no vendor preload', async () => {
      const html = await serverHtml(target.origin, HOME);
      assert.match(html, /<section[^>]*class="ic-banner"/);
      assert.ok(html.includes(BANNER_TITLE));
      assert.match(html, /data-ic-action="reject-all"/);
      const vendorTags = /** @type {string[]} */ (html.match(/<script[^>]*data-category[^>]*>/g) ?? []);
      assert.ok(vendorTags.length >= 5, `gated tags in the HTML: ${vendorTags.length}`);
      assert.ok(
        vendorTags.every((tag) => tag.includes('type="text/plain"')),
        `a gated tag is not inert: ${vendorTags.join('\n')}`,
      );
      // Nothing that makes the browser fetch from a vendor: no <link> (preload, preconnect) and no
      // running <script src> pointing off-site, and no Link response header.
      const offSite = (tag) => /(?:href|src)="https?:\/\/(?!127\.0\.0\.1|localhost)/.test(tag);
      const links = (html.match(/<link[^>]*>/g) ?? []).filter(offSite);
      const scripts = /** @type {string[]} */ (html.match(/<script[^>]*>/g) ?? []).filter((tag) => offSite(tag) && !tag.includes('type="text/plain"'));
      assert.deepEqual([...links, ...scripts], [], 'tags that would contact a vendor before consent');
      const head = await fetch(target.origin + HOME);
      assert.ok(!/googletagmanager|hs-scripts|hotjar|segment/.test(head.headers.get('link') ?? ''), 'a Link header names a vendor');
      assert.match(html, /<html lang="en"/);
    }),

    t('ssr: hydrating the undecided page: no hydration warning, no console error; the banner stays and works', async ({ browser }) => {
      const seen = await visit(browser, target.origin, HOME);
      assert.equal(seen.bannerVisible, true);
      assert.deepEqual(seen.problems, [], 'console errors or warnings');
      assert.deepEqual(seen.vendorRequests, []);
      assert.equal(seen.status, 'off');
    }),

    t('ssr: a visitor who accepted gets no banner in the server HTML nor in any frame; gated content server-rendered; clean hydration', async ({ browser }) => {
      const cookie = await decide(browser, target.origin, 'accept-all');
      const html = await serverHtml(target.origin, HOME, `${cookie.name}=${cookie.value}`);
      assert.ok(!html.includes('ic-banner'), 'the server HTML has no banner');
      assert.match(html, /data-testid="status-analytics">allowed</, 'the server rendered the stored choice');
      const seen = await visit(browser, target.origin, HOME, { cookie, running: 5 });
      assert.equal(seen.bannerSeen, false, 'a .ic-banner appeared in some frame');
      assert.equal(seen.status, 'allowed');
      assert.deepEqual(seen.problems, [], 'console errors or warnings');
      assert.ok(seen.scripts.running.length >= 5, `consented tags run: ${seen.scripts.running}`);
      // Google Consent Mode: the head snippet's default comes first, then the stored choice (R16, R17).
      assert.equal(seen.dataLayer[0], 'consent default', `dataLayer: ${seen.dataLayer}`);
      assert.ok(seen.dataLayer.indexOf('consent update') > 0, `dataLayer: ${seen.dataLayer}`);
      assert.equal(seen.dataLayer.filter((c) => c === 'consent default').length, 1, `one default: ${seen.dataLayer}`);
    }),

    t('ssr: a visitor who rejected gets no banner in the server HTML nor in any frame; nothing gated runs; clean hydration', async ({ browser }) => {
      const cookie = await decide(browser, target.origin, 'reject-all');
      for (const path of PAGES) {
        const html = await serverHtml(target.origin, path, `${cookie.name}=${cookie.value}`);
        assert.ok(!html.includes('ic-banner'), `the server HTML of ${path} has no banner`);
        const seen = await visit(browser, target.origin, path, { cookie });
        assert.equal(seen.bannerSeen, false, `a .ic-banner appeared in some frame of ${path}`);
        assert.deepEqual(seen.problems, [], `console errors or warnings on ${path}`);
        assert.deepEqual(seen.scripts.running, []);
        assert.deepEqual(seen.vendorRequests, []);
      }
    }),

    t('ssr: a tampered or foreign consent cookie renders the banner on the server and hydrates cleanly (fail closed)', async ({ browser }) => {
      const cookie = { name: COOKIE, value: 'not-a-consent', domain: new URL(target.origin).hostname, path: '/' };
      const html = await serverHtml(target.origin, HOME, `${cookie.name}=${cookie.value}`);
      assert.match(html, /class="ic-banner"/);
      const seen = await visit(browser, target.origin, HOME, { cookie });
      assert.equal(seen.bannerVisible, true);
      assert.deepEqual(seen.problems, []);
      assert.deepEqual(seen.vendorRequests, []);
    }),

    t('ssr: with JavaScript disabled, an undecided visitor sees the banner and nothing gated runs; a decided one sees none', async ({ browser }) => {
      for (const path of PAGES) {
        const seen = await visit(browser, target.origin, path, { javaScriptEnabled: false });
        assert.equal(seen.bannerVisible, true, `banner visible on ${path} without JavaScript`);
        assert.deepEqual(seen.vendorRequests, [], 'no vendor host contacted');
        assert.equal(seen.scripts.inert, seen.scripts.placeholders);
        assert.deepEqual(seen.scripts.standIns, []);
      }
      const cookie = await decide(browser, target.origin, 'accept-all');
      const seen = await visit(browser, target.origin, HOME, { cookie, javaScriptEnabled: false });
      assert.equal(seen.bannerVisible, false, 'no banner for a decided visitor without JavaScript');
      assert.equal(seen.status, 'allowed');
      assert.deepEqual(seen.vendorRequests, [], 'without JavaScript nothing gated runs, even when consented');
    }),

    t('ssr: the hydration check itself works (a server HTML altered in transit is reported)', async ({ browser }) => {
      const cookie = await decide(browser, target.origin, 'accept-all');
      const seen = await visit(browser, target.origin, HOME, {
        cookie,
        route: async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace('data-testid="status-analytics">allowed<', 'data-testid="status-analytics">altered<');
          await route.fulfill({ response, body });
        },
      });
      assert.ok(seen.problems.some(isHydrationProblem), `no hydration problem reported for an altered page: ${seen.problems.join('\n')}`);
    }),
  ];
}

/** Hydration under React's development build (`next dev`), which reports attribute mismatches too. */
export function devHydrationTests(target) {
  const t = (name, run) => ({ name: `[${target.name}] ${name}`, run });
  return [
    t('ssr (next dev, React development build): no hydration warning, undecided and decided, on every page', async ({ browser }) => {
      // The dev server compiles a route on its first request (and again when a package's dist
      // changes under it): get a 200 from each route before any timing matters.
      for (const path of PAGES) {
        for (let i = 0; ; i++) {
          const res = await fetch(target.origin + path);
          await res.text();
          if (res.ok) break;
          if (i === 20) assert.fail(`${path} answers ${res.status} on the dev server`);
          await new Promise((ok) => setTimeout(ok, 500));
        }
      }
      const accepted = await decide(browser, target.origin, 'accept-all');
      for (const path of PAGES) {
        for (const cookie of [undefined, accepted]) {
          const seen = await visit(browser, target.origin, path, { cookie });
          const label = `${path} ${cookie ? 'decided' : 'undecided'}`;
          assert.equal(seen.bannerSeen, !cookie, `${label}: banner ${cookie ? 'appeared' : 'missing'}`);
          assert.deepEqual(seen.problems.filter(isHydrationProblem), [], `${label}: hydration warnings`);
          assert.deepEqual(seen.problems, [], `${label}: console errors or warnings`);
        }
      }
    }),
  ];
}
