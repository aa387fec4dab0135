// Chromium tests of core's browser side (issue 4): script and embed gating, revocation,
// Google Consent Mode. Real Chromium via playwright-core, pages served from a loopback server
// under app.example.test / other.example.test (host-resolver rules), cookies verified against
// the browser's cookie jar (R32). Prints `ok - name` / `not ok - name` per test and ends with
// `N passed, M failed`; exits non-zero on failure.
//
//   node packages/core/browser-tests/run.mjs            (builds core from src first, ~2 s)
//   node packages/core/browser-tests/run.mjs order csp  (only tests whose name contains a word)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../../../e2e/chromium.mjs';
import { report, runTests } from '../../../e2e/runner.mjs';
import { startServer } from './server.mjs';
import { makeConfig } from './fixtures/config.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkg = path.resolve(here, '..');
const DAY = 86_400_000;

// ---- build -------------------------------------------------------------------------------------
// The shared dist is built when missing (`npx tsup`). The pages are served a private ESM build
// of the current src in a temp dir, so the tests never run stale code and a concurrent
// `tsup` (its `clean` empties dist for a moment) cannot break a page load.
const distEntry = path.join(pkg, 'dist', 'index.js');
if (!existsSync(distEntry)) {
  console.error('# building @introw/consent-core (npx tsup)');
  execFileSync('npx', ['tsup'], { cwd: pkg, stdio: ['ignore', 'ignore', 'inherit'] });
}
const distDir = mkdtempSync(path.join(tmpdir(), 'introw-consent-browser-'));
// The pages load this build unbundled, so `process.env.NODE_ENV` (the dev-only guards) is
// defined at build time, as a site's bundler does: a development build, with its warnings.
execFileSync('npx', ['tsup', '--out-dir', distDir, '--format', 'esm', '--no-dts', '--env.NODE_ENV', 'development'], {
  cwd: pkg,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const core = await import(pathToFileURL(path.join(distDir, 'index.js')).href);

// ---- server and browser ----------------------------------------------------------------------
const server = await startServer({
  distDir,
  // The published build itself (dist/, as `pnpm build` leaves it), for the plain-ES-modules test.
  pkgDir: path.join(pkg, 'dist'),
  fixturesDir: path.join(here, 'fixtures'),
  headSnippet: (query) => core.consentModeHeadSnippet(makeConfig(query)),
});
const browser = await launchChromium({ args: ['--host-resolver-rules=MAP *.example.test 127.0.0.1'] });
const origin = (host) => `http://${host}.example.test:${server.port}`;
const at = (host, pathAndQuery) => `${origin(host)}${pathAndQuery}`;

// ---- helpers ---------------------------------------------------------------------------------
/** Opens a fixture page and waits for its harness; collects revocation reports and errors across reloads. */
let opened = [];
/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} [url]
 * @param {{ clock?: Parameters<import('playwright-core').Clock['install']>[0] }} [options]
 */
async function open(context, url, { clock } = {}) {
  const page = await context.newPage();
  const seen = { reports: [], pageErrors: [], console: [], loads: 0 };
  opened.push(seen);
  await page.exposeFunction('__report', (kind, json) => seen.reports.push({ kind, ...JSON.parse(json) }));
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('console', (message) => seen.console.push(`${message.type()}: ${message.text()}`));
  page.on('load', () => seen.loads++);
  if (clock) await page.clock.install(clock);
  if (url) await goto(page, url);
  return { page, seen };
}
async function goto(page, url) {
  await page.goto(url);
  if (url.includes('.html') && !url.includes('blank.html')) await page.waitForFunction(() => window.__ready === true);
}
// Conditions, not fixed times: the generous timeout only turns a hang into a failure on a busy machine.
const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 60_000, polling: 50 });
const log = (page) => page.evaluate(() => window.__log);
/** Two macrotasks in the page: every microtask and task the library queued before (gating, observers) has run. */
const settled = (page) => page.evaluate(() => new Promise((r) => setTimeout(() => setTimeout(r, 0), 0)));
/**
 * The on-demand withdrawal module was fetched since request `since` (the server's log: a test's
 * fake clock also fakes the page's `performance`) and has started (in the task its import resolves in).
 */
const withdrawalsStarted = async (page, since) => {
  const deadline = Date.now() + 60_000;
  while (!server.requests.slice(since).some((r) => /^\/dist\/browser\/withdrawals\.js$/.test(r.path))) {
    if (Date.now() > deadline) throw new Error('the withdrawal module was not requested within 60 s');
    await new Promise((r) => setTimeout(r, 20)); // polling the server's log, not a fixed wait
  }
  await until(page, () => window.__ready === true);
  await settled(page);
};
/** `dataLayer` as plain data: gtag commands as `{ args }` (only when pushed as an arguments object), the rest as `{ object }`. */
const dataLayer = (page) =>
  page.evaluate(() =>
    (window.dataLayer || []).map((e) =>
      Object.prototype.toString.call(e) === '[object Arguments]' ? { args: Array.from(e).map((x) => (x instanceof Date ? 'Date' : x)) } : { object: e },
    ),
  );
const commandIndex = (dl, a, b) => dl.findIndex((e) => e.args && e.args[0] === a && (b === undefined || e.args[1] === b));
const count = (dl, a, b) => dl.filter((e) => e.args && e.args[0] === a && e.args[1] === b).length;
const TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage'];
const allTypes = (value) => Object.fromEntries(TYPES.map((t) => [t, t === 'security_storage' ? 'granted' : value]));
const jarHas = (jar, name, domain, cookiePath) =>
  jar.some((c) => c.name === name && (domain === undefined || c.domain === domain) && (cookiePath === undefined || c.path === cookiePath));
const names = (jar) => jar.map((c) => `${c.name}@${c.domain}${c.path}`).sort();
/**
 * The context's cookie jar once `ready(jar)` holds (polled every 50 ms, at most 60 s, then the last
 * jar): cookies a page writes through `document.cookie` reach the browser's store asynchronously,
 * so a jar read at once can lag behind the page (seen on a busy machine: 52 of 100 just written).
 */
async function jarWhen(context, ready) {
  const deadline = Date.now() + 60_000;
  let jar = await context.cookies();
  while (!ready(jar) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    jar = await context.cookies();
  }
  return jar;
}
let mark = 0; // requests before the current test are not its own
const requested = (pathPrefix) => server.requests.slice(mark).filter((r) => r.path.startsWith(pathPrefix));

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

// ---- revocation (R13, R27, R28, R32) ---------------------------------------------------------
test('R13 R28 R32: withdrawal deletes _ga host-only and on .example.test (paths / and /app) and _ga_ABC123; _ga on other.example.test, the consent cookie and strictly necessary cookies stay', async (context) => {
  const { page, seen } = await open(context, at('other', '/blank.html'));
  await page.evaluate(() => {
    document.cookie = '_ga=other-host; Path=/';
  });
  await goto(page, at('app', '/blog/blank.html'));
  await page.evaluate(() => {
    document.cookie = '_gid=configured-path; Path=/blog';
  });
  await goto(page, at('app', '/app/revoke.html?reload=0'));
  await page.click('#accept');
  await page.evaluate(async () => {
    for (const c of [
      '_ga=h1; Path=/',
      '_ga=h2; Path=/app',
      '_ga=d1; Path=/; Domain=example.test',
      '_ga=d2; Path=/app; Domain=example.test',
      '_ga_ABC123=h; Path=/',
      '_ga_ABC123=d; Path=/app; Domain=example.test',
      '__cflb=necessary; Path=/; Domain=example.test',
      'session.0=necessary-chunk; Path=/',
      'hubspotutk=1; Path=/',
      '__hstc=1; Path=/; Domain=example.test',
      '_hjSession_1=1; Path=/',
      'ajs_anonymous_id=1; Path=/',
    ])
      document.cookie = c;
    await fetch('/set-httponly');
    localStorage.setItem('ajs_user_id', 'u');
    localStorage.setItem('_hjTLDTest', '1');
    localStorage.setItem('unrelated', 'keep');
    sessionStorage.setItem('_hjSession_1', 's');
  });
  const before = await jarWhen(context, (jar) => jar.filter((c) => c.name === '_ga').length === 5 && jarHas(jar, '_gid'));
  assert.equal(before.filter((c) => c.name === '_ga').length, 5, `setup: ${names(before)}`);
  assert.ok(jarHas(before, '_gid', 'app.example.test', '/blog'));
  assert.ok(jarHas(before, 'hs_http') && before.find((c) => c.name === 'hs_http').httpOnly);

  await page.click('#reject');
  await until(page, () => window.__events.revocation.length === 1);
  const GONE = ['_ga_ABC123', '_gid', 'hubspotutk', '__hstc', '_hjSession_1', 'ajs_anonymous_id'];
  const jar = await jarWhen(context, (j) => j.every((c) => !GONE.includes(c.name) && (c.name !== '_ga' || c.domain === 'other.example.test')));
  const left = names(jar);
  assert.deepEqual(
    jar.filter((c) => c.name === '_ga').map((c) => `${c.domain}${c.path}`),
    ['other.example.test/'],
    `only other.example.test keeps _ga: ${left}`,
  );
  for (const gone of GONE) assert.ok(!jarHas(jar, gone), `${gone} deleted: ${left}`);
  assert.ok(jarHas(jar, 'introw_consent', 'app.example.test', '/'), 'consent cookie kept');
  assert.ok(jarHas(jar, '__cflb', '.example.test', '/'), 'strictly necessary cookie kept although the greedy pattern ^__?c matches it');
  assert.ok(jarHas(jar, 'session.0'), 'strictly necessary chunk cookie kept');
  assert.ok(jarHas(jar, 'hs_http'), 'HttpOnly cookie cannot be deleted by script (R27)');

  const [event] = await page.evaluate(() => window.__events.revocation);
  assert.equal(event.trigger, 'change');
  assert.equal(event.needsReload, false);
  assert.ok(event.deletedCookies.includes('_ga') && event.deletedCookies.includes('_ga_ABC123'), JSON.stringify(event.deletedCookies));
  assert.ok(!event.deletedCookies.includes('_gid'), 'not visible here, so not reported as seen-and-deleted');
  assert.deepEqual(
    event.notRemovable.filter((n) => n.reason !== 'still-present'),
    [
      { service: 'hubspot', cookie: 'hs_http', reason: 'http-only' },
      { service: 'googleAds', cookie: 'IDE', reason: 'third-party' },
    ],
  );
  assert.deepEqual(
    event.notRemovable.filter((n) => n.reason === 'still-present'),
    [],
  );
  assert.deepEqual(await page.evaluate(() => window._hsq), [['doNotTrack']], 'HubSpot onRevoke hook (R20)');
  assert.deepEqual(
    await page.evaluate(() => [
      localStorage.getItem('ajs_user_id'),
      localStorage.getItem('_hjTLDTest'),
      localStorage.getItem('unrelated'),
      sessionStorage.getItem('_hjSession_1'),
    ]),
    [null, null, 'keep', null],
  );
  assert.deepEqual(seen.pageErrors, []);
});

test('R13: declared names with ".", "*" and "|" are compared literally in the real cookie jar', async (context) => {
  const { page } = await open(context, at('app', '/revoke.html?reload=0'));
  await page.click('#accept');
  await page.evaluate(() => {
    for (const n of ['a.b*c|d', 'aXbYcZd', 'x*', 'xxx', 'x', 'p|q', 'p', 'q']) document.cookie = `${n}=1; Path=/`;
  });
  await page.click('#reject');
  await until(page, () => window.__events.revocation.length === 1);
  const left = (await context.cookies())
    .map((c) => c.name)
    .filter((n) => n !== 'introw_consent')
    .sort();
  assert.deepEqual(left, ['aXbYcZd', 'p', 'q', 'x', 'xxx']);
});

test('R10 R30 issue 11: only the scope the site writes counts: after the consent cookie moves to the parent domain, the host-only copy is swept (asked again); the new choice is the one cookie left and survives reloads', async (context) => {
  const first = await open(context, at('app', '/app/revoke.html?reload=0'));
  await first.page.click('#accept');
  let jar = await context.cookies();
  assert.deepEqual(
    jar.filter((c) => c.name === 'introw_consent').map((c) => c.domain),
    ['app.example.test'],
  );
  await first.page.close();
  const moved = await open(context, at('app', '/app/revoke.html?reload=0&cdomain=example.test'));
  // A copy outside the scope the site writes cannot be told from one a sibling planted: no decision.
  assert.equal(await moved.page.evaluate(() => window.consent.getSnapshot().decided), false);
  jar = await context.cookies();
  assert.deepEqual(
    jar.filter((c) => c.name === 'introw_consent'),
    [],
    'the old host-only copy is gone',
  );
  await moved.page.click('#reject');
  jar = await context.cookies();
  const copies = jar.filter((c) => c.name === 'introw_consent');
  assert.deepEqual(
    copies.map((c) => c.domain),
    ['.example.test'],
    JSON.stringify(copies),
  );
  assert.match(copies[0].value, /\.r\.\d\./);
  assert.equal(await moved.page.evaluate(() => window.consent.getSnapshot().persisted), true);
  await moved.page.reload();
  await until(moved.page, () => window.__ready === true);
  assert.equal(await moved.page.evaluate(() => window.consent.getSnapshot().method), 'reject-all');
});

test('R13: reset() withdraws too: _ga gone, banner state back', async (context) => {
  const { page } = await open(context, at('app', '/app/revoke.html?reload=0'));
  await page.click('#accept');
  await page.evaluate(() => {
    document.cookie = '_ga=1; Path=/; Domain=example.test';
  });
  await page.evaluate(() => window.consent.reset());
  await until(page, () => window.__events.revocation.length === 1);
  const jar = await context.cookies();
  assert.ok(!jarHas(jar, '_ga'), names(jar).join());
  assert.equal(await page.evaluate(() => window.consent.getSnapshot().decided), false);
});

test('R11 R13: a decision that lapses while the page is open is revoked at once (timer), cookies deleted', async (context) => {
  const { page } = await open(context, null, { clock: {} });
  await goto(page, at('app', '/app/revoke.html?reload=0&days=1&cm=1'));
  await page.click('#accept');
  await page.evaluate(() => {
    document.cookie = '_ga=1; Path=/; Domain=example.test';
    document.cookie = '_ga_ABC123=1; Path=/app';
  });
  await page.clock.fastForward(DAY - 60_000);
  assert.equal(await page.evaluate(() => window.consent.getSnapshot().decided), true, 'still valid a minute before');
  await page.clock.fastForward(120_000);
  await until(page, () => window.__events.revocation.length === 1);
  const event = (await page.evaluate(() => window.__events.revocation))[0];
  assert.equal(event.trigger, 'change');
  assert.ok(event.revoked.includes('googleAnalytics'));
  const jar = await context.cookies();
  assert.ok(!jarHas(jar, '_ga') && !jarHas(jar, '_ga_ABC123'), names(jar).join());
  const dl = await dataLayer(page);
  assert.deepEqual(dl.at(-1).args, ['consent', 'update', allTypes('denied')], 'lapse pushes a denied update (R13)');
});

test('R11 R13: at load, what the previous page granted and this one does not (lapsed decision, new revision) is swept', async (context) => {
  const first = await open(context, at('app', '/app/revoke.html?reload=0&days=1'));
  await first.page.click('#accept');
  await first.page.evaluate(() => {
    document.cookie = '_ga=1; Path=/; Domain=example.test';
    localStorage.setItem('ajs_user_id', 'u');
  });
  // The withdrawal module (on demand) has noted what this page grants.
  await until(first.page, () => (localStorage.getItem('introw_consent:granted') ?? '').includes('googleAnalytics'));
  await first.page.close();
  // Two days later the decision has lapsed; the previous page had consent.
  const later = await open(context, null, { clock: { time: Date.now() + 2 * DAY } });
  await goto(later.page, at('app', '/app/revoke.html?reload=0&days=1'));
  await until(later.page, () => window.__events.revocation.length === 1);
  const event = (await later.page.evaluate(() => window.__events.revocation))[0];
  assert.equal(event.trigger, 'load');
  assert.equal(event.needsReload, false);
  assert.deepEqual(event.deletedCookies, ['_ga']);
  assert.ok(!jarHas(await context.cookies(), '_ga'));
  assert.equal(await later.page.evaluate(() => localStorage.getItem('ajs_user_id')), null);
  assert.equal(await later.page.evaluate(() => window.consent.getSnapshot().decided), false);
  await later.page.close();

  // A new revision of the cookie statement: the old choice no longer counts.
  const again = await open(context, at('app', '/app/revoke.html?reload=0&days=1'));
  await again.page.click('#accept');
  await until(again.page, () => (localStorage.getItem('introw_consent:granted') ?? '').includes('googleAnalytics'));
  await again.page.evaluate(() => {
    document.cookie = '_ga=2; Path=/';
  });
  await goto(again.page, at('app', '/app/revoke.html?reload=0&days=1&rev=2'));
  await until(again.page, () => window.__events.revocation.length === 1);
  assert.equal((await again.page.evaluate(() => window.__events.revocation))[0].trigger, 'load');
  assert.ok(!jarHas(await context.cookies(), '_ga'));
  // And nothing left to sweep on the next page.
  const since = server.requests.length;
  await goto(again.page, at('app', '/app/revoke.html?reload=0&days=1&rev=2'));
  await withdrawalsStarted(again.page, since); // it sweeps again, quietly: nothing is left
  assert.equal(await again.page.evaluate(() => window.__events.revocation.length), 0);
});

// ---- reload on revoke (R13) -------------------------------------------------------------------
test("R13: reloadOnRevoke reloads exactly once when a withdrawn service's script ran on the page", async (context) => {
  const { page, seen } = await open(context, at('app', '/reload.html'));
  await page.click('#accept');
  await until(page, () => window.__log.includes('hotjar ran') && window.__log.includes('analytics ran'));
  assert.equal(seen.loads, 1);
  // Two withdrawals in one go: hotjar (its script ran), then the analytics category (its script ran too).
  await page.evaluate(() => {
    window.consent.save({ categories: { analytics: true }, services: { hotjar: false } });
    window.consent.rejectAll();
  });
  // The reloaded page's load-time sweep is the last report; a second reload would come before it.
  await until(page, () => window.__ready === true && window.__events.revocation.length === 1);
  await settled(page);
  assert.equal(seen.loads, 2, 'exactly one reload');
  const reports = seen.reports.filter((r) => r.kind === 'revocation');
  assert.deepEqual(
    reports.map((r) => [r.trigger, r.needsReload, r.reloading]),
    [
      ['change', true, true], // hotjar withdrawn: reload scheduled
      ['change', true, false], // analytics withdrawn in the same turn: no second reload
      ['load', false, false], // the reloaded page sweeps once more what a still-running script may have rewritten
    ],
    JSON.stringify(reports),
  );
  assert.deepEqual(await log(page), [], 'after the reload the withdrawn scripts do not run');
});

test('R13: with reloadOnRevoke off, needsReload is exposed and the page is not reloaded', async (context) => {
  const { page, seen } = await open(context, at('app', '/reload.html?reload=0'));
  await page.click('#accept');
  await until(page, () => window.__log.includes('hotjar ran'));
  await page.click('#reject');
  await until(page, () => window.__events.revocation.length === 1);
  await settled(page); // a reload would be scheduled right after the sweep and interrupt this
  assert.equal(seen.loads, 1);
  const [event] = await page.evaluate(() => window.__events.revocation);
  assert.equal(event.needsReload, true);
  assert.equal(event.reloading, false);
});

// ---- script gating -----------------------------------------------------------------------------
test('R1: order: delayed external (500 ms), inline using it, 404, inline, ... all run in document order; async ones neither wait nor block', async (context) => {
  const { page, seen } = await open(context, at('app', '/order.html'));
  await settled(page); // gating has started (the task after mount)
  assert.deepEqual(await log(page), [], 'nothing runs before a choice');
  assert.equal(requested('/js/').filter((r) => r.host.startsWith('app.')).length, 0, 'and nothing is requested');
  await page.click('#accept');
  await until(page, () => window.__log.includes('async-very-slow') && window.__log.includes('inline last'));
  const order = await log(page);
  const ordered = order.filter((x) => !x.startsWith('async'));
  assert.deepEqual(ordered, ['lib', 'inline uses lib', 'inline after 404', 'external-2', 'external-3', 'inline last']);
  assert.ok(order.indexOf('async-fast') < order.indexOf('lib'), `async-fast did not wait for the 500 ms library: ${order}`);
  assert.equal(order.at(-1), 'async-very-slow', `nothing waited for the slow async script: ${order}`);
  assert.equal(requested('/missing.js').length, 1);
  assert.deepEqual(seen.pageErrors, []);
});

test('scripts: every original attribute kept and none added (async, defer, integrity, crossorigin, referrerpolicy, nonce via property); data-type="module" runs as a module', async (context) => {
  const { page } = await open(context, at('app', '/attrs.html'));
  await page.click('#accept');
  await until(page, () => window.__log.length === 4);
  assert.deepEqual((await log(page)).sort(), ['external module: import.meta string', 'inline hotjar', 'inline module: import.meta string', 'integrity'].sort());
  const diffs = await page.evaluate(() =>
    ['ext', 'mod', 'inl', 'inlmod'].map((id) => {
      const placeholder = /** @type {HTMLScriptElement} */ (document.getElementById(id));
      const copy = /** @type {HTMLScriptElement} */ (placeholder.nextElementSibling);
      const attrs = (el) => Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value]));
      const expected = attrs(placeholder);
      delete expected.type;
      if (placeholder.dataset.type) expected.type = placeholder.dataset.type;
      return { id, tag: copy.tagName, expected, actual: attrs(copy), nonce: [placeholder.nonce, copy.nonce], async: copy.async, defer: copy.defer };
    }),
  );
  for (const d of diffs) {
    assert.equal(d.tag, 'SCRIPT');
    assert.deepEqual(d.actual, d.expected, d.id);
    assert.ok(d.nonce[0] && d.nonce[0] === d.nonce[1], `${d.id}: nonce passed on`);
  }
  const ext = diffs.find((d) => d.id === 'ext');
  assert.equal(ext.defer, true);
  assert.equal(diffs.find((d) => d.id === 'inl').async, true);
  assert.equal(diffs.find((d) => d.id === 'mod').actual.type, 'module');
  const [integrityRequest] = requested('/js/log.js?v=integrity');
  assert.equal(integrityRequest.referer, undefined, 'referrerpolicy="no-referrer" honoured');
  assert.ok(requested('/js/module.js')[0].referer, 'a script without referrerpolicy sends a referrer');
});

test('scripts: run exactly once per page load (accept after accept, re-save, remount); elements added later are gated and run at once with consent', async (context) => {
  const { page } = await open(context, at('app', '/attrs.html'));
  await page.evaluate(() => {
    // The page's own code renders placeholders with its nonce (markup without it is not trusted).
    const nonce = document.scripts[0].nonce;
    document.getElementById('spa').innerHTML =
      `<script type="text/plain" nonce="${nonce}" data-category="analytics">window.__log.push("injected before consent")</script>`;
  });
  await settled(page);
  assert.deepEqual(await log(page), []);
  /** Executable copies the library inserted (they keep data-category, lose type="text/plain"). */
  const copies = () => page.evaluate(() => document.querySelectorAll('script[data-category]:not([type="text/plain"])').length);
  assert.equal(await copies(), 0);
  await page.click('#accept');
  await until(page, () => window.__log.length === 5);
  await page.click('#accept');
  await page.evaluate(() => {
    window.consent.save({ categories: { analytics: true, functional: true, advertising: true } });
    window.remount();
    window.remount();
  });
  await settled(page);
  assert.equal(await copies(), 5, 'each placeholder activated once');
  assert.equal((await log(page)).length, 5, `ran once: ${await log(page)}`);
  await page.evaluate(() => {
    const div = document.createElement('div');
    const nonce = document.scripts[0].nonce;
    div.innerHTML =
      `<script type="text/plain" nonce="${nonce}" data-category="analytics">window.__log.push("injected after consent")</` +
      `script><script type="text/plain" nonce="${nonce}" data-category="advertising" src="/js/log.js?v=injected-external"></` +
      'script>';
    document.body.append(div); // SPA navigation
  });
  await until(page, () => window.__log.includes('injected after consent') && window.__log.includes('injected-external'));
  await settled(page);
  assert.equal(await copies(), 7);
  const final = await log(page);
  assert.equal(final.filter((x) => x.startsWith('injected')).length, 3, final.join());
});

test('CSP script-src \'nonce-…\': after "Accept all" the gated inline and module scripts ran and zero securitypolicyviolation events fired', async (context) => {
  const { page, seen } = await open(context, at('app', '/csp.html'));
  assert.deepEqual(await log(page), []);
  await page.click('#accept');
  await until(page, () => window.__log.length === 4);
  assert.deepEqual((await log(page)).sort(), ['external', 'external module: import.meta string', 'inline', 'inline module'].sort());
  await until(page, () => /** @type {HTMLIFrameElement | null} */ (document.querySelector('iframe[src]'))?.contentDocument?.readyState === 'complete');
  await settled(page); // securitypolicyviolation events are queued as tasks
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(
    seen.console.filter((m) => /Content Security Policy|Refused/.test(m)),
    [],
  );
  assert.deepEqual(seen.pageErrors, []);
});

// ---- embed gating --------------------------------------------------------------------------------
test('R1 R13: embeds get src only with consent, only http(s) (others blocked with a warning), and lose it on withdrawal', async (context) => {
  const { page, seen } = await open(context, at('app', '/embeds.html?reload=0'));
  await settled(page); // gating has started (the task after mount)
  const srcs = () =>
    page.evaluate(() => Object.fromEntries(['frame', 'img', 'source', 'bad', 'data'].map((id) => [id, document.getElementById(id).getAttribute('src')])));
  assert.deepEqual(await srcs(), { frame: null, img: null, source: null, bad: null, data: null });
  assert.equal(requested('/frame.html').length + requested('/img.gif').length, 0, 'no embed request before consent');
  await page.click('#accept');
  await until(
    page,
    () => /** @type {HTMLIFrameElement} */ (document.getElementById('frame')).contentDocument?.getElementById('content')?.textContent === 'embedded video',
  );
  await until(
    page,
    () =>
      /** @type {HTMLImageElement} */ (document.getElementById('img')).complete &&
      /** @type {HTMLImageElement} */ (document.getElementById('img')).naturalWidth === 1,
  );
  const granted = await srcs();
  assert.equal(granted.frame, '/frame.html?id=video');
  assert.equal(granted.img, '/img.gif?id=pixel');
  assert.equal(granted.source, '/img.gif?id=media');
  assert.equal(granted.bad, null);
  assert.equal(granted.data, null);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.ok(
    seen.console.some((m) => m.startsWith('warning') && m.includes('javascript:parent.__pwned') && m.includes('only http(s) URLs')),
    seen.console.join('\n'),
  );
  assert.ok(seen.console.some((m) => m.startsWith('warning') && m.includes('data:image/gif')));
  await page.click('#reject');
  await until(page, () => !(/** @type {HTMLIFrameElement} */ (document.getElementById('frame')).hasAttribute('src')));
  assert.deepEqual(await srcs(), { frame: null, img: null, source: null, bad: null, data: null });
  await until(page, () => /** @type {HTMLIFrameElement} */ (document.getElementById('frame')).contentWindow.location.href === 'about:blank');
  assert.equal(await page.evaluate(() => /** @type {HTMLIFrameElement} */ (document.getElementById('frame')).contentDocument.body?.textContent ?? ''), '');
});

// ---- Google Consent Mode (R16-R20) -------------------------------------------------------------
test('R16 R17: dataLayer order without a stored choice: default first, then one update per action before the gated Google tag', async (context) => {
  const { page } = await open(context, at('app', '/gtag.html?cm=1&reload=0'));
  await until(page, () => (window.dataLayer || []).some((e) => e.event === 'page_ready'));
  let dl = await dataLayer(page);
  assert.deepEqual(dl[0], { args: ['consent', 'default', allTypes('denied')] });
  assert.equal(count(dl, 'consent', 'update'), 0, 'no update without a choice');
  assert.equal(commandIndex(dl, 'config'), -1, 'gated Google tag not run');
  await page.click('#accept');
  await until(page, () => window.__log.includes('gtag.js'));
  await until(page, () => (window.dataLayer || []).some((e) => e[0] === 'config'));
  dl = await dataLayer(page);
  assert.equal(count(dl, 'consent', 'default'), 1);
  assert.equal(count(dl, 'consent', 'update'), 1, 'one update for one action');
  const update = commandIndex(dl, 'consent', 'update');
  assert.deepEqual(dl[update].args[2], Object.fromEntries(TYPES.map((t) => [t, 'granted'])));
  assert.ok(update < commandIndex(dl, 'js') && update < commandIndex(dl, 'config'), JSON.stringify(dl));
  assert.ok(update < dl.findIndex((e) => e.object?.event === 'gtag.js loaded'));
  await page.click('#reject');
  await until(page, () => window.dataLayer.filter((e) => e[0] === 'consent' && e[1] === 'update').length === 2);
  dl = await dataLayer(page);
  assert.deepEqual(dl.filter((e) => e.args?.[1] === 'update').at(-1).args[2], allTypes('denied'), 'withdrawal pushes denied');
});

test('R16 R17: dataLayer order with a stored choice: default, then the update at once, then the gated Google tag', async (context) => {
  const { page } = await open(context, at('app', '/gtag.html?cm=1&reload=0'));
  await page.evaluate(() => window.consent.save({ categories: { analytics: true } }));
  await goto(page, at('app', '/gtag.html?cm=1&reload=0'));
  await until(page, () => (window.dataLayer || []).some((e) => e[0] === 'config'));
  const dl = await dataLayer(page);
  assert.deepEqual(dl[0], { args: ['consent', 'default', allTypes('denied')] });
  assert.deepEqual(dl[1], { args: ['consent', 'update', { ...allTypes('denied'), analytics_storage: 'granted' }] });
  assert.equal(count(dl, 'consent', 'default'), 1);
  assert.equal(count(dl, 'consent', 'update'), 1);
  assert.ok(commandIndex(dl, 'js') > 1 && commandIndex(dl, 'config') > 1);
});

test("R16 R19: head snippet (bundle deferred): its default precedes the page's own gtag event, the manager adds no second default, only the update", async (context) => {
  const query = '?cm=1&wait=500&adr=1&reload=0';
  const { page } = await open(context, at('app', `/snippet.html${query}`));
  let dl = await dataLayer(page);
  assert.deepEqual(dl.slice(0, 3), [
    { args: ['consent', 'default', { ...allTypes('denied'), wait_for_update: 500 }] },
    { args: ['set', 'ads_data_redaction', true] },
    { args: ['event', 'early_page_event'] },
  ]);
  assert.equal(count(dl, 'consent', 'default'), 1);
  assert.equal(count(dl, 'set', 'ads_data_redaction'), 1);
  assert.equal(count(dl, 'consent', 'update'), 0);
  await page.click('#accept');
  await until(page, () => window.dataLayer.some((e) => e[0] === 'config'));
  dl = await dataLayer(page);
  assert.ok(commandIndex(dl, 'consent', 'update') < commandIndex(dl, 'config'));
  await goto(page, at('app', `/snippet.html${query}`));
  await until(page, () => window.dataLayer.some((e) => e[0] === 'config'));
  dl = await dataLayer(page);
  assert.equal(count(dl, 'consent', 'default'), 1, 'no second default');
  assert.deepEqual(
    dl.filter((e) => e.args).map((e) => e.args.slice(0, 2)),
    [
      ['consent', 'default'],
      ['set', 'ads_data_redaction'],
      ['event', 'early_page_event'],
      ['consent', 'update'],
      ['config', 'G-TEST'],
    ],
  );
});

// ---- tests in their own modules -------------------------------------------------------------------
const helpers = { core, server, open, goto, until, settled, log, at, origin, jarHas, names, jarWhen, requested, DAY };
for (const file of ['./security.tests.mjs', './scale.tests.mjs', './esm.tests.mjs']) (await import(file)).register(test, helpers);

// ---- run -----------------------------------------------------------------------------------------
const only = process.argv.slice(2);
const results = await runTests(
  tests,
  async (t) => {
    const context = await browser.newContext();
    opened = [];
    mark = server.requests.length;
    try {
      await t.fn(context);
    } finally {
      await context.close().catch(() => {});
    }
  },
  {
    only: (name) => !only.length || only.some((word) => name.toLowerCase().includes(word.toLowerCase())),
    // What the pages of a failed test logged: their errors and console lines.
    details: () => opened.flatMap((o) => [...o.pageErrors.map((e) => `page error: ${e}`), ...o.console.map((c) => `console ${c}`)]),
  },
);
await browser.close();
await server.close();
rmSync(distDir, { recursive: true, force: true });
process.exit(report(results) ? 0 : 1);
