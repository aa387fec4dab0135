// The tests of ./run.mjs. Every page is the quick start for plain sites: one <link>, one
// <script src> and a JSON config, plus the markup hooks (data-ic-open-preferences,
// data-ic-declaration, <iframe data-src data-category>) and a gated tag.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG, banner, dialog, eventually, footerSettings, log, threeTags } from './fixtures.mjs';

export function register(test, { server, at, cdn, openContext, until, root }) {
  test('three tags under a nonce-only CSP: banner, gating, footer opener, cookie table, embed; the build loads from its CDN path with the nonce; zero CSP violations', async ({
    requests,
  }) => {
    server.page('/three-tags.html', { html: threeTags(cdn), csp: 'nonce' });
    const { context, seen } = await openContext();
    try {
      const page = await context.newPage();
      await page.goto(at('app', '/three-tags.html'));
      await banner(page).waitFor();
      assert.deepEqual(await log(page), [], 'R1: nothing gated ran before a choice');
      await page.locator('.ic-embed-placeholder').waitFor();
      assert.equal(await page.locator('iframe').count(), 0, 'R1: no iframe before consent');
      assert.match(await page.locator('.ic-embed-placeholder').innerText(), /Video host.*Advertising/s);
      const table = page.getByRole('table', { name: 'Cookies on this page' });
      await table.waitFor();
      assert.ok((await table.innerText()).includes('_st_<id>'), 'the cookie table lists the declared cookies');
      assert.equal(await page.evaluate(() => typeof process), 'undefined', 'no process shim on the page');

      // The footer's data-ic-open-preferences opens the dialog; its code comes from the CDN path.
      await footerSettings(page).click();
      await dialog(page).waitFor();
      assert.equal(
        await dialog(page).evaluate((d) => d.matches(':modal') && d.contains(document.activeElement)),
        true,
        'R24: a modal dialog with focus inside',
      );
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'hidden' });
      assert.equal(await footerSettings(page).evaluate((el) => el === document.activeElement), true, 'R24: focus back on the opener');

      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      await until(page, () => (window.__log ?? []).includes('stats'));
      await page.locator('iframe[src="/frame.html"]').waitFor();
      assert.equal(await page.locator('.ic-embed-placeholder').count(), 0, 'the embed loaded without a reload');
      await footerSettings(page).click();
      assert.equal(await dialog(page).getByRole('switch', { name: 'Analytics' }).isChecked(), true, 'R12: the dialog shows the choice');
      await dialog(page).getByRole('button', { name: 'Reject all' }).click();
      await page.locator('.ic-embed-placeholder').waitFor();

      const parts = requests().filter((r) => r.path.includes('/consent.'));
      assert.ok(
        parts.every((r) => r.host === 'cdn.example.test'),
        `every file of the build from the CDN host: ${JSON.stringify(parts)}`,
      );
      const names = parts.map((r) => r.path.split('/').pop()).sort();
      for (const file of [
        'consent.iife.js',
        'consent.css',
        'consent.lang-en.js',
        'consent.dialog.js',
        'consent.dialog.css',
        'consent.declaration.js',
        'consent.embeds.js',
        'consent.gating.js',
      ]) {
        assert.ok(names.includes(file), `${file} loaded: ${names}`);
      }
      // The dialog's and the cookie table's rules came with their code (consent.dialog.css under the nonce).
      assert.equal(
        await page
          .locator('.ic-table')
          .first()
          .evaluate((el) => getComputedStyle(el).borderCollapse),
        'collapse',
      );
      assert.ok(!names.includes('consent.consent-mode.js') && !names.includes('consent.records.js'), 'no Consent Mode, no records: not loaded');
      assert.equal(await page.evaluate(() => typeof window.dataLayer), 'undefined', 'Consent Mode is off without googleConsentMode');
      assert.deepEqual(seen.violations, [], 'no CSP violation');
      assert.deepEqual(seen.errors, [], 'no uncaught error');
    } finally {
      await context.close();
    }
  });

  test("Introw's static demo under its policy ('strict-dynamic', nonce-only): first visit, Accept all with the vendor tags, the dialog, /cookies, a withdrawal with its reload; zero CSP violations", async () => {
    const { startStaticSite } = await import(pathToFileURL(join(root, 'examples/static/server.mjs')).href);
    const { standInFor } = await import(pathToFileURL(join(root, 'e2e/vendors.mjs')).href);
    const site = await startStaticSite({ port: 0, host: '127.0.0.1', database: 'memory:' });
    const { context, seen } = await openContext();
    try {
      await context.route(
        (url) => !url.href.startsWith(site.origin),
        (route) => {
          const standIn = standInFor(new URL(route.request().url()));
          return standIn ? route.fulfill({ status: 200, contentType: 'text/javascript', body: standIn.body }) : route.abort();
        },
      );
      const page = await context.newPage();
      await page.goto(`${site.origin}/`);
      await banner(page).waitFor();
      assert.equal(await page.evaluate(() => window.dataLayer[0][1]), 'default', 'the Consent Mode default first (R16)');
      // The config's first layer (R6): its purposes and partners, and the statement links.
      assert.match(await banner(page).locator('.ic-banner-description').textContent(), /Google.*HubSpot|HubSpot.*Google/);
      const links = await banner(page)
        .locator('.ic-banner-links a')
        .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
      assert.deepEqual(links, [
        ['Cookie statement', '/cookies'],
        ['Privacy statement', 'https://rooms.introw.io/privacy-statement'],
      ]);
      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      await until(page, () => Object.keys(window.__vendorRuns ?? {}).length === 5);
      await page.locator('footer').getByRole('link', { name: 'Cookie statement' }).click();
      await page.locator('main table').first().waitFor();
      await footerSettings(page).click();
      await dialog(page).getByRole('switch', { name: 'Analytics' }).click();
      const reloaded = page.waitForEvent('load');
      await dialog(page).getByRole('button', { name: 'Save choices' }).click();
      await reloaded;
      await page.locator('main table').first().waitFor();
      await until(page, () => !!window.IntrowConsent?.manager);
      assert.equal(await page.evaluate(() => window.IntrowConsent.manager.hasConsent('analytics')), false);
      assert.deepEqual(seen.violations, [], 'no CSP violation');
      assert.deepEqual(seen.errors, [], 'no uncaught error');
    } finally {
      await context.close();
      await site.close();
    }
  });

  test('a JSON config that does not parse: a clear error naming the element, no banner, nothing gated, `ready` rejects', async () => {
    server.page('/broken-json.html', { html: threeTags(cdn, { config: '{ "revision": 1, categories: {} }' }), csp: 'nonce' });
    const { context, seen } = await openContext();
    try {
      const page = await context.newPage();
      await page.goto(at('app', '/broken-json.html'));
      await until(page, () => !!window.IntrowConsent);
      assert.equal(
        await page.evaluate(() =>
          window.IntrowConsent.ready.then(
            () => 'started',
            (e) => e.name,
          ),
        ),
        'ConsentConfigError',
      );
      assert.ok(
        seen.errors.some((m) => m.includes('#introw-consent-config: is not valid JSON')),
        `the error: ${seen.errors}`,
      );
      assert.equal(await banner(page).count(), 0);
      assert.deepEqual(await log(page), []);
    } finally {
      await context.close();
    }
  });

  test('an invalid config: the page still works fail-closed, and once idle every problem is reported with its path', async () => {
    const config = JSON.stringify({ ...CONFIG, categores: {}, services: { ...CONFIG.services, stats: { ...CONFIG.services.stats, category: 'analytic' } } });
    server.page('/invalid-config.html', { html: threeTags(cdn, { config }), csp: 'nonce' });
    const { context, seen } = await openContext();
    try {
      const page = await context.newPage();
      await page.goto(at('app', '/invalid-config.html'));
      await banner(page).waitFor();
      const report = await eventually(() => seen.errors.find((m) => m.includes('Invalid consent config')), 'the config report');
      assert.match(report, /- categores: unknown key/);
      assert.match(report, /- services\.stats\.category: unknown category "analytic"/);
      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      assert.equal(await page.evaluate(() => window.IntrowConsent.manager.hasConsent('stats')), false, 'a service with an unknown category is never granted');
    } finally {
      await context.close();
    }
  });

  test('IntrowConsent.init(config, options) from a page script: RegExp patterns and hooks, layout and theme (its stylesheet loaded), one start only', async ({
    requests,
  }) => {
    const script = `<script src="${cdn}/consent.iife.js" nonce="{{NONCE}}"></script>
<script nonce="{{NONCE}}">
  IntrowConsent.init({
    revision: 1,
    categories: { necessary: { required: true }, analytics: {} },
    services: { stats: { category: 'analytics', cookies: [{ pattern: /^_st_/ }], onRevoke: function (c) { sessionStorage.setItem('revoked', c.serviceId); } } },
  }, { layout: 'corner', theme: 'dark' }).then(function (m) { window.__started = m === IntrowConsent.manager; });
</script>`;
    server.page('/init.html', { html: threeTags(cdn, { scripts: script }).replace(/<script type="application\/json"[\s\S]*?<\/script>/, ''), csp: 'nonce' });
    const { context, seen } = await openContext();
    try {
      const page = await context.newPage();
      await page.goto(at('app', '/init.html'));
      await banner(page).waitFor();
      assert.equal(await page.evaluate(() => window.__started), true);
      assert.deepEqual(await banner(page).evaluate((el) => [el.dataset.icLayout, el.dataset.icTheme]), ['corner', 'dark']);
      // The corner's own rules (consent.corner.css, loaded with the nonce before the banner showed).
      assert.equal(await banner(page).evaluate((el) => getComputedStyle(el).borderLeftStyle), 'solid');
      // The dark palette (consent.dark.css), loaded the same way for the dark theme.
      assert.equal(await banner(page).evaluate((el) => getComputedStyle(el).colorScheme), 'dark');
      for (const file of ['consent.corner.css', 'consent.dark.css']) {
        assert.ok(
          requests().some((r) => r.path.endsWith(`/${file}`) && r.host === 'cdn.example.test'),
          `${file} from the CDN path`,
        );
      }
      assert.equal(
        await page.evaluate(() =>
          IntrowConsent.init({}).then(
            () => 'twice',
            (e) => e.message,
          ),
        ),
        '[@introw/consent] already started: call IntrowConsent.stop() first',
      );
      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      await until(page, () => (window.__log ?? []).includes('stats'));
      await page.evaluate(() => IntrowConsent.manager.rejectAll());
      // The script ran, so the withdrawal reloads the page (R13): the hook's mark is kept in sessionStorage.
      await until(page, () => sessionStorage.getItem('revoked') === 'stats');
      assert.deepEqual(seen.violations, []);
      assert.deepEqual(seen.errors, []);
    } finally {
      await context.close();
    }
  });

  test("the dialog's file missing (a deploy): the error is reported, the preferences close, the page goes on; the next open loads it", async () => {
    server.page('/missing-part.html', { html: threeTags(cdn), csp: 'nonce' });
    const file = `${server.cdnPath}consent.dialog.js`;
    server.failing.add(file);
    const { context, seen } = await openContext();
    try {
      const page = await context.newPage();
      await page.goto(at('app', '/missing-part.html'));
      await banner(page).waitFor();
      await footerSettings(page).click();
      await until(page, () => window.IntrowConsent.manager.getUiState().preferencesOpen === false);
      assert.ok(
        seen.errors.some((m) => m.includes('could not load') && m.includes('consent.dialog.js')),
        `reported: ${seen.errors}`,
      );
      assert.equal(await dialog(page).count(), 0);
      assert.equal(await banner(page).count(), 1, 'the banner still works');
      server.failing.delete(file);
      await footerSettings(page).click();
      await dialog(page).waitFor();
    } finally {
      server.failing.delete(file);
      await context.close();
    }
  });
}
