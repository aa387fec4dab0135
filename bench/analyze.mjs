#!/usr/bin/env node
// Where our bytes go: bundles the size entries against the packages' TypeScript sources (same esbuild
// settings as size.mjs) and lists each source file's share of the minified output; then measures what
// removing or deferring a part would save, by bundling with that part stubbed out (an estimate of a fix,
// not a working build). Usage: node bench/analyze.mjs
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, ROOT, compressedSizes, table } from './lib/common.mjs';
import { bundleJs } from './size.mjs';

const SRC = {
  '@introw/consent-core': join(ROOT, 'packages/core/src/index.ts'),
  '@introw/consent-react': join(ROOT, 'packages/react/src/index.ts'),
  '@introw/consent-vue': join(ROOT, 'packages/vue/src/index.ts'),
};

/** Resolves our packages to their sources; `stubs` maps a source path suffix to replacement module text. */
const fromSource = (stubs = {}) => ({
  name: 'introw-src',
  setup(build) {
    build.onResolve({ filter: /^@introw\/consent-(core|react|vue)$/ }, (args) => ({ path: SRC[args.path] }));
    build.onLoad({ filter: /packages\/.*\.tsx?$/ }, (args) => {
      const key = Object.keys(stubs).find((s) => args.path.endsWith(s));
      return key ? { contents: stubs[key], loader: 'ts' } : undefined;
    });
  },
});

async function measure(entry, stubs) {
  const { code, metafile } = await bundleJs(join(BENCH_DIR, 'entries', entry), { plugins: [fromSource(stubs)] });
  return { sizes: compressedSizes(code), metafile };
}

function topInputs(metafile, n = 15) {
  const out = Object.values(metafile.outputs)[0];
  const total = Object.values(out.inputs).reduce((a, i) => a + i.bytesInOutput, 0);
  return Object.entries(out.inputs)
    .map(([file, i]) => [relative(ROOT, join(ROOT, file)).replace(/^.*?(packages\/)/, '$1'), i.bytesInOutput])
    .filter(([, b]) => b > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([file, b]) => [file, b, `${((b / total) * 100).toFixed(1)} %`]);
}

/** A stub of a module: every exported function returns nothing (attach* returns a no-op, *Issues an empty list). */
function stubModule(file) {
  const src = readFileSync(join(ROOT, 'packages/core/src', file), 'utf8');
  const out = [];
  for (const [, kind, name] of src.matchAll(/^export (function|const) (\w+)/gm)) {
    if (kind === 'const') out.push(`export const ${name}: any = [];`);
    else if (name.startsWith('attach')) out.push(`export function ${name}(..._a: any[]): any { return () => {}; }`);
    else out.push(`export function ${name}(..._a: any[]): any { return ${name.endsWith('Issues') ? '[]' : 'undefined'}; }`);
  }
  return out.join('\n');
}

/** Experiments: each stubs part of core's source to estimate the saving of a proposed change. */
export const EXPERIMENTS = [
  {
    id: 'validate-dev-only',
    what: 'Config validation only in development (`process.env.NODE_ENV !== "production"` guard; production skips the checks and messages)',
    stubs: { 'src/validateConfig.ts': 'export function validateConsentConfig(_c: unknown): void {}' },
  },
  {
    id: 'no-builtin-en',
    what: 'English texts not always bundled: built-in tables imported by the site (`translations: { en }`) instead of the always-imported fallback',
    // The stub is source text for a throw-away measuring build, not project code: `as any` lets the
    // empty table stand in for the typed one so the build measures only the bytes it removes.
    stubs: { 'src/i18n/en.ts': 'export const en = {} as any;' },
  },
  {
    id: 'consent-mode-opt-in',
    what: 'Google Consent Mode as an opt-in import (e.g. `options.plugins: [consentMode()]`) instead of always attached',
    stubs: () => ({ 'src/consentMode.ts': stubModule('consentMode.ts') }),
  },
];

export async function analyze() {
  const report = { core: null, react: null, experiments: [] };
  if (!existsSync(SRC['@introw/consent-core'])) return report;
  const core = await measure('introw-core.js', {});
  report.core = { sizes: core.sizes, top: topInputs(core.metafile) };
  if (existsSync(SRC['@introw/consent-react'])) {
    try {
      const react = await measure('introw-react.jsx', {});
      report.react = { sizes: react.sizes, top: topInputs(react.metafile, 25) };
    } catch (error) {
      report.react = { error: error.message.split('\n')[0] };
    }
  }
  const all = {
    id: 'all',
    what: 'All of the above together',
    stubs: () => Object.assign({}, ...EXPERIMENTS.map((e) => (typeof e.stubs === 'function' ? e.stubs() : e.stubs))),
  };
  for (const e of [...EXPERIMENTS, all]) {
    try {
      const r = await measure('introw-core.js', typeof e.stubs === 'function' ? e.stubs() : e.stubs);
      report.experiments.push({ id: e.id, what: e.what, brotli: r.sizes.brotli, saved: core.sizes.brotli - r.sizes.brotli });
    } catch (error) {
      report.experiments.push({ id: e.id, what: e.what, error: error.message.split('\n')[0] });
    }
  }
  return report;
}

export function analysisText(report) {
  if (!report.core) return 'packages/core/src not found.';
  const parts = [];
  parts.push(`Core entry bundled from source: ${report.core.sizes.min} B min, ${report.core.sizes.brotli} B brotli.\n`);
  parts.push(table(['core source file', 'min bytes in bundle', 'share'], report.core.top, ['l', 'r', 'r']));
  if (report.react?.top) {
    parts.push(`\nCore + React entry bundled from source: ${report.react.sizes.min} B min, ${report.react.sizes.brotli} B brotli.\n`);
    parts.push(table(['source file', 'min bytes in bundle', 'share'], report.react.top, ['l', 'r', 'r']));
  }
  if (report.experiments.length) {
    parts.push('\nEstimated savings (core entry, brotli):\n');
    parts.push(
      table(
        ['change', 'core brotli after', 'saved'],
        report.experiments.map((e) => [e.what, e.error ? e.error : `${e.brotli} B`, e.error ? '–' : `${e.saved} B`]),
        ['l', 'r', 'r'],
      ),
    );
  }
  return parts.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(analysisText(await analyze()));
}
