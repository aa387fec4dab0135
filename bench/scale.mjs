#!/usr/bin/env node
// Scale: a config with 200 services and a page with 500 gated elements (450 inline scripts, 50 images),
// in Chromium: init (create + mount), activate all on accept, revoke all; and hasConsent calls per second
// in the page and in Node. vanilla-cookieconsent runs the same config for comparison.
// Usage: node bench/scale.mjs [--loads 5]
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { BENCH_DIR, CHROMIUM, CHROMIUM_ARGS, DIST, fmtRange, ratio, summary, table } from './lib/common.mjs';
import { PAGES_DIR, bundle, html, serve } from './lib/pages.mjs';
import { IMG_COUNT, SCRIPT_COUNT, services } from './pages/src/scale-site.js';

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function markup() {
  const out = [];
  for (let i = 0; i < SCRIPT_COUNT; i++) {
    const s = services[i % services.length];
    out.push(`<script type="text/plain" data-category="${s.category}" data-service="${s.id}">window.__ran=(window.__ran||0)+1</script>`);
  }
  for (let i = 0; i < IMG_COUNT; i++) {
    const s = services[i % services.length];
    out.push(`<img data-src="https://img.example.test/p${i}.gif" data-category="${s.category}" data-service="${s.id}" width="1" height="1" alt="">`);
  }
  return out.join('\n');
}

async function buildScalePages() {
  const built = [];
  for (const [name, entry, needs] of [
    ['scale-introw', 'scale-introw.js', DIST.core],
    ['scale-vanilla', 'scale-vanilla.js', null],
  ]) {
    if (needs && !existsSync(needs)) continue;
    const dir = join(PAGES_DIR, name);
    mkdirSync(dir, { recursive: true });
    await bundle(join(BENCH_DIR, 'pages/src', entry), join(dir, 'app.js'));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'index.html'), html({ title: name, scripts: ['app.js'], gated: 'none', extra: markup() }));
    built.push(name);
  }
  return built;
}

/** hasConsent calls per second in Node (no DOM), 200-service config, after acceptAll. */
export async function nodeHasConsentRate() {
  if (!existsSync(DIST.core)) return null;
  const core = await import(pathToFileURL(DIST.core).href);
  const config = core.defineConsentConfig({
    revision: 1,
    categories: { necessary: { required: true }, functional: {}, analytics: {}, advertising: {} },
    services: Object.fromEntries(services.map((s) => [s.id, { category: s.category, cookies: [{ name: `${s.id}_id`, duration: { days: 1 }, purpose: 'x' }] }])),
  });
  const consent = core.createConsentManager(config, { storage: core.memoryStorage(), crossTab: false });
  consent.acceptAll();
  const ids = [...services.map((s) => s.id), 'functional', 'analytics', 'advertising', 'unknown'];
  let calls = 0;
  let sink = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 500) {
    for (let k = 0; k < 10_000; k++) sink += consent.hasConsent(ids[(calls + k) % ids.length]) ? 1 : 0;
    calls += 10_000;
  }
  globalThis.__sink = sink;
  return (calls / (performance.now() - t0)) * 1000;
}

export async function runScale({ loads = 5, log = () => {} } = {}) {
  const nodeRate = await nodeHasConsentRate();
  if (!existsSync(CHROMIUM)) return { unavailable: `Chromium not found at ${CHROMIUM}`, nodeRate };
  const built = await buildScalePages();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const results = {};
  try {
    for (let i = 0; i < loads; i++) {
      for (const name of built) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await context.route(
          (u) => u.hostname !== '127.0.0.1',
          (route) => route.fulfill({ status: 200, contentType: 'image/gif', body: GIF }),
        );
        const r = {};
        try {
          await page.goto(`${server.origin}/${name}/`, { waitUntil: 'load' });
          await page.evaluate(() => window.__scale.ready);
          r.initMs = await page.evaluate(() => window.__scale.initMs);
          const a = await page.evaluate(() => window.__scale.activate());
          r.activateSyncMs = a.syncMs;
          r.activateMs = a.totalMs;
          const v = await page.evaluate(() => window.__scale.revoke());
          r.revokeMs = v.ms;
          r.left = v;
          r.hasPerSec = await page.evaluate(() => window.__scale.hasRate());
        } catch (error) {
          r.error = error.message.split('\n')[0];
          log(`  ${name} load ${i + 1}: ${r.error}`);
        }
        results[name] ??= [];
        results[name].push(r);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { results, nodeRate };
}

export function scaleTable({ results, nodeRate }) {
  const s = (name, key) => summary((results?.[name] ?? []).filter((r) => !r.error).map((r) => r[key]));
  const rows = [
    ['init: create + mount (ms)', 'initMs', 2],
    ['accept all: call returns (ms)', 'activateSyncMs', 2],
    ['accept all: every element active (ms)', 'activateMs', 2],
    ['revoke all: reject after accept (ms)', 'revokeMs', 2],
  ].map(([label, key, d]) => [
    label,
    fmtRange(s('scale-introw', key), d),
    fmtRange(s('scale-vanilla', key), d),
    ratio(s('scale-introw', key).median, s('scale-vanilla', key).median),
  ]);
  const rate = (x) => (Number.isFinite(x) ? `${(x / 1e6).toFixed(1)} M/s` : 'n/a');
  rows.push([
    'hasConsent / acceptedService calls per second (Chromium)',
    rate(s('scale-introw', 'hasPerSec').median),
    rate(s('scale-vanilla', 'hasPerSec').median),
    ratio(s('scale-vanilla', 'hasPerSec').median, s('scale-introw', 'hasPerSec').median),
  ]);
  rows.push(['hasConsent calls per second (Node, no DOM)', rate(nodeRate), '–', '']);
  const n = (name) => (results?.[name] ?? []).filter((r) => !r.error).length;
  const last = (name) => (results?.[name] ?? []).filter((r) => !r.error).at(-1)?.left;
  const li = last('scale-introw');
  const lv = last('scale-vanilla');
  const left = (l) =>
    l
      ? `cookies left ${l.cookiesLeft}/100, storage keys left ${l.keysLeft}/200${l.imgsLeft === null ? ', images not gated' : `, images still loaded ${l.imgsLeft}/50`}`
      : 'n/a';
  return `${table(['200 services, 500 gated elements (median (min–max))', `@introw/consent-core (n=${n('scale-introw')})`, `vanilla-cookieconsent (n=${n('scale-vanilla')})`, 'ours ÷ vanilla (time; for calls/s: vanilla ÷ ours)'], rows, ['l', 'r', 'r', 'r'])}

After revoke all: ours: ${left(li)}; vanilla-cookieconsent: ${left(lv)}.`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--loads');
  const res = await runScale({ loads: i > 0 ? Number(process.argv[i + 1]) : 5, log: (m) => console.error(m) });
  if (res.unavailable) console.log(res.unavailable);
  console.log(scaleTable(res));
}
