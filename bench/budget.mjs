#!/usr/bin/env node
// CI budgets (a check, not a timed test). Exits 1 when a budget is exceeded.
//  - brotli: core ≤ 5 KB; core + React components ≤ 9 KB; core + Vue components ≤ 9 KB; stylesheet ≤ 2 KB
//    (1 KB = 1024 bytes; measured like `pnpm bench`: esbuild minified ESM, brotli q11, React/Vue excluded).
//  - runtime, headless Chromium at 4× CPU throttling: no long task over 50 ms from the library
//    (median over the loads of the longest task that ends after the page's own code starts; React's
//    own evaluation is a separate script and is not counted), and banner layout shift 0 (every load).
// Reads the packages' dist only: run `pnpm build` first. Absent packages are skipped, with a line saying so.
// Usage: node bench/budget.mjs [--no-runtime] [--loads 5]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, DIST, ROOT, table } from './lib/common.mjs';
import { measureSizes } from './size.mjs';

const KB = 1024;
const SIZE_BUDGETS = [
  { id: 'introw-core', label: 'core (brotli)', max: 5 * KB, part: 'js', pkg: 'core' },
  { id: 'introw-react', label: 'core + React components (brotli)', max: 9 * KB, part: 'js', pkg: 'react' },
  { id: 'introw-vue', label: 'core + Vue components (brotli)', max: 9 * KB, part: 'js', pkg: 'vue' },
  { id: 'introw-css', label: 'stylesheet (brotli)', max: 2 * KB, part: 'css' },
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
  rows.push([b.label, `${bytes} B (${(bytes / KB).toFixed(2)} KB)`, `${b.max} B (${b.max / KB} KB)`, ok ? 'ok' : `OVER by ${bytes - b.max} B`]);
}

if (withRuntime) {
  if (!existsSync(CHROMIUM)) {
    rows.push(['runtime budgets', '–', '–', `skipped: Chromium not found at ${CHROMIUM}`]);
  } else {
    const { runRuntime, summarize } = await import('./runtime.mjs');
    const variants = ['introw-react', 'introw-core'].filter((v) => v !== 'introw-react' || existsSync(DIST.react));
    const res = await runRuntime({ loads, rates: [4], variants });
    const summ = summarize(res.results);
    for (const v of variants) {
      const s = summ[v]?.[4];
      if (!s || !s.n) {
        failed = true;
        rows.push([`${v}: runtime`, '–', '–', `FAILED: ${s?.errors?.join('; ') ?? res.skipped?.[v] ?? 'no load succeeded'}`]);
        continue;
      }
      const lt = s.libLongTaskMax;
      const ltOk = lt.median <= LONG_TASK_MAX_MS;
      rows.push([`${v}: longest library task at 4× (median of ${s.n})`, `${lt.median.toFixed(0)} ms (${lt.min.toFixed(0)}–${lt.max.toFixed(0)})`, `${LONG_TASK_MAX_MS} ms`, ltOk ? 'ok' : 'OVER']);
      const clsOk = s.cls.max === 0;
      rows.push([`${v}: banner layout shift (max of ${s.n})`, s.cls.max.toFixed(4), '0', clsOk ? 'ok' : `OVER (shifted: ${s.shiftNodes.join(', ')})`]);
      failed ||= !ltOk || !clsOk;
    }
    if (!existsSync(DIST.react)) rows.push(['introw-react: runtime', '–', '–', 'skipped: packages/react/dist not built']);
  }
}

console.log(table(['budget', 'measured', 'limit', 'status'], rows, ['l', 'r', 'r', 'l']));
console.log(failed ? '\nbudget: FAILED (a budget is exceeded)' : '\nbudget: all budgets met');
process.exit(failed ? 1 : 0);
