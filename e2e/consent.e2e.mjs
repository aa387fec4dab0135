import assert from 'node:assert/strict';
import { openSite, CONSENT_COOKIE, TEXT } from './site.mjs';
import { ALL_SERVICES, ANALYTICS_SERVICES, VENDOR_COOKIES, VENDOR_STORAGE } from './vendors.mjs';

/**
 * End-to-end tests of the demo site in real Chromium. Each test gets a fresh browser context
 * (empty cookie jar and storage); ids from docs/rules.md are in the names where a test proves one.
 *
 * @type {{ name: string, run(ctx: { browser: import('playwright-core').Browser, origin: string }): Promise<void> }[]}
 */
// biome-ignore lint/suspicious/noExportsInTest: this module is the list of tests e2e/run.mjs runs
export const tests = [];
const test = (name, run) => tests.push({ name, run });

/** Runs `body` with a fresh site and closes it; no uncaught page error may happen meanwhile. */
async function withSite({ browser, origin }, options, body) {
  const site = await openSite(browser, origin, options);
  try {
    await body(site);
    assert.deepEqual(site.errors.map(String), [], 'no uncaught error on the page');
  } finally {
    await site.close();
  }
}

const sorted = (list) => [...list].sort();
const once = (services) => Object.fromEntries(sorted(services).map((s) => [s, 1]));
const sortKeys = (obj) => Object.fromEntries(Object.entries(obj).sort(([a], [b]) => a.localeCompare(b)));

async function expectBanner(site) {
  await site.bannerHeading().waitFor({ state: 'visible' });
  assert.equal(await site.bannerButton(TEXT.acceptAll).isVisible(), true, '"Accept all" is visible on the first layer');
  assert.equal(await site.bannerButton(TEXT.rejectAll).isVisible(), true, '"Reject all" is visible on the first layer');
}

async function expectNoBanner(site) {
  await site.bannerHeading().waitFor({ state: 'hidden' });
}

async function expectNothingGated(site, since = 0) {
  assert.deepEqual(
    site.vendorRequests(since).map((r) => r.url),
    [],
    'no request to a gated vendor host',
  );
  assert.deepEqual(await site.runs(), {}, 'no vendor stand-in ran');
  assert.deepEqual(await site.vendorCookies(), [], 'no vendor cookie in the jar');
}

test('R1 first visit: banner with Accept all and Reject all; no vendor request, no vendor cookie', (ctx) =>
  withSite(ctx, {}, async (site) => {
    await site.goto('/');
    await expectBanner(site);
    await expectNothingGated(site);
    // Rejecting is as prominent as accepting (R3): same element type and the same size.
    const accept = await site.bannerButton(TEXT.acceptAll).boundingBox();
    const reject = await site.bannerButton(TEXT.rejectAll).boundingBox();
    assert.ok(accept && reject, 'both buttons have a box');
    assert.ok(Math.abs(accept.height - reject.height) <= 1, `same height (${accept.height} vs ${reject.height})`);
    assert.equal((await site.cookieNames()).includes(CONSENT_COOKIE), false, 'no consent cookie before a choice');
    // Navigating is not consent (R2).
    await site.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cookie statement' }).click();
    await site.page.getByRole('heading', { name: 'Cookie statement', level: 1 }).waitFor();
    await site.page.waitForLoadState('networkidle');
    await expectBanner(site);
    await expectNothingGated(site);
  }));

test('R10 Reject all closes the banner, loads nothing, and is remembered across reloads', (ctx) =>
  withSite(ctx, {}, async (site) => {
    await site.goto('/');
    await site.bannerButton(TEXT.rejectAll).click();
    await expectNoBanner(site);
    await site.page.waitForLoadState('networkidle');
    await expectNothingGated(site);
    assert.ok((await site.cookieNames()).includes(CONSENT_COOKIE), 'the refusal is stored in the consent cookie');

    await site.reload();
    await expectNoBanner(site);
    await expectNothingGated(site);
    assert.equal(await site.page.getByTestId('status-analytics').textContent(), 'off');
  }));

test('Accept all loads each vendor tag once, sets their cookies, and again once after a reload', (ctx) =>
  withSite(ctx, {}, async (site) => {
    await site.goto('/');
    await expectNothingGated(site);
    await site.bannerButton(TEXT.acceptAll).click();
    await expectNoBanner(site);
    await site.waitForRuns(ALL_SERVICES);
    assert.deepEqual(sortKeys(site.vendorRequestCounts()), once(ALL_SERVICES), 'each vendor tag requested exactly once');
    assert.deepEqual(sortKeys(await site.runs()), once(ALL_SERVICES), 'each stand-in ran exactly once');
    assert.equal(site.requests.filter((r) => r.blocked).length, 0, 'no other third-party request');
    const expected = Object.values(VENDOR_COOKIES).flat();
    assert.deepEqual(sorted(await site.vendorCookies()), sorted(expected), 'every vendor cookie exists');

    const mark = site.mark();
    await site.reload();
    await expectNoBanner(site);
    await site.waitForRuns(ALL_SERVICES);
    assert.deepEqual(sortKeys(site.vendorRequestCounts(mark)), once(ALL_SERVICES), 'after reload: each tag requested once again');
    assert.deepEqual(sortKeys(await site.runs()), once(ALL_SERVICES), 'after reload: each stand-in ran once');
    assert.equal(await site.page.getByTestId('status-analytics').textContent(), 'allowed');
  }));

test('R30 a tampered or oversized consent cookie means "no decision": banner, nothing loaded, no error', async (ctx) => {
  const tampered = [
    { label: 'garbage', value: 'garbage%ZZ' },
    { label: 'oversized', value: `1.1.${'A'.repeat(3_900)}` },
    { label: 'forged grant', value: '1.1.abcdefgh.0.zzzzzz.a.0.0.______' },
  ];
  for (const { label, value } of tampered) {
    await withSite(ctx, { cookies: [{ name: CONSENT_COOKIE, value }] }, async (site) => {
      const planted = (await site.context.cookies()).find((c) => c.name === CONSENT_COOKIE);
      assert.equal(planted?.value, value, `${label}: the cookie was planted before the load`);
      await site.goto('/');
      await expectBanner(site);
      await expectNothingGated(site);
      if (label === 'garbage') {
        // The visitor can still decide: the bad value is replaced by a valid decision.
        await site.bannerButton(TEXT.acceptAll).click();
        await site.waitForRuns(ALL_SERVICES);
        const stored = (await site.context.cookies()).find((c) => c.name === CONSENT_COOKIE);
        assert.ok(stored && stored.value !== value, 'the accepted choice replaced the tampered value');
      }
    });
  }
});

test('R5 Customize -> only Analytics -> Save: analytics tags load, Google Ads does not', (ctx) =>
  withSite(ctx, {}, async (site) => {
    await site.goto('/');
    await site.bannerButton(TEXT.customize).click();
    const dialog = site.preferences();
    await dialog.waitFor({ state: 'visible' });
    // No pre-ticked switches (R4).
    for (const title of ['Functional', 'Analytics', 'Advertising']) {
      assert.equal(await site.categorySwitch(title).isChecked(), false, `${title} starts off`);
    }
    await expectNothingGated(site);
    await site.categorySwitch('Analytics').click();
    assert.equal(await site.categorySwitch('Analytics').isChecked(), true, 'Analytics switched on');
    await dialog.getByRole('button', { name: TEXT.save, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectNoBanner(site);

    await site.waitForRuns(ANALYTICS_SERVICES);
    assert.deepEqual(sortKeys(site.vendorRequestCounts()), once(ANALYTICS_SERVICES), 'the analytics tags, once each, and no Google Ads tag');
    assert.equal(
      site.requests.some((r) => r.url.includes('AW-')),
      false,
      'no request for the Google Ads tag',
    );
    assert.deepEqual(sortKeys(await site.runs()), once(ANALYTICS_SERVICES));
    assert.deepEqual(await site.vendorCookies(['googleAds']), [], 'no Google Ads cookie');
    assert.deepEqual(sorted(await site.vendorCookies(ANALYTICS_SERVICES)), sorted(ANALYTICS_SERVICES.flatMap((s) => VENDOR_COOKIES[s])));

    const mark = site.mark();
    await site.reload();
    await site.waitForRuns(ANALYTICS_SERVICES);
    assert.deepEqual(sortKeys(site.vendorRequestCounts(mark)), once(ANALYTICS_SERVICES), 'after reload: the same choice applies');
    assert.equal(await site.page.getByTestId('status-advertising').textContent(), 'off');
  }));

test('R12 R13 Cookie settings reopens the preferences; withdrawing analytics deletes its cookies and stops its loads', (ctx) =>
  withSite(ctx, {}, async (site) => {
    await site.goto('/');
    await site.bannerButton(TEXT.acceptAll).click();
    await site.waitForRuns(ALL_SERVICES);

    // The control is on every page: use it from the cookie statement page.
    await site.page.locator('footer').getByRole('link', { name: 'Cookie statement' }).click();
    await site.page.getByRole('heading', { name: 'Cookie statement', level: 1 }).waitFor();
    const opener = site.footerSettings();
    await opener.click();
    const dialog = site.preferences();
    await dialog.waitFor({ state: 'visible' });
    assert.equal(await site.categorySwitch('Analytics').isChecked(), true, 'the dialog shows the current choice');
    assert.equal(await site.categorySwitch('Advertising').isChecked(), true);

    await site.categorySwitch('Analytics').click();
    assert.equal(await site.categorySwitch('Analytics').isChecked(), false);
    const mark = site.mark();
    // Scripts that already ran cannot be unloaded, so core reloads the page once (R13).
    const reloaded = site.page.waitForEvent('load');
    await dialog.getByRole('button', { name: TEXT.save, exact: true }).click();
    await reloaded;
    await site.settle();

    assert.ok(
      site.reports.some((r) => r.service === 'hubspot' && r.event === 'doNotTrack'),
      "HubSpot's opt-out was called (R20)",
    );
    assert.deepEqual(await site.vendorCookies(ANALYTICS_SERVICES), [], 'the analytics cookies were deleted (R13, R32)');
    const storage = await site.page.evaluate(() => Object.keys(localStorage));
    const leftover = storage.filter((k) => Object.values(VENDOR_STORAGE).flat().includes(k));
    assert.deepEqual(leftover, [], 'the analytics localStorage keys were deleted');
    assert.ok((await site.cookieNames()).includes(CONSENT_COOKIE), 'the consent cookie survives the withdrawal');

    await expectNoBanner(site);
    await site.waitForRuns(['googleAds']);
    const analyticsLoads = site.vendorRequests(mark).filter((r) => ANALYTICS_SERVICES.includes(r.service ?? ''));
    assert.deepEqual(
      analyticsLoads.map((r) => r.url),
      [],
      'no analytics tag loaded after the withdrawal',
    );
    assert.deepEqual(sortKeys(await site.runs()), { googleAds: 1 }, 'only Google Ads, still granted, ran again');

    // Further navigation and reloads keep analytics off.
    await site.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Product' }).click();
    assert.equal(await site.page.getByTestId('status-analytics').textContent(), 'off');
    await site.reload();
    assert.deepEqual(
      site.vendorRequests(mark).filter((r) => ANALYTICS_SERVICES.includes(r.service ?? '')),
      [],
      'still no analytics tag after another reload',
    );
    assert.deepEqual(await site.vendorCookies(ANALYTICS_SERVICES), []);
  }));

test('R6 R7 the cookie statement page shows the table generated from the config', (ctx) =>
  withSite(ctx, {}, async (site) => {
    await site.goto('/cookies');
    const table = site.page.locator('main table');
    await table.first().waitFor({ state: 'visible' });
    const text = await site.page.locator('main').innerText();
    for (const cookie of [
      '__cf_bm',
      '__Secure-next-auth.session-token',
      '__Host-next-auth.csrf-token',
      'introw_locale',
      '_ga',
      '_ga_<container-id>',
      'hubspotutk',
      '_hjSessionUser_<site-id>',
      'ajs_anonymous_id',
      '_gcl_au',
      'IDE',
    ]) {
      assert.ok(text.includes(cookie), `the table lists ${cookie}`);
    }
    for (const words of ['2 years', '30 minutes', '30 seconds', 'Session', 'Third party', 'Google Ireland Ltd']) {
      assert.ok(text.includes(words), `the table shows "${words}"`);
    }
    await expectBanner(site);
    await expectNothingGated(site);
  }));

/** `window.dataLayer` as plain arrays (gtag pushes `arguments` objects). */
const readDataLayer = (page) =>
  page.evaluate(() =>
    (window.dataLayer ?? []).map((entry) =>
      typeof entry === 'object' && entry !== null && typeof entry.length === 'number'
        ? Array.from(entry).map((part) => (part instanceof Date ? 'Date' : part))
        : entry,
    ),
  );
const consentCommands = (dataLayer, kind) => dataLayer.filter((c) => Array.isArray(c) && c[0] === 'consent' && c[1] === kind);
const indexOfCommand = (dataLayer, a, b) => dataLayer.findIndex((c) => Array.isArray(c) && c[0] === a && c[1] === b);

const DENIED_DEFAULT = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};

test('R16 R17 Google Consent Mode: everything denied by default before any Google tag, then one update per choice', (ctx) =>
  withSite(ctx, {}, async (site) => {
    await site.goto('/');
    let dataLayer = await readDataLayer(site.page);
    assert.deepEqual(dataLayer[0], ['consent', 'default', DENIED_DEFAULT], 'the default comes first and denies all but security_storage');
    assert.equal(consentCommands(dataLayer, 'update').length, 0, 'no update without a decision');
    assert.equal(indexOfCommand(dataLayer, 'config', 'G-XXXXXXX'), -1, 'no Google tag configured before consent');

    await site.bannerButton(TEXT.customize).click();
    await site.categorySwitch('Analytics').click();
    await site.preferences().getByRole('button', { name: TEXT.save, exact: true }).click();
    await site.waitForRuns(ANALYTICS_SERVICES);
    dataLayer = await readDataLayer(site.page);
    const updates = consentCommands(dataLayer, 'update');
    assert.equal(updates.length, 1, 'one update for one choice');
    assert.deepEqual(updates[0][2], { ...DENIED_DEFAULT, analytics_storage: 'granted' }, 'only analytics_storage granted');
    const update = indexOfCommand(dataLayer, 'consent', 'update');
    const config = indexOfCommand(dataLayer, 'config', 'G-XXXXXXX');
    assert.ok(config > update, `the GA config (${config}) comes after the update (${update})`);
    assert.equal(indexOfCommand(dataLayer, 'config', 'AW-XXXXXXXXX'), -1, 'Google Ads is not configured');

    await site.reload();
    await site.waitForRuns(ANALYTICS_SERVICES);
    dataLayer = await readDataLayer(site.page);
    assert.deepEqual(dataLayer[0], ['consent', 'default', DENIED_DEFAULT], 'after reload: the default first');
    assert.deepEqual(dataLayer[1], ['consent', 'update', { ...DENIED_DEFAULT, analytics_storage: 'granted' }], 'then the stored choice at once');
    assert.ok(indexOfCommand(dataLayer, 'config', 'G-XXXXXXX') > 1, 'then the Google tag');
  }));

/**
 * Same-origin script requests for the preferences dialog's on-demand code: the bundled demos'
 * chunk (`/assets/PreferencesDialog-<hash>.js`) or the script-tag build's file (`consent.dialog.js`).
 */
const DIALOG_CHUNK = /(\/assets\/PreferencesDialog-[^/]*|\/consent\.dialog)\.js$/;

test("Issue 7: a first visit does not fetch the dialog's code; focusing Customize prefetches it, and the keyboard open focuses inside", (ctx) =>
  withSite(ctx, {}, async (site) => {
    const chunkRequests = [];
    const chunkResponses = [];
    site.page.on('request', (request) => {
      if (DIALOG_CHUNK.test(new URL(request.url()).pathname)) chunkRequests.push(request.url());
    });
    site.page.on('requestfinished', (request) => {
      if (DIALOG_CHUNK.test(new URL(request.url()).pathname)) chunkResponses.push(request.url());
    });
    await site.goto('/');
    await expectBanner(site);
    assert.deepEqual(chunkRequests, [], 'the dialog chunk is not requested before any interaction');

    // Keyboard only: Tab to "Customize"; its focus starts the fetch.
    const customize = site.bannerButton(TEXT.customize);
    for (let i = 0; i < 40 && !(await customize.evaluate((el) => el === document.activeElement)); i++) await site.page.keyboard.press('Tab');
    assert.equal(await customize.evaluate((el) => el === document.activeElement), true, 'Tab reached Customize');
    if (!chunkResponses.length) await site.page.waitForEvent('requestfinished', (request) => DIALOG_CHUNK.test(new URL(request.url()).pathname));
    assert.equal(chunkRequests.length, 1, `focusing Customize fetched the dialog chunk once: ${JSON.stringify(chunkRequests)}`);
    assert.equal(chunkResponses.length, 1, 'the dialog chunk arrived');

    await site.page.keyboard.press('Enter');
    const dialog = site.preferences();
    await dialog.waitFor({ state: 'visible' });
    assert.equal(await dialog.evaluate((d) => d.contains(document.activeElement)), true, 'focus moved into the dialog');
    assert.equal(await dialog.evaluate((d) => d.matches(':modal')), true, 'the dialog is modal');
    for (let i = 0; i < 15; i++) {
      await site.page.keyboard.press('Tab');
      assert.equal(await dialog.evaluate((d) => d.contains(document.activeElement)), true, `Tab ${i + 1} stayed inside the dialog`);
    }
    await site.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await customize.evaluate((el) => el === document.activeElement), true, 'Escape returned focus to Customize');
    assert.equal(chunkRequests.length, 1, 'the chunk was fetched once in all');
    await expectNothingGated(site);
  }));

test('Issue 7: opening before the dialog code arrived (slow network) still moves focus in and returns it to the opener, even if focus moved meanwhile', (ctx) =>
  withSite(ctx, {}, async (site) => {
    // Hold the chunk back for 800 ms, so Enter is pressed long before it arrives.
    await site.page.route(DIALOG_CHUNK, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await site.goto('/');
    await expectBanner(site);
    const settings = site.footerSettings();
    await settings.focus();
    await site.page.keyboard.press('Enter');
    const dialog = site.preferences();
    // Focus moves on while the code is still on its way; it must still return to the opener.
    await site.page.keyboard.press('Shift+Tab');
    assert.equal(await settings.evaluate((el) => el === document.activeElement), false, 'focus left Cookie settings meanwhile');
    assert.equal(await dialog.count(), 0, 'no dialog yet: its code is still on its way');
    await dialog.waitFor({ state: 'visible' });
    assert.equal(await dialog.evaluate((d) => d.contains(document.activeElement)), true, 'focus moved into the dialog once it appeared');
    await site.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await settings.evaluate((el) => el === document.activeElement), true, 'Escape returned focus to Cookie settings');
    await expectBanner(site);
  }));
