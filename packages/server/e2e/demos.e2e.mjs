#!/usr/bin/env node
/**
 * The React, Vue and static demos keep every decision as a record (issue 16): each demo's server
 * (the Vite dev server `pnpm demo` / `pnpm demo:vue` run, with the records service mounted by
 * introwConsentRecords(), or examples/static/server.mjs that `pnpm demo:static` runs; PGlite in a
 * temporary directory) is driven in Chromium: a decision
 * made with the banner, then another made in the preferences dialog, each appears in
 * GET /consent/records/:consentId; the chain verifies; the dashboard counts them.
 * Needs the built packages (pnpm build). Ends with `N passed, M failed`.
 *
 *   node packages/server/e2e/demos.e2e.mjs [--filter react|vue|static]
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../../../e2e/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const TOKEN = 'demo-e2e-token';
const TEST_TIMEOUT_MS = 180_000;

/** Polls `check` until it returns a value (not undefined), or fails after `ms` with the last reason. */
async function waitFor(check, ms, what) {
  const until = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `promise`, or a rejection that names `what` after `ms` (so a hang says where it was). */
function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Starts a demo's Vite dev server, with its own config, on a free loopback port. */
async function startDemo(dir, database) {
  process.env.CONSENT_DATABASE = database;
  process.env.CONSENT_ADMIN_TOKEN = TOKEN;
  const vite = await import(pathToFileURL(createRequire(join(dir, 'package.json')).resolve('vite')).href);
  const server = await vite.createServer({
    root: dir,
    configFile: join(dir, 'vite.config.ts'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  });
  await server.listen();
  const address = server.httpServer.address();
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

async function history(origin, consentId) {
  const res = await fetch(`${origin}/consent/records/${consentId}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return res.status === 200 ? (await res.json()).records : [];
}

const step = (m) => process.env.DEMO_E2E_DEBUG && console.log(`    ${new Date().toISOString().slice(11, 23)} ${m}`);

async function demoTest(browser, name, dir, start = startDemo) {
  const database = mkdtempSync(join(tmpdir(), `consent-demo-${name}-`));
  const demo = await within(start(dir, database), 90_000, 'starting the demo server');
  step(`dev server at ${demo.origin}`);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // No internet: vendor hosts get an empty script; the demo's own server answers the rest.
    await page.route('**/*', (route) =>
      new URL(route.request().url()).origin === demo.origin ? route.continue() : route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
    );
    await page.goto(`${demo.origin}/`, { timeout: 90_000 });
    step('page loaded');
    await page.getByRole('button', { name: 'Accept all', exact: true }).first().click();
    const cookie = await waitFor(async () => (await context.cookies()).find((c) => c.name === 'introw_consent')?.value, 30_000, 'the consent cookie');
    const consentId = cookie.split('.')[2];
    step(`decided: ${consentId}`);
    assert.match(consentId, /^[A-Za-z0-9_-]{22}$/);

    const first = await waitFor(
      async () => {
        const records = await history(demo.origin, consentId);
        return records.length >= 1 ? records : undefined;
      },
      60_000,
      'the accept-all record in GET /consent/records/:id',
    );
    assert.equal(first[0].method, 'accept-all');
    assert.equal(first[0].record_id, consentId);
    assert.match(first[0].notice.texts_sha256, /^[0-9a-f]{64}$/, 'the record binds the texts shown');
    assert.match(first[0].notice.declaration_sha256, /^[0-9a-f]{64}$/, 'and the declaration');
    assert.equal(first[0].purposes.find((p) => p.purpose === 'analytics')?.granted, true);
    // Acknowledged: nothing is left waiting in the browser.
    await waitFor(
      async () => ((await page.evaluate(() => localStorage.getItem('cookie_consent_records'))) === null ? true : undefined),
      30_000,
      'the browser queue to empty',
    );

    step('first record found');
    // A second decision on the next page, in the preferences dialog: "Reject all" turns off what
    // was granted, so it is recorded as a withdrawal (R14).
    await page.reload();
    await page.locator('footer').getByRole('button', { name: 'Cookie settings', exact: true }).click();
    await page.getByRole('dialog', { name: 'Cookie settings' }).getByRole('button', { name: 'Reject all', exact: true }).click();
    const both = await waitFor(
      async () => {
        const records = await history(demo.origin, consentId);
        return records.length >= 2 ? records : undefined;
      },
      60_000,
      'the withdrawal record',
    );
    assert.deepEqual(
      both.map((r) => r.method),
      ['accept-all', 'withdrawal'],
    );
    assert.equal(both[1].purposes.find((p) => p.purpose === 'analytics')?.granted, false);
    assert.notEqual(both[0].event_id, both[1].event_id);

    const verify = await (await fetch(`${demo.origin}/consent/verify`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    assert.equal(verify.ok, true, JSON.stringify(verify));
    const dashboard = await fetch(`${demo.origin}/consent/dashboard`, { headers: { authorization: `Basic ${btoa(`admin:${TOKEN}`)}` } });
    assert.equal(dashboard.status, 200);
    const html = await dashboard.text();
    assert.match(html, /accept all: <strong>1<\/strong>/);
    assert.match(html, /withdrawal: <strong>1<\/strong>/);
    assert.equal((await fetch(`${demo.origin}/consent/dashboard`)).status, 401, 'the dashboard needs the token');
    // On a phone (390 × 844) the dashboard fits the screen: its tables scroll in their own boxes.
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.setExtraHTTPHeaders({ authorization: `Basic ${btoa(`admin:${TOKEN}`)}` });
    await phone.goto(`${demo.origin}/consent/dashboard`);
    const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    assert.ok(widths.page <= widths.screen, `the dashboard is ${widths.page} px wide on a ${widths.screen} px screen`);
    await phone.close();
  } finally {
    await within(context.close(), 30_000, 'closing the browser context');
    await within(demo.close(), 30_000, 'closing the demo server');
    rmSync(database, { recursive: true, force: true });
  }
}

const demos = [
  {
    name: 'React demo (pnpm demo): a banner decision and a dialog decision become records in GET /consent/records/:id',
    key: 'react',
    dir: join(root, 'examples/react'),
  },
  { name: 'Vue demo (pnpm demo:vue): the same', key: 'vue', dir: join(root, 'examples/vue') },
  {
    name: 'Static demo (pnpm demo:static, the script-tag build): the same',
    key: 'static',
    dir: join(root, 'examples/static'),
    start: async (dir, database) => {
      const { startStaticSite } = await import(pathToFileURL(join(dir, 'server.mjs')).href);
      return startStaticSite({ port: 0, host: '127.0.0.1', database, adminToken: TOKEN });
    },
  },
];

const filter = process.argv.includes('--filter') ? process.argv[process.argv.indexOf('--filter') + 1] : null;
const browser = await launchChromium();
let passed = 0;
let failed = 0;
try {
  for (const demo of demos) {
    if (filter && demo.key !== filter) continue;
    const started = Date.now();
    let timer;
    try {
      await Promise.race([
        demoTest(browser, demo.key, demo.dir, demo.start),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), TEST_TIMEOUT_MS))),
      ]);
      passed++;
      console.log(`  PASS  ${demo.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  FAIL  ${demo.name} (${Date.now() - started} ms)\n${String(error?.stack ?? error).replace(/^/gm, '        ')}`);
    } finally {
      clearTimeout(timer);
    }
  }
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
