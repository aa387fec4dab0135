#!/usr/bin/env node
/**
 * Chromium end-to-end tests of the Vue demo (examples/vue/dist, built with `vite build`).
 *
 *   node examples/vue/e2e.mjs [--dist <dir>] [--filter <text>]
 *
 * Runs, one at a time in a fresh browser context each:
 *   1. every test of the React demo's suite (../../e2e/consent.e2e.mjs: gating before and after a
 *      choice, reject and accept, reloads, tampered cookies, withdrawal, Consent Mode), unchanged,
 *      against this build: the same site must behave the same;
 *   2. the tests below: keyboard-only flows, the preferences dialog's chunk loading on demand
 *      (never before an interaction), and axe-core (WCAG 2.2 AA tags) with the banner and with
 *      the dialog open.
 * `--dist examples/react/dist` runs the same list against the React demo (parity check).
 *
 * Serves the build on 127.0.0.1 with ../../e2e/server.mjs, answers the vendor hosts with the
 * stand-ins of ../../e2e/vendors.mjs (through ../../e2e/site.mjs), and drives Debian's Chromium
 * with playwright-core. Prints `ok - name` / `not ok - name` and ends with `N passed, M failed`;
 * exits non-zero when a test failed.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../e2e/chromium.mjs';
import { exitWith, nameFilter, option, report, runTests } from '../../e2e/runner.mjs';
import { serveSpa } from '../../e2e/server.mjs';
import { openSite, CONSENT_COOKIE, TEXT } from '../../e2e/site.mjs';
import { ANALYTICS_SERVICES } from '../../e2e/vendors.mjs';
import { tests as sharedTests } from '../../e2e/consent.e2e.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** @type {{ name: string, run(ctx: { browser: import('playwright-core').Browser, origin: string }): Promise<void> }[]} */
const ownTests = [];
const test = (name, run) => ownTests.push({ name, run });

/** Runs `body` with a fresh site and closes it; no uncaught page error may happen meanwhile. */
async function withSite({ browser, origin }, body) {
  const site = await openSite(browser, origin);
  try {
    await body(site);
    assert.deepEqual(site.errors.map(String), [], 'no uncaught error on the page');
  } finally {
    await site.close();
  }
}

/** What has focus: enough to name it in assertions. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { name: '(body)', inBanner: false, inDialog: false, role: null, checked: null };
    const input = el instanceof HTMLInputElement ? el : null;
    const name = (el.getAttribute('aria-label') || input?.labels?.[0]?.textContent || el.textContent || '').trim();
    return {
      name,
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      checked: input ? input.checked : null,
      inBanner: !!el.closest('.ic-banner'),
      inDialog: !!el.closest('dialog'),
      inFooter: !!el.closest('footer'),
      visible: el.getBoundingClientRect().height > 0,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `matches(focused)` or `max` presses; returns what has focus. */
async function tabTo(page, matches, { max = 80, shift = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  throw new Error(`focus never reached the wanted element in ${max} Tab presses`);
}

async function consentCookie(site) {
  return (await site.context.cookies()).find((c) => c.name === CONSENT_COOKIE) ?? null;
}

async function runAxe(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], `${label}: no axe-core violations`);
  assert.ok(result.passes.length > 0, `${label}: axe-core ran its rules`);
}

test('R26 keyboard only: Tab reaches "Reject all" and "Customize"; Enter opens the dialog; Tab stays inside; Escape closes, focus returns', (ctx) =>
  withSite(ctx, async (site) => {
    const { page } = site;
    await site.goto('/');
    await site.bannerHeading().waitFor({ state: 'visible' });
    const accept = await tabTo(page, (f) => f.inBanner && f.name === TEXT.acceptAll);
    assert.equal(accept.visible, true, '"Accept all" is visible when focused');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).name, TEXT.rejectAll, 'Tab goes from "Accept all" to "Reject all"');
    await page.keyboard.press('Tab');
    const customize = await focused(page);
    assert.equal(customize.name, TEXT.customize, 'then to "Customize"');
    assert.equal(customize.inBanner, true);

    await page.keyboard.press('Enter');
    const dialog = site.preferences();
    await dialog.waitFor({ state: 'visible' });
    assert.equal((await focused(page)).inDialog, true, 'focus moved into the dialog (R24)');

    const seen = new Set();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      assert.equal(f.inDialog, true, `Tab ${i + 1} stays inside the dialog (now on "${f.name}")`);
      seen.add(f.name);
    }
    for (const name of [TEXT.save, TEXT.acceptAll, TEXT.rejectAll, 'Close', 'Analytics']) {
      assert.ok(seen.has(name), `Tab reached "${name}" (seen: ${[...seen].join(' | ')})`);
    }
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab');
      assert.equal((await focused(page)).inDialog, true, `Shift+Tab ${i + 1} stays inside the dialog`);
    }

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const back = await focused(page);
    assert.equal(back.name, TEXT.customize, 'focus returned to "Customize"');
    assert.equal(back.inBanner, true);
    assert.equal(await consentCookie(site), null, 'Escape is not a decision (R2)');
    await site.bannerHeading().waitFor({ state: 'visible' });
    assert.deepEqual(site.vendorRequests(), [], 'nothing loaded');
  }));

test('R26 keyboard only: Enter on "Reject all" decides; "Cookie settings" reopens; Space switches Analytics on; Enter saves', (ctx) =>
  withSite(ctx, async (site) => {
    const { page } = site;
    await site.goto('/');
    await tabTo(page, (f) => f.inBanner && f.name === TEXT.rejectAll);
    await page.keyboard.press('Enter');
    await site.bannerHeading().waitFor({ state: 'hidden' });
    const stored = await consentCookie(site);
    assert.ok(stored, 'the refusal is stored');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(site.vendorRequests(), [], 'nothing loaded after "Reject all"');

    const opener = await tabTo(page, (f) => f.inFooter && f.name === TEXT.cookieSettings);
    assert.equal(opener.tag, 'button');
    await page.keyboard.press('Enter');
    const dialog = site.preferences();
    await dialog.waitFor({ state: 'visible' });
    const analytics = await tabTo(page, (f) => f.inDialog && f.role === 'switch' && f.name === 'Analytics', { max: 40 });
    assert.equal(analytics.checked, false, 'Analytics starts off after "Reject all"');
    await page.keyboard.press('Space');
    assert.equal((await focused(page)).checked, true, 'Space switched Analytics on');
    await tabTo(page, (f) => f.inDialog && f.name === TEXT.save, { max: 40 });
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const back = await focused(page);
    assert.equal(back.name, TEXT.cookieSettings, 'focus returned to "Cookie settings"');
    assert.equal(back.inFooter, true);
    await site.waitForRuns(ANALYTICS_SERVICES);
    assert.equal(await page.getByTestId('status-analytics').textContent(), 'allowed');
    assert.equal(await page.getByRole('status').first().textContent(), 'Your cookie choices have been saved.', 'the save is announced (4.1.3)');
  }));

test("the dialog's code loads on demand: a first visit requests no dialog chunk before any interaction; Tab onto a control that opens it fetches it; opened by keyboard, focus moves inside", (ctx) =>
  withSite(ctx, async (site) => {
    const { page } = site;
    // The preferences dialog's chunk (PreferencesDialog-<hash>.js), however the bundler names the rest.
    const isDialogChunk = (url) => /PreferencesDialog[^/]*\.js$/.test(new URL(url).pathname);
    const chunkRequests = [];
    page.on('request', (request) => {
      if (isDialogChunk(request.url())) chunkRequests.push(request.url());
    });
    await site.goto('/');
    await site.bannerHeading().waitFor({ state: 'visible' });
    assert.deepEqual(chunkRequests, [], 'no request for the dialog chunk before any interaction');
    const hinted = await page.evaluate(() => [...document.querySelectorAll('link[rel]')].map((l) => `${l.rel} ${l.href}`));
    assert.deepEqual(
      hinted.filter((h) => /PreferencesDialog/.test(h)),
      [],
      'nor a preload / prefetch hint for it',
    );

    // Tab passes "Cookie settings" (footer) on its way to the banner's "Customize": either focus prefetches.
    const customize = await tabTo(page, (f) => f.inBanner && f.name === TEXT.customize);
    assert.equal(customize.inBanner, true);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /PreferencesDialog[^/]*\.js$/.test(new URL(e.name).pathname)), null, {
      timeout: 60_000,
    });
    assert.equal(chunkRequests.length, 1, 'keyboard focus fetched the dialog chunk once, before anything was pressed');
    assert.equal(await site.preferences().count(), 0, 'the dialog is still closed');

    await page.keyboard.press('Enter');
    const dialog = site.preferences();
    await dialog.waitFor({ state: 'visible' });
    assert.equal((await focused(page)).inDialog, true, 'focus moved into the dialog (R24)');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).inDialog, true, `Tab ${i + 1} stays inside the dialog`);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal((await focused(page)).name, TEXT.customize, 'focus returned to "Customize"');
    assert.equal(chunkRequests.length, 1, 'the chunk was fetched once in all');
    assert.equal(await consentCookie(site), null, 'nothing decided');
  }));

test('R24 R26 axe-core: zero WCAG 2.2 AA violations with the banner open, with the dialog open, and on the statement page', (ctx) =>
  withSite(ctx, async (site) => {
    const { page } = site;
    await site.goto('/');
    await site.bannerHeading().waitFor({ state: 'visible' });
    await runAxe(page, 'home page with the banner');
    await site.bannerButton(TEXT.customize).click();
    await site.preferences().waitFor({ state: 'visible' });
    // Open every service list so their switches and cookie tables are checked too.
    for (const summary of await site.preferences().locator('summary').all()) await summary.click();
    await runAxe(page, 'preferences dialog');
    await page.keyboard.press('Escape');
    await site.preferences().waitFor({ state: 'hidden' });
    await site.goto('/cookies');
    await runAxe(page, 'cookie statement with the banner');
  }));

async function main() {
  const dist = resolve(option('--dist') ?? resolve(here, 'dist'));
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: build the packages and the demo first (pnpm run build && pnpm --filter @introw/example-vue build).`);
  }
  const server = await serveSpa(dist);
  const browser = await launchChromium();
  const all = [...sharedTests.map((t) => ({ ...t, name: `shared: ${t.name}` })), ...ownTests];
  /** @type {import('../../e2e/runner.mjs').TestResult[]} */
  const results = [];
  try {
    console.log(`# serving ${dist} at ${server.origin}; Chromium ${browser.version()}`);
    await runTests(all, (t) => t.run({ browser, origin: server.origin }), { results, only: nameFilter() });
  } finally {
    await browser.close();
    await server.close();
  }
  return report(results);
}

exitWith(main);
