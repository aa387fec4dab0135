#!/usr/bin/env node
// Withdrawal at scale (issue 19): 200 services, 500 gated scripts, 100 declared cookies and 200
// storage keys; after accept all, a real click on a "withdraw" button. Measured from the click
// event's timestamp: the call returning, and "done" (every declared cookie, for core and the control
// also every storage key, gone); the longest task in between. Core, vanilla-cookieconsent and a bare
// control page, 15 fresh contexts each, interleaved, at 1× and 4× CPU throttling.
// Usage: node bench/withdrawal.mjs [--loads 15] [--rates 1,4] [--write]
// (--write replaces the withdrawal section of bench/RESULTS.md.)
// BENCH_CORE_BEFORE=/path/to/core/dist/index.js adds a variant built from another core build (A/B).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { BENCH_DIR, CHROMIUM, CHROMIUM_ARGS, DIST, fmtRange, machine, ratio, summary, table } from './lib/common.mjs';
import { PAGES_DIR, html, serve } from './lib/pages.mjs';
import { SCRIPT_COUNT, services } from './pages/src/withdraw-site.js';

const SECTION_START = '<!-- withdrawal:start -->';
const SECTION_END = '<!-- withdrawal:end -->';

export const WITHDRAW_VARIANTS = {
  'withdraw-introw': { label: '@introw/consent-core', entry: 'withdraw-introw.js', core: DIST.core },
  'withdraw-vanilla': { label: 'vanilla-cookieconsent', entry: 'withdraw-vanilla.js' },
  'withdraw-control': { label: 'control (deletes by name)', entry: 'withdraw-control.js' },
};
if (process.env.BENCH_CORE_BEFORE) {
  WITHDRAW_VARIANTS['withdraw-introw-before'] = { label: 'core (BENCH_CORE_BEFORE)', entry: 'withdraw-introw.js', core: process.env.BENCH_CORE_BEFORE };
}

function markup() {
  return Array.from({ length: SCRIPT_COUNT }, (_, i) => {
    const s = services[i % services.length];
    return `<script type="text/plain" data-category="${s.category}" data-service="${s.id}">window.__ran=(window.__ran||0)+1</script>`;
  }).join('\n');
}

export async function buildPages() {
  const built = [];
  for (const [name, v] of Object.entries(WITHDRAW_VARIANTS)) {
    if (v.core && !existsSync(v.core)) continue;
    const dir = join(PAGES_DIR, name);
    mkdirSync(dir, { recursive: true });
    await esbuild.build({
      entryPoints: [join(BENCH_DIR, 'pages/src', v.entry)],
      outfile: join(dir, 'app.js'),
      bundle: true,
      minify: !process.env.BENCH_NO_MINIFY,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      alias: v.core ? { '@introw/consent-core': v.core } : {},
      logLevel: 'silent',
    });
    writeFileSync(join(dir, 'index.html'), html({ title: name, scripts: ['app.js'], gated: 'none', extra: markup() }));
    built.push(name);
  }
  return built;
}

async function oneLoad(browser, origin, name, rate) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message).slice(0, 200)));
  await context.route(
    (u) => u.hostname !== '127.0.0.1',
    (route) => route.fulfill({ status: 204, body: '' }),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const r = { name, rate };
  try {
    await page.goto(`${origin}/${name}/`, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(() => window.__withdraw, null, { timeout: 30_000 });
    await page.evaluate(() => window.__withdraw.accept());
    await page.evaluate(() => window.__withdraw.arm());
    await page.click('#withdraw');
    Object.assign(
      r,
      await page.evaluate(() =>
        Promise.race([window.__withdraw.result(), new Promise((_, no) => setTimeout(() => no(new Error('not done within 20 s')), 20_000))]),
      ),
    );
    if (errors.length) r.pageErrors = errors;
  } catch (error) {
    r.error = `${error.message.split('\n')[0]}${errors.length ? ` (${errors[0]})` : ''}`;
  }
  await context.close();
  return r;
}

/** `loads` fresh contexts per variant and rate, variants interleaved load by load. */
export async function runWithdrawal({ loads = 15, rates = [1, 4], log = () => {} } = {}) {
  if (!existsSync(CHROMIUM)) return { unavailable: `Chromium not found at ${CHROMIUM}` };
  const built = await buildPages();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const results = {};
  try {
    for (const rate of rates) {
      for (let i = 0; i < loads; i++) {
        for (const name of built) {
          const r = await oneLoad(browser, server.origin, name, rate);
          if (r.error) log(`  ${name} @${rate}× load ${i + 1}: ${r.error}`);
          results[rate] ??= {};
          results[rate][name] ??= [];
          results[rate][name].push(r);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { results, built, loads, rates };
}

/** Per rate: medians (min–max) per variant, and the ratios of core to vanilla-cookieconsent and to the control. */
export function withdrawalTables({ results, built, rates }) {
  const out = [];
  for (const rate of rates) {
    const byName = results[rate] ?? {};
    const ok = (name) => (byName[name] ?? []).filter((r) => !r.error);
    const s = (name, key) => summary(ok(name).map((r) => r[key]));
    const rows = [
      ['click → withdraw call returned (ms)', 'returnMs', 1],
      ['click → done: declared cookies and storage keys gone (ms)', 'doneMs', 1],
      ['longest task from click to done (ms)', 'longestMs', 0],
    ];
    const headers = ['metric: median (min–max)', ...built.map((n) => `${WITHDRAW_VARIANTS[n].label} (n=${ok(n).length})`)];
    const body = rows.map(([label, key, d]) => [label, ...built.map((n) => fmtRange(s(n, key), d))]);
    const leftRow = (key, total) =>
      built.map((n) => {
        const v = ok(n).map((r) => r[key]);
        return v.length ? `${Math.max(...v)}/${total}` : 'n/a';
      });
    body.push(['after done: declared cookies left (max)', ...leftRow('cookies', 100)]);
    body.push(['after done: declared storage keys left (max)', ...leftRow('keys', 200)]);
    body.push([
      'after done: undeclared cookie + key kept (min)',
      ...built.map((n) => (ok(n).length ? `${Math.min(...ok(n).map((r) => r.undeclared))}/2` : 'n/a')),
    ]);
    const failed = built.map((n) => (byName[n] ?? []).filter((r) => r.error).length);
    if (failed.some(Boolean)) body.push(['failed loads', ...failed.map(String)]);
    const ratios = [];
    for (const [key, label] of [
      ['returnMs', 'click → call returned'],
      ['doneMs', 'click → done'],
    ]) {
      const ours = s('withdraw-introw', key).median;
      ratios.push([
        label,
        ratio(ours, s('withdraw-vanilla', key).median),
        ratio(ours, s('withdraw-control', key).median),
        ...(built.includes('withdraw-introw-before') ? [ratio(ours, s('withdraw-introw-before', key).median)] : []),
      ]);
    }
    out.push(`${Number(rate) === 1 ? 'CPU 1× (no throttling)' : `CPU ${rate}× throttled`}

${table(headers, body, ['l', ...built.map(() => 'r')])}

${table(['core ÷ (medians)', 'core ÷ vanilla-cookieconsent', 'core ÷ control', ...(built.includes('withdraw-introw-before') ? ['core ÷ core before'] : [])], ratios, ['l', 'r', 'r', 'r'])}`);
  }
  return out.join('\n\n');
}

/** The RESULTS.md section (between markers, so `--write` can replace it alone). */
export function withdrawalSection(res, facts) {
  const body = res.unavailable
    ? res.unavailable
    : `Measured with \`node bench/withdrawal.mjs\` (also part of \`pnpm bench\`)${facts ? `: ${facts}` : ''}.

Pages in \`bench/pages/src/withdraw-*.js\`: a config with 200 services in 3 categories (each declaring a cookie name, a
cookie pattern and a storage key), 500 gated inline scripts. Each load: accept all, wait until the 500 scripts ran (and
for core until the withdrawal module loaded at idle, as for a visitor who withdraws later), plant 100 of the declared
cookies on \`/\` and the 200 declared storage keys plus one undeclared cookie and key, then a real click on a
"withdraw" button whose handler calls \`rejectAll()\` (core, \`reloadOnRevoke: false\`), \`acceptCategory([])\`
(vanilla-cookieconsent) or, on the control page, deletes the same 100 cookies and 200 keys by name. From the click
event's timestamp: the call returning, and done = the library says so (core: the \`revocation\` event; the others:
the call returned) and a check finds every declared cookie gone, and for core and the control every declared storage
key (vanilla-cookieconsent does not delete storage keys: its done is the cookies gone, its keys stay). Longest task:
\`longtask\` entries overlapping click → done. ${res.loads} fresh contexts per variant and rate, variants interleaved.

${withdrawalTables(res)}`;
  return `${SECTION_START}\n## Withdrawal at scale\n\n${body}\n${SECTION_END}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, dflt) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : dflt);
  const loadNow = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ');
  const before = loadNow();
  const m = machine();
  const res = await runWithdrawal({ loads: Number(arg('loads', 15)), rates: arg('rates', '1,4').split(',').map(Number), log: (x) => console.error(x) });
  const facts = `${m.date}, ${m.cpu}, ${m.chromium}, load average before / after ${before} → ${loadNow()}`;
  console.log(res.unavailable ?? `${facts}\n\n${withdrawalTables(res)}`);
  if (process.argv.includes('--write')) {
    const file = join(BENCH_DIR, 'RESULTS.md');
    const md = readFileSync(file, 'utf8');
    const section = withdrawalSection(res, facts);
    const at = md.indexOf(SECTION_START);
    const end = md.indexOf(SECTION_END);
    writeFileSync(file, at >= 0 && end > at ? md.slice(0, at) + section + md.slice(end + SECTION_END.length) : `${md.trimEnd()}\n\n${section}\n`);
    console.error('bench: wrote the withdrawal section of bench/RESULTS.md');
  }
}
