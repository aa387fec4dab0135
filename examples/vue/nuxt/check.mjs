#!/usr/bin/env node
/**
 * Builds and checks the Nuxt 3 example (SSR + hydration of @introw/consent-vue in a real Nuxt).
 *
 *   node examples/vue/nuxt/check.mjs        (or: pnpm --filter @introw/example-vue run e2e:nuxt)
 *
 * 1. packs @introw/consent-core and @introw/consent-vue (their built dist: run the root `build`
 *    first) into .packs/ with pnpm, so this app installs them as a user would;
 * 2. `npm install --prefer-offline` (Nuxt 3.21, about 570 packages, once; from npm's cache when it has them) and `nuxt build`;
 * 3. starts the Nitro server on 127.0.0.1 and checks, with plain requests and in Chromium:
 *    the server HTML has the banner for an undecided visitor and none for a decided one; the
 *    page hydrates with no warning or error in the console; Accept all works after hydration and
 *    a reload keeps the choice.
 * Prints `ok - name` / `not ok - name`, then `N passed, M failed`; exits non-zero on a failure.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../e2e/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const packs = join(here, '.packs');
const COOKIE = 'introw_consent';

function run(command, args, cwd) {
  console.log(`# $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

function pnpm() {
  const local = join(root, 'node_modules', '.bin', 'pnpm');
  return existsSync(local) ? [local] : ['npx', '-y', 'pnpm@12.4.2'];
}

function pack() {
  rmSync(packs, { recursive: true, force: true });
  mkdirSync(packs, { recursive: true });
  for (const [dir, name] of [
    ['core', 'consent-core'],
    ['vue', 'consent-vue'],
  ]) {
    const pkg = join(root, 'packages', dir);
    if (!existsSync(join(pkg, 'dist', 'index.js'))) throw new Error(`packages/${dir}/dist is missing: run the root build first (pnpm run build).`);
    const [cmd, ...pre] = pnpm();
    const before = new Set(readdirSync(packs));
    run(cmd, [...pre, 'pack', '--pack-destination', packs], pkg);
    const made = readdirSync(packs).find((f) => !before.has(f) && f.endsWith('.tgz'));
    if (!made) throw new Error(`pnpm pack wrote no tarball for packages/${dir}`);
    renameSync(join(packs, made), join(packs, `${name}.tgz`));
  }
}

function freePort() {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, ['.output/server/index.mjs'], {
    cwd: here,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), NITRO_HOST: '127.0.0.1', NITRO_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) return { origin, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error('the Nuxt server did not start');
}

/** The consent cookie a real visit stored after "Accept all" (set by the first Chromium test). */
let acceptedCookie = null;

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('server HTML: an undecided visitor gets the banner, with no inline style', async ({ origin }) => {
  const html = await (await fetch(origin)).text();
  assert.ok(html.includes('We use cookies'), 'the banner is in the server HTML');
  assert.ok(html.includes('Analytics: <strong>off</strong>'), 'nothing granted');
  assert.ok(!/<iframe/.test(html), 'no gated iframe');
  assert.ok(!/ style="/.test(html.replace(/<style[\s\S]*?<\/style>/g, '')), 'no inline style attribute');
});

async function visit(browser, origin, cookie, body) {
  const context = await browser.newContext();
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient')));
  if (cookie) await context.addCookies([{ name: COOKIE, value: cookie, url: origin }]);
  const page = await context.newPage();
  const complaints = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') complaints.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => complaints.push(`pageerror: ${e}`));
  try {
    await page.goto(origin, { waitUntil: 'networkidle' });
    await body(page, complaints);
  } finally {
    await context.close();
  }
}

const noHydrationComplaint = (complaints) => {
  const real = complaints.filter((c) => !c.includes('net::ERR_BLOCKED_BY_CLIENT') && !c.includes('Failed to load resource'));
  assert.deepEqual(real, [], 'no warning or error in the console (no hydration mismatch)');
};

test('Chromium: an undecided visitor hydrates without a mismatch; Accept all works; a reload keeps it', async ({ browser, origin }) => {
  await visit(browser, origin, null, async (page, complaints) => {
    await page.getByRole('region', { name: 'We use cookies' }).waitFor();
    noHydrationComplaint(complaints);
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await page.getByRole('region', { name: 'We use cookies' }).waitFor({ state: 'hidden' });
    assert.equal(await page.locator('#status strong').textContent(), 'allowed');
    acceptedCookie = (await page.context().cookies()).find((c) => c.name === COOKIE)?.value ?? null;
    assert.ok(acceptedCookie, 'the choice is stored in the consent cookie');
    await page.reload({ waitUntil: 'networkidle' });
    assert.equal(await page.locator('.ic-banner').count(), 0, 'no banner after the reload');
    assert.equal(await page.locator('#status strong').textContent(), 'allowed');
    noHydrationComplaint(complaints);
  });
});

test('server HTML: a decided visitor (the cookie stored above) never gets the banner', async ({ origin }) => {
  assert.ok(acceptedCookie, 'needs the cookie from the previous test');
  const html = await (await fetch(origin, { headers: { cookie: `${COOKIE}=${acceptedCookie}` } })).text();
  assert.ok(!html.includes('We use cookies'), 'no banner in the server HTML');
  assert.ok(html.includes('Analytics: <strong>allowed</strong>'), 'the stored grant is rendered');
  assert.ok(/<iframe[^>]+youtube-nocookie/.test(html), 'the granted embed is rendered');
});

test('Chromium: a decided visitor hydrates without a mismatch and never sees the banner', async ({ browser, origin }) => {
  await visit(browser, origin, acceptedCookie, async (page, complaints) => {
    assert.equal(await page.locator('.ic-banner').count(), 0);
    assert.equal(await page.locator('#ads').textContent(), 'Advertising is on.');
    await page.getByRole('button', { name: 'Cookie settings' }).click();
    await page.getByRole('dialog', { name: 'Cookie settings' }).waitFor();
    noHydrationComplaint(complaints);
  });
});

async function main() {
  pack();
  // --prefer-offline: what npm's cache holds is used without asking the registry again (fast, and works offline).
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], here);
  run('npx', ['nuxt', 'build'], here);
  const server = await startServer();
  const browser = await launchChromium();
  let passed = 0;
  let failed = 0;
  try {
    for (const t of tests) {
      try {
        await t.fn({ browser, origin: server.origin });
        passed++;
        console.log(`ok - ${t.name}`);
      } catch (error) {
        failed++;
        console.log(`not ok - ${t.name}`);
        console.log(String(error instanceof Error ? (error.stack ?? error.message) : error).replace(/^/gm, '#   '));
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(`# ${error instanceof Error ? error.message : error}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
