#!/usr/bin/env node
// CI budgets (a check, not a timed test). Exits 1 when a budget is exceeded.
//  - brotli, what a page loads up front (the entry and its static imports; chunks loaded on demand
//    through import() are listed but not counted): core + React components ≤ 9 KB; core + Vue
//    components ≤ 9 KB; the script-tag build's first visit (consent.iife.js with English's
//    first-layer texts + consent.css) against issue 14's 9 KB, not met: a 9.5 KB ceiling, the target
//    reported (10.5 KB with another language's first-layer texts); stylesheet ≤ 2 KB per layout a site ships (styles.css for the bar; styles.css
//    + styles/corner.css, styles.css + styles/center.css, bundled into one file) (1 KB = 1024 bytes;
//    measured like `pnpm bench`: a Vite production build (Rolldown), each file brotli q11 on its own,
//    React/Vue excluded; esbuild's file-level split is printed beside it, not enforced:
//    bench/lib/viteBundle.mjs says why).
//  - core alone: issue 7 asks for ≤ 5 KB; that target is not met (see bench/README.md, "Core's
//    5 KB target"), so the check enforces a 6 KB ceiling against regressions and prints the target's
//    status without failing on it.
//  - runtime, headless Chromium at 4× CPU throttling, medians over the loads, reported and never
//    enforced (no timing fails a check; issue 11): on the core page, the
//    library's work in its task (createConsentManager + mount(), page marks) against 50 ms (the page
//    builds its banner itself and the load event's style and layout of it share that task; the whole
//    task is printed too); on the React page, the longest task after the page's own code starts (React
//    rendering our provider and banner), reported against the 50 ms target but not enforced, as
//    it is not met reliably (bench/README.md, "Long tasks at 4×"). Banner layout shift 0 on every load,
//    both pages, enforced.
// Reads the packages' dist only: run `pnpm build` first. Absent packages are skipped, with a line saying so.
// Usage: node bench/budget.mjs [--no-runtime] [--loads 5]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, DIST, ROOT, table } from './lib/common.mjs';
import { measureSizes } from './size.mjs';

const KB = 1024;
const SIZE_BUDGETS = [
  { id: 'introw-core', label: 'core, up front (brotli)', max: 6 * KB, target: 5 * KB, part: 'js', pkg: 'core' },
  { id: 'introw-react', label: 'core + React components, up front (brotli)', max: 9 * KB, part: 'js', pkg: 'react' },
  { id: 'introw-vue', label: 'core + Vue components, up front (brotli)', max: 9 * KB, part: 'js', pkg: 'vue' },
  // Issue 14: what a first visit to a plain site loads before the banner (the script-tag build). In
  // English: consent.iife.js, English's first-layer texts included, + consent.css; the 9 KB is
  // not met (bench/README.md, "The script-tag build's 9 KB"): a 9.5 KB ceiling, the target reported.
  // In nl, fr or de, + that language's first-layer texts (consent.lang-<tag>-first.js, the largest).
  {
    id: 'introw-static',
    label: 'script-tag build, first visit in English: consent.iife.js + consent.css (brotli)',
    max: 9.5 * KB,
    target: 9 * KB,
    part: 'firstVisit',
    pkg: 'dom',
  },
  {
    id: 'introw-static',
    label: 'script-tag build, first visit in nl, fr or de: + its first-layer texts (brotli)',
    max: 10.5 * KB,
    target: 9 * KB,
    part: 'firstVisitOther',
    pkg: 'dom',
  },
  // Per layout a site ships (issue 15): styles.css for the bar, styles.css + styles/<layout>.css for the others.
  { id: 'introw-css', label: 'stylesheet, layout "bar" (brotli)', max: 2 * KB, part: 'css' },
  { id: 'introw-css-corner', label: 'stylesheet, layout "corner" (brotli)', max: 2 * KB, part: 'css' },
  { id: 'introw-css-center', label: 'stylesheet, layout "center" (brotli)', max: 2 * KB, part: 'css' },
];
const LONG_TASK_MAX_MS = 50;

const arg = (name) => process.argv.indexOf(`--${name}`);
const withRuntime = arg('no-runtime') < 0;
const loads = arg('loads') > 0 ? Number(process.argv[arg('loads') + 1]) : 5;

if (!existsSync(DIST.core)) {
  console.error('budget: packages/core/dist is missing; run `pnpm build` first.');
  process.exit(1);
}

const rows = [];
let failed = false;
/** Issue targets that are reported, not enforced (see SIZE_BUDGETS `target`). */
const unmetTargets = [];
const { rows: sizes } = await measureSizes({ peers: false });
for (const b of SIZE_BUDGETS) {
  const r = sizes.find((s) => s.id === b.id);
  const bytes = r?.[b.part]?.brotli;
  if (bytes === undefined) {
    // A package that exists but was not built fails (CI must run `pnpm build` first); an absent one is skipped.
    const exists = b.pkg && existsSync(join(ROOT, 'packages', b.pkg, 'package.json'));
    const missingDist = exists && !existsSync(DIST[b.pkg]);
    failed ||= missingDist;
    rows.push([b.label, '–', `${b.max} B`, missingDist ? `FAILED: packages/${b.pkg}/dist missing (run pnpm build)` : `skipped: ${r?.note ?? 'not measured'}`]);
    continue;
  }
  const ok = bytes <= b.max;
  failed ||= !ok;
  if (b.target !== undefined && bytes > b.target) unmetTargets.push(`${b.label}: ${bytes} B > ${b.target} B`);
  const lazy = r.lazyJs && b.part === 'js' ? `; + ${r.lazyJs.brotli} B on demand` : '';
  const esb = r.jsEsbuild && b.part === 'js' ? `; esbuild split ${r.jsEsbuild.brotli} B` : '';
  let status = ok ? 'ok' : `OVER by ${bytes - b.max} B`;
  if (ok && b.target !== undefined && bytes > b.target) status = `ok as a ceiling; issue target ${b.target} B NOT MET (over by ${bytes - b.target} B)`;
  rows.push([b.label, `${bytes} B (${(bytes / KB).toFixed(2)} KB)${lazy}${esb}`, `${b.max} B (${b.max / KB} KB)`, status]);
}

if (withRuntime) {
  if (!existsSync(CHROMIUM)) {
    // On CI (.ci/run installs Chromium first) a missing browser is a failure, not a skip.
    failed ||= !!process.env.CI;
    rows.push(['runtime budgets', '–', '–', `${process.env.CI ? 'FAILED' : 'skipped'}: Chromium not found at ${CHROMIUM}`]);
  } else {
    const { runRuntime, summarize } = await import('./runtime.mjs');
    const variants = ['introw-react', 'introw-core'].filter((v) => v !== 'introw-react' || existsSync(DIST.react));
    const res = await runRuntime({ loads, rates: [4], variants });
    const summ = summarize(res.results);
    for (const v of variants) {
      const s = summ[v]?.[4];
      if (!s?.n) {
        failed = true;
        rows.push([`${v}: runtime`, '–', '–', `FAILED: ${s?.errors?.join('; ') ?? res.skipped?.[v] ?? 'no load succeeded'}`]);
        continue;
      }
      const fmt = (m) => `${m.median.toFixed(0)} ms (${m.min.toFixed(0)}–${m.max.toFixed(0)})`;
      const lt = s.libLongTaskMax;
      let ltOk;
      if (v === 'introw-core') {
        // The core page builds its banner itself, and the browser's load-event style and layout of that
        // banner share the task: the library's part of it is what createConsentManager and mount() take.
        // Reported, never enforced: no timing fails a check that CI runs on a shared machine (issue 11).
        const work = s.libWorkMs;
        ltOk = true;
        const met = work.median <= LONG_TASK_MAX_MS;
        if (!met) unmetTargets.push(`${v}: library work in the first task at 4× ${work.median.toFixed(0)} ms > ${LONG_TASK_MAX_MS} ms`);
        rows.push([
          `${v}: library work in the first task at 4× (createConsentManager + mount; median of ${s.n}; target, reported)`,
          fmt(work),
          `${LONG_TASK_MAX_MS} ms`,
          met ? 'ok' : 'target NOT MET',
        ]);
        rows.push([`${v}: that whole task (page banner and load event included; reported)`, fmt(lt), '–', 'info']);
      } else {
        // React renders our provider and banner in one task, with React's own first-render work
        // (compiling react-dom's render and hook code): the 50 ms target is reported, not
        // enforced, since it is not met reliably (bench/README.md, "Long tasks at 4×").
        ltOk = true;
        const met = lt.median <= LONG_TASK_MAX_MS;
        if (!met) unmetTargets.push(`${v}: longest task after app start at 4× ${lt.median.toFixed(0)} ms > ${LONG_TASK_MAX_MS} ms`);
        rows.push([
          `${v}: longest task after app start at 4× (median of ${s.n}; target, reported)`,
          fmt(lt),
          `${LONG_TASK_MAX_MS} ms`,
          met ? 'ok' : 'issue target NOT MET',
        ]);
      }
      const clsOk = s.cls.max === 0;
      rows.push([`${v}: banner layout shift (max of ${s.n})`, s.cls.max.toFixed(4), '0', clsOk ? 'ok' : `OVER (shifted: ${s.shiftNodes.join(', ')})`]);
      failed ||= !ltOk || !clsOk;
    }
    if (!existsSync(DIST.react)) rows.push(['introw-react: runtime', '–', '–', 'skipped: packages/react/dist not built']);
  }
}

console.log(table(['budget', 'measured', 'limit', 'status'], rows, ['l', 'r', 'r', 'l']));
console.log(failed ? '\nbudget: FAILED (a budget is exceeded)' : '\nbudget: all enforced budgets met');
if (unmetTargets.length) console.log(`budget: issue targets NOT met (reported, not enforced; see bench/README.md): ${unmetTargets.join('; ')}`);
process.exit(failed ? 1 : 0);
