#!/usr/bin/env node
// Runtime in headless Chromium: fresh context per load, with and without 4× CPU throttling.
// Per load: navigation start -> banner visible; main-thread script time (CDP ScriptDuration);
// long tasks; layout shift; "Accept all" click -> the five gated vendor scripts inserted / run, the
// click's own script (Event Timing: processingEnd - processingStart) and click -> banner exit starts.
// The page-side recording is lib/instrument.mjs; the targets of issues 14 and 19, lib/targets.mjs.
// Usage: node bench/runtime.mjs [--loads 15] [--variants a,b] [--rates 1,4]
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, fmtRange, ratio, summary, table } from './lib/common.mjs';
import { VENDOR_HOSTS, instrument, instrumentArgs, standIn } from './lib/instrument.mjs';
import { VARIANTS, buildPages, serve } from './lib/pages.mjs';
import { targetsSection } from './lib/targets.mjs';

export async function oneLoad(browser, origin, variant, rate) {
  const cfg = VARIANTS[variant];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const failures = [];
  page.on('pageerror', (e) => failures.push(String(e.message).slice(0, 200)));
  await context.route(
    (url) => VENDOR_HOSTS.includes(url.host),
    (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: standIn(route.request().url()) }),
  );
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && !VENDOR_HOSTS.includes(url.host),
    (route) => route.fulfill({ status: 204, body: '' }),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(instrument, instrumentArgs(cfg.banner));
  const r = { variant, rate, error: null };
  try {
    await page.goto(`${origin}/${variant}/`, { waitUntil: 'load', timeout: 30_000 });
    r.bannerMs = await page.evaluate(() => Promise.race([window.__bench.banner, new Promise((res) => setTimeout(() => res(null), 10_000))]));
    if (r.bannerMs === null) throw new Error(`banner "${cfg.banner}" never became visible${failures.length ? `: ${failures[0]}` : ''}`);
    await page.waitForTimeout(300); // let late long tasks, frames and shifts be reported
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    r.scriptMs = metrics.ScriptDuration * 1000;
    r.taskMs = metrics.TaskDuration * 1000;
    const pre = await page.evaluate(() => {
      const B = window.__bench;
      const appStart = performance.getEntriesByName('app-start')[0]?.startTime ?? 0;
      const mark = (n) => performance.getEntriesByName(n)[0]?.startTime;
      const span = (a, b) => (mark(a) !== undefined && mark(b) !== undefined ? mark(b) - mark(a) : undefined);
      return {
        longtasks: B.longtasks,
        shifts: B.shifts,
        loaf: B.loaf,
        appStart,
        createMs: span('introw:create-start', 'introw:created'),
        mountMs: span('introw:rendered', 'introw:mounted'),
      };
    });
    r.createMs = pre.createMs;
    r.mountMs = pre.mountMs;
    // The library's own synchronous work in the page's first task (core page: the page builds its banner itself).
    r.libWorkMs = pre.createMs !== undefined && pre.mountMs !== undefined ? pre.createMs + pre.mountMs : undefined;
    r.longTasks = pre.longtasks.length;
    r.longTaskMax = Math.max(0, ...pre.longtasks.map((t) => t.duration));
    // Tasks that end after the page's first own statement (React's evaluation, a separate script, excluded).
    const lib = pre.longtasks.filter((t) => t.start + t.duration > pre.appStart);
    r.libLongTaskMax = Math.max(0, ...lib.map((t) => t.duration));
    r.libLongTasks = lib.length;
    r.libLongTaskList = lib.map((t) => [Math.round(t.start), Math.round(t.duration)]);
    r.cls = pre.shifts.filter((s) => !s.recent).reduce((a, s) => a + s.value, 0);
    r.bannerCls = pre.shifts.filter((s) => !s.recent && s.fromBanner).reduce((a, s) => a + s.value, 0);
    r.shiftNodes = [...new Set(pre.shifts.filter((s) => !s.recent).flatMap((s) => s.nodes))];
    r.loafScripts = pre.loaf.flatMap((f) =>
      f.scripts.filter((s) => s.duration > 0).map((s) => ({ url: s.url.replace(origin, ''), invoker: s.invoker, duration: s.duration })),
    );

    if (!(await page.evaluate(() => window.__bench.armExit()))) throw new Error('the banner element is gone before the click');
    await page.click(cfg.accept, { timeout: 10_000 });
    // A reference page (React alone) gates nothing: only its click task and banner exit are measured.
    const done = await page.evaluate((reference) => {
      const B = window.__bench;
      const t = (p) => Promise.race([p, new Promise((res) => setTimeout(() => res(null), 10_000))]);
      return Promise.all([t(B.exit), ...(reference ? [] : [t(B.allInserted), t(B.allRan)])]).then(([exit, inserted, ran]) => ({
        exit,
        exitHow: B.exitHow,
        exitFrames: B.exitFrames,
        inserted,
        ran,
        clickAt: B.clickAt,
        handlerAt: B.clickHandlerAt,
        doneAt: B.clickDoneAt,
        ins: B.inserted,
      }));
    }, !!cfg.reference);
    // The click's Event Timing entry is delivered after the frame it is presented in.
    const entry = await page
      .waitForFunction(() => window.__bench.clickEntry, null, { timeout: 2_000 })
      .then((h) => h.jsonValue())
      .catch(() => null);
    r.clickScriptMs = entry ? entry.processingEnd - entry.processingStart : done.doneAt - done.handlerAt;
    r.clickScriptFrom = entry ? 'event-timing' : 'listeners';
    r.dispatchMs = done.handlerAt - done.clickAt;
    r.handlerMs = done.doneAt - done.handlerAt;
    r.exitMs = done.exit === null ? NaN : done.exit - done.clickAt;
    r.exitHow = done.exit === null ? 'not within 10 s' : done.exitHow;
    r.exitFrames = done.exit === null ? NaN : done.exitFrames;
    if (cfg.reference) return r;
    if (done.inserted === null) throw new Error(`not every gated script was inserted after the click: ${JSON.stringify(done.ins)}`);
    r.clickToInsertedMs = done.inserted - done.clickAt;
    r.firstInsertMs = Math.min(...Object.values(done.ins)) - done.handlerAt;
    r.clickToRanMs = done.ran === null ? NaN : done.ran - done.clickAt;
  } catch (error) {
    r.error = error.message.split('\n')[0];
  } finally {
    await context.close();
  }
  return r;
}

/**
 * Runs `loads` fresh loads of each variant at each CPU throttling rate, interleaving variants.
 * Returns { results: { [variant]: { [rate]: load[] } }, built, skipped, notes }.
 */
export async function runRuntime({ loads = 15, rates = [1, 4], variants, log = () => {} } = {}) {
  if (!existsSync(CHROMIUM)) return { unavailable: `Chromium not found at ${CHROMIUM}` };
  const { built, skipped, notes } = await buildPages({ only: variants });
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const results = {};
  try {
    // One warm-up load per variant (disk cache is per context, so this only warms the browser process).
    for (const v of built) await oneLoad(browser, server.origin, v, 1);
    for (const rate of rates) {
      for (let i = 0; i < loads; i++) {
        for (const v of built) {
          const r = await oneLoad(browser, server.origin, v, rate);
          results[v] ??= {};
          results[v][rate] ??= [];
          results[v][rate].push(r);
          if (r.error) log(`  ${v} @${rate}x load ${i + 1}: ${r.error}`);
        }
      }
      log(`  runtime: ${loads} loads × ${built.length} variants at ${rate}× done`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { results, built, skipped, notes };
}

const METRICS = [
  ['bannerMs', 'banner visible (ms)', 1],
  ['scriptMs', 'main-thread script (ms)', 1],
  ['longTasks', 'long tasks (count)', 0],
  ['libLongTasks', 'long tasks after app start (count)', 0],
  ['libLongTaskMax', 'longest task after app start (ms)', 0],
  ['cls', 'layout shift (CLS)', 4],
  ['clickToInsertedMs', 'click → 5 scripts inserted (ms)', 1],
  ['clickToRanMs', 'click → 5 scripts ran (ms)', 1],
  ['clickScriptMs', 'script in the click task (ms; Event Timing)', 1],
  ['exitMs', 'click → banner exit starts (ms)', 1],
  ['exitFrames', 'click → banner exit starts (animation frames; 1 = the next frame)', 0],
  ['createMs', 'createConsentManager (ms; core page only)', 1],
  ['mountMs', 'mount() (ms; core page only)', 1],
  ['libWorkMs', 'createConsentManager + mount() (ms; core page only)', 1],
];

/** How often each value occurs ({ value: times }), undefined left out. */
const count = (values) => {
  const out = {};
  for (const v of values) if (v !== undefined) out[v] = (out[v] ?? 0) + 1;
  return out;
};

/** Summaries per variant/rate/metric; `exitHow` / `clickScriptFrom`: how the click's figures were taken, per load. */
export function summarize(results) {
  const out = {};
  for (const [variant, byRate] of Object.entries(results)) {
    for (const [rate, list] of Object.entries(byRate)) {
      const ok = list.filter((r) => !r.error);
      const s = { n: ok.length, failed: list.length - ok.length, errors: [...new Set(list.filter((r) => r.error).map((r) => r.error))] };
      for (const [key] of METRICS) s[key] = summary(ok.map((r) => r[key]));
      s.bannerCls = summary(ok.map((r) => r.bannerCls));
      s.shiftNodes = [...new Set(ok.flatMap((r) => r.shiftNodes))];
      s.exitHow = count(ok.map((r) => r.exitHow));
      s.clickScriptFrom = count(ok.map((r) => r.clickScriptFrom));
      out[variant] ??= {};
      out[variant][rate] = s;
    }
  }
  return out;
}

/** Ours vs peers: the script-tag build and the framework-free core page against the framework-free peers and the control; the React page against all and React alone. */
export const PAIRS = [
  ['introw-static', 'vanilla-cookieconsent'],
  ['introw-static', 'osano-cookieconsent'],
  ['introw-static', 'klaro'],
  ['introw-core', 'vanilla-cookieconsent'],
  ['introw-core', 'klaro'],
  ['introw-react', 'vanilla-cookieconsent'],
  ['introw-react', 'klaro'],
  ['introw-react', 'c15t-react'],
  ['introw-react', 'react-baseline'],
  ['introw-core', 'control'],
  ['introw-static', 'control'],
];

/** Per throttling rate: a table of medians (min–max) per variant, and a table of ratios ours ÷ peer (medians; < 1 is better). */
export function runtimeTables(summ) {
  const variants = Object.keys(summ);
  const rates = [...new Set(variants.flatMap((v) => Object.keys(summ[v])))].sort((a, b) => a - b);
  const blocks = [];
  for (const rate of rates) {
    const headers = ['metric: median (min–max)', ...variants.map((v) => `${v} (n=${summ[v][rate]?.n ?? 0})`)];
    const rows = METRICS.map(([key, label, digits]) => [label, ...variants.map((v) => fmtRange(summ[v][rate]?.[key], digits))]);
    const pairs = PAIRS.filter(([a, b]) => summ[a]?.[rate] && summ[b]?.[rate]);
    const ratioRows = METRICS.filter(([key]) => !['longTasks', 'libLongTasks', 'createMs', 'mountMs', 'libWorkMs'].includes(key)).map(([key, label]) => [
      label,
      ...pairs.map(([a, b]) => ratio(summ[a][rate][key].median, summ[b][rate][key].median)),
    ]);
    const title = Number(rate) === 1 ? 'CPU 1× (no throttling)' : `CPU ${rate}× throttled`;
    blocks.push(`${title}\n\n${table(headers, rows, ['l', ...variants.map(() => 'r')])}`);
    if (pairs.length)
      blocks.push(
        `Ratios at ${rate}× (ours ÷ peer, medians; below 1 means ours is faster / smaller)\n\n${table(['metric', ...pairs.map(([a, b]) => `${a} ÷ ${b}`)], ratioRows, ['l', ...pairs.map(() => 'r')])}`,
      );
  }
  return blocks.join('\n\n');
}

/** Lines under the tables: skipped variants, failed loads, shifted nodes, how each click's exit and script were taken. */
export function runtimeNotes(res, summ) {
  const fmt = (counts) =>
    Object.entries(counts)
      .map(([k, n]) => `${k} ×${n}`)
      .join(', ');
  return [
    ...Object.entries(res.skipped).map(([v, why]) => `${v} skipped: ${why}`),
    ...Object.values(res.notes),
    ...Object.entries(summ).flatMap(([v, byRate]) =>
      Object.entries(byRate).flatMap(([rate, s]) => [
        ...(s.failed ? [`${v} @${rate}×: ${s.failed} failed loads: ${s.errors.join('; ')}`] : []),
        ...(s.shiftNodes.length ? [`${v} @${rate}×: layout shifts moved: ${s.shiftNodes.join(', ')}`] : []),
        ...(Object.keys(s.exitHow).length ? [`${v} @${rate}×: banner exit seen as: ${fmt(s.exitHow)}; click task script from: ${fmt(s.clickScriptFrom)}`] : []),
      ]),
    ),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const loads = Number(arg('loads', 15));
  const rates = arg('rates', '1,4').split(',').map(Number);
  const variants = arg('variants', null)?.split(',');
  const t0 = Date.now();
  const res = await runRuntime({ loads, rates, variants, log: (m) => console.error(m) });
  if (res.unavailable) {
    console.log(res.unavailable);
    process.exit(0);
  }
  const summ = summarize(res.results);
  console.log(runtimeTables(summ));
  for (const n of runtimeNotes(res, summ)) console.log(`- ${n}`);
  console.log(`\n${targetsSection({ summ })}`);
  console.error(`(${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
