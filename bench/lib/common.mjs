// Shared helpers of the benchmarks: paths, compression, statistics, table printing, machine facts.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = resolve(BENCH_DIR, '..');
export const OUT_DIR = join(BENCH_DIR, '.out');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Built entry points of our packages (read from dist: run `pnpm build` first). */
export const DIST = {
  core: join(ROOT, 'packages/core/dist/index.js'),
  react: join(ROOT, 'packages/react/dist/index.js'),
  vue: join(ROOT, 'packages/vue/dist/index.js'),
  /** The script-tag build (@introw/consent-dom): consent.iife.js, its on-demand files and consent.css, side by side. */
  dom: join(ROOT, 'packages/dom/dist/consent.iife.js'),
};

/** Where the stylesheet may live (the first that exists is measured). */
export const STYLESHEET_CANDIDATES = [
  'packages/core/styles.css',
  'packages/core/dist/styles.css',
  'packages/react/styles.css',
  'packages/react/dist/styles.css',
].map((p) => join(ROOT, p));

export function findStylesheet() {
  return STYLESHEET_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** min / gzip (level 9) / brotli (quality 11, text mode) byte counts of a buffer. */
export function compressedSizes(buf) {
  const data = typeof buf === 'string' ? Buffer.from(buf) : buf;
  return {
    min: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  };
}

export const kb = (bytes) => (bytes / 1024).toFixed(2);

export function median(values) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** { median, min, max, n } of the finite numbers in `values`. */
export function summary(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!v.length) return { median: NaN, min: NaN, max: NaN, n: 0 };
  return { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length };
}

/** A GitHub-flavoured markdown table; also reads fine in a terminal. */
export function table(headers, rows, align = []) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const width = headers.map((_, i) => Math.max(3, ...cells.map((r) => r[i].length)));
  const pad = (s, i) => (align[i] === 'r' ? s.padStart(width[i]) : s.padEnd(width[i]));
  const line = (r) => `| ${r.map(pad).join(' | ')} |`;
  const sep = `| ${width.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(cells[0]), sep, ...cells.slice(1).map(line)].join('\n');
}

function readVersion(pkgDir) {
  try {
    return JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/** Installed version of a peer (resolved from bench/node_modules). */
export function peerVersion(name) {
  return readVersion(join(BENCH_DIR, 'node_modules', name));
}

export function chromiumVersion() {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function machine() {
  const c = cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: c.length ? `${c.length} × ${c[0].model.trim()}` : 'unknown',
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    chromium: chromiumVersion() ?? 'not found',
  };
}

/** "median (min–max)" */
export function fmtRange(s, digits = 1, unit = '') {
  if (!s?.n) return 'n/a';
  return `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}

export function ratio(ours, theirs) {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return 'n/a';
  return `${(ours / theirs).toFixed(2)}×`;
}
