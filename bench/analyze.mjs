#!/usr/bin/env node
// Where our bytes go: bundles the size entries against the packages' TypeScript sources (same esbuild
// settings as size.mjs) and lists each source file's share of the minified output. (The changes it once
// estimated by stubbing parts out are all in: config validation in development only, the English table
// imported only where used, Google Consent Mode as an opt-in plugin.) Usage: node bench/analyze.mjs
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, ROOT, compressedSizes, table } from './lib/common.mjs';
import { bundleJs } from './size.mjs';

const SRC = {
  '@introw/consent-core': join(ROOT, 'packages/core/src/index.ts'),
  '@introw/consent-react': join(ROOT, 'packages/react/src/index.ts'),
  '@introw/consent-vue': join(ROOT, 'packages/vue/src/index.ts'),
};

/** Resolves our packages (and core's subpaths: `/ui`, `/preferences`) to their TypeScript sources. */
const fromSource = {
  name: 'introw-src',
  setup(build) {
    build.onResolve({ filter: /^@introw\/consent-(core|react|vue)(\/\w+)?$/ }, (args) => {
      const [, pkg, sub] = args.path.match(/^@introw\/consent-(\w+)(?:\/(\w+))?$/);
      return { path: join(ROOT, 'packages', pkg, 'src', `${sub ?? 'index'}.ts`) };
    });
  },
};

async function measure(entry) {
  const { code, metafile } = await bundleJs(join(BENCH_DIR, 'entries', entry), { plugins: [fromSource] });
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

export async function analyze() {
  const report = { core: null, react: null };
  if (!existsSync(SRC['@introw/consent-core'])) return report;
  const core = await measure('introw-core.js');
  report.core = { sizes: core.sizes, top: topInputs(core.metafile) };
  if (existsSync(SRC['@introw/consent-react'])) {
    try {
      const react = await measure('introw-react.jsx');
      report.react = { sizes: react.sizes, top: topInputs(react.metafile, 25) };
    } catch (error) {
      report.react = { error: error.message.split('\n')[0] };
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
  return parts.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(analysisText(await analyze()));
}
