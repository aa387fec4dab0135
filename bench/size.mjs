#!/usr/bin/env node
// Bytes a site ships: every entry bundled the same way (esbuild, minified ESM for the browser,
// NODE_ENV=production, React/Vue external), then compressed with gzip -9 and brotli q11.
// Our packages are read from their dist (run `pnpm build` first); peers from bench/node_modules.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { BENCH_DIR, DIST, compressedSizes, findStylesheet, kb, peerVersion, table } from './lib/common.mjs';
import { bundleJsVite } from './lib/viteBundle.mjs';

const ENTRIES = join(BENCH_DIR, 'entries');
const PEERS = join(BENCH_DIR, 'node_modules');

/** Packages that are never counted: the site has them anyway. */
const FRAMEWORK_EXTERNALS = ['react', 'react-dom', 'react/*', 'react-dom/*', 'vue', 'vue/*', 'scheduler'];

/** Resolves our package names to their built dist files only (never to src). */
const ourDist = {
  name: 'introw-dist',
  setup(build) {
    const map = { '@introw/consent-core': DIST.core, '@introw/consent-react': DIST.react, '@introw/consent-vue': DIST.vue };
    build.onResolve({ filter: /^@introw\/consent-(core|react|vue)$/ }, (args) => ({ path: map[args.path] }));
  },
};

/**
 * Bundles one JS entry with code splitting, as a site's bundler does. Returns the minified files a
 * page loads up front (the entry and what it imports statically: `initial`) and the files loaded only
 * on demand through `import()` (`lazy`, e.g. the withdrawal module), each a Buffer, plus `code` (the
 * initial files joined, for inspection) and the metafile.
 */
export async function bundleJs(entry, { plugins = [ourDist], alias } = {}) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    metafile: true,
    legalComments: 'none',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: FRAMEWORK_EXTERNALS,
    plugins,
    alias,
    logLevel: 'silent',
    outdir: 'out',
  });
  const outputs = result.metafile.outputs;
  const jsOut = Object.keys(outputs).filter((o) => o.endsWith('.js'));
  const start = jsOut.find((o) => outputs[o].entryPoint);
  // The entry and its static imports, transitively.
  const initialSet = new Set();
  const visit = (o) => {
    if (initialSet.has(o)) return;
    initialSet.add(o);
    for (const i of outputs[o].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(start);
  const file = (o) => Buffer.from(result.outputFiles.find((f) => f.path.endsWith(`/${o}`) || f.path === o).contents);
  const initial = [...initialSet].map(file);
  const lazy = jsOut.filter((o) => !initialSet.has(o)).map(file);
  return { code: Buffer.concat(initial), initial, lazy, metafile: result.metafile };
}

/** Sizes of files served one by one (each compressed on its own), summed; null when there are none. */
export const filesSizes = (files) => (files.length ? sum(files.map((f) => compressedSizes(f))) : null);

/** Minifies (and bundles @imports of) one stylesheet. */
export async function bundleCss(file) {
  const result = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    outdir: 'out',
    loader: { '.css': 'css', '.woff': 'empty', '.woff2': 'empty', '.svg': 'dataurl', '.png': 'empty' },
  });
  return Buffer.from(result.outputFiles.find((f) => f.path.endsWith('.css')).contents);
}

/** The layouts whose stylesheet is a file of its own, imported after styles.css (`bar` is styles.css itself). */
export const LAYOUT_STYLESHEETS = ['corner', 'center'];

/** Minifies and bundles several stylesheets into one, in order (a site importing them one after the other). */
export async function bundleCssFiles(files) {
  const result = await esbuild.build({
    stdin: { contents: files.map((f) => `@import ${JSON.stringify(f)};`).join('\n'), loader: 'css', resolveDir: BENCH_DIR },
    bundle: true,
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    outdir: 'out',
  });
  return Buffer.from(result.outputFiles.find((f) => f.path.endsWith('.css')).contents);
}

/** Minifies a global (non-module) script as it is fetched, without bundling. */
async function minifyScript(file) {
  const out = await esbuild.transform(readFileSync(file, 'utf8'), { minify: true, legalComments: 'none', loader: 'js' });
  return Buffer.from(out.code);
}

const sum = (parts) => parts.reduce((a, p) => ({ min: a.min + p.min, gzip: a.gzip + p.gzip, brotli: a.brotli + p.brotli }), { min: 0, gzip: 0, brotli: 0 });

/**
 * The measured rows. `id` is stable (budgets and RESULTS.md refer to it).
 * Each row: { id, library, what, js, lazyJs, jsEsbuild, css, note } with { min, gzip, brotli } or null:
 * `js` is what a page loads up front (entry chunk + its static imports, each file compressed on its
 * own) as a Vite production build ships it (lib/viteBundle.mjs says why), `lazyJs` what is fetched
 * only on demand (`import()`), `jsEsbuild` the same first load split by esbuild instead (file-level
 * chunks: shown for comparison, never enforced).
 */
export async function measureSizes({ peers = true } = {}) {
  const rows = [];
  const notes = [];
  const metafiles = {};

  const jsRow = async (id, library, what, entry, cssFile, note) => {
    try {
      const esb = await bundleJs(join(ENTRIES, entry));
      metafiles[id] = esb.metafile;
      const { initial, lazy } = await bundleJsVite(join(ENTRIES, entry));
      const css = cssFile ? compressedSizes(await bundleCss(cssFile)) : null;
      rows.push({ id, library, what, js: filesSizes(initial), lazyJs: filesSizes(lazy), jsEsbuild: filesSizes(esb.initial), css, note });
    } catch (error) {
      const message = (error.errors?.[0]?.text ?? error.message).split('\n')[0];
      rows.push({ id, library, what, js: null, css: null, note: `not measured: ${message}` });
      notes.push(`${library} (${what}): ${message}`);
    }
  };

  // Ours.
  if (existsSync(DIST.core)) {
    await jsRow('introw-core', '@introw/consent-core', 'core alone (config + store + mount)', 'introw-core.js', null);
  } else {
    rows.push({
      id: 'introw-core',
      library: '@introw/consent-core',
      what: 'core alone',
      js: null,
      css: null,
      note: 'packages/core/dist missing: run pnpm build',
    });
  }
  if (existsSync(DIST.react)) {
    await jsRow('introw-react', '@introw/consent-react', 'core + provider, banner, preferences, gate, embed', 'introw-react.jsx', null);
  } else {
    rows.push({
      id: 'introw-react',
      library: '@introw/consent-react',
      what: 'core + React components',
      js: null,
      css: null,
      note: 'packages/react/dist not built yet',
    });
    notes.push('@introw/consent-react: packages/react/dist does not exist yet; row skipped.');
  }
  if (existsSync(DIST.vue)) {
    await jsRow('introw-vue', '@introw/consent-vue', 'core + provider, banner, preferences, gate, embed', 'introw-vue.js', null);
  } else {
    rows.push({
      id: 'introw-vue',
      library: '@introw/consent-vue',
      what: 'core + Vue components',
      js: null,
      css: null,
      note: 'packages/vue does not exist yet',
    });
    notes.push('@introw/consent-vue: packages/vue/dist does not exist; row skipped.');
  }
  if (existsSync(DIST.dom)) {
    rows.push(scriptTagRow());
  } else {
    rows.push({
      id: 'introw-static',
      library: '@introw/consent-dom',
      what: 'script-tag build',
      js: null,
      css: null,
      note: 'packages/dom/dist not built: run pnpm build',
    });
  }
  const stylesheet = findStylesheet();
  if (stylesheet) {
    // Per layout a site ships: styles.css alone for the bar (the default), and styles.css with the
    // layout's own file for the others, bundled into one file as a site's bundler does.
    const shown = stylesheet.slice(stylesheet.indexOf('packages/'));
    rows.push({
      id: 'introw-css',
      library: '@introw/consent',
      what: `stylesheet, layout "bar" (${shown})`,
      js: null,
      css: compressedSizes(await bundleCss(stylesheet)),
    });
    for (const layout of LAYOUT_STYLESHEETS) {
      const file = join(dirname(stylesheet), 'styles', `${layout}.css`);
      if (!existsSync(file)) continue;
      rows.push({
        id: `introw-css-${layout}`,
        library: '@introw/consent',
        what: `stylesheet, layout "${layout}" (${shown} + styles/${layout}.css)`,
        js: null,
        css: compressedSizes(await bundleCssFiles([stylesheet, file])),
      });
    }
  } else {
    rows.push({
      id: 'introw-css',
      library: '@introw/consent',
      what: 'stylesheet',
      js: null,
      css: null,
      note: 'no styles.css in packages/core or packages/react yet',
    });
    notes.push('Stylesheet: no styles.css found in packages/core or packages/react; row skipped.');
  }

  if (!peers) return { rows, notes, metafiles };

  // Peers.
  const v = (name) => peerVersion(name) ?? 'not installed';
  await jsRow(
    'vanilla-cookieconsent',
    `vanilla-cookieconsent ${v('vanilla-cookieconsent')}`,
    'run() with banner + preferences',
    'vanilla-cookieconsent.js',
    join(PEERS, 'vanilla-cookieconsent/dist/cookieconsent.css'),
  );
  await jsRow('klaro', `klaro ${v('klaro')}`, 'setup() (klaro-no-css, all languages) + klaro.css', 'klaro.js', join(PEERS, 'klaro/dist/klaro.css'));
  await jsRow('c15t', `c15t ${v('c15t')}`, 'headless core + script loader (no UI)', 'c15t.js', null);
  await jsRow('c15t-react', `@c15t/react ${v('@c15t/react')}`, 'provider, banner, dialog, Frame', 'c15t-react.jsx', join(PEERS, '@c15t/react/dist/styles.css'));
  await jsRow(
    'react-cookie-consent',
    `react-cookie-consent ${v('react-cookie-consent')}`,
    'banner only (no preferences, gating)',
    'react-cookie-consent.jsx',
    null,
    'inline styles, no stylesheet',
  );

  // Osano's cookieconsent is a global script (prebuilt, minified); the bytes are the file as
  // fetched and the page's setup (which activates the tags on consent), each compressed on its own.
  try {
    const o = join(PEERS, 'cookieconsent/build');
    rows.push({
      id: 'osano-cookieconsent',
      library: `cookieconsent (Osano) ${v('cookieconsent')}`,
      what: 'global script + stylesheet, opt-in banner (no preferences, no gating)',
      js: sum([
        compressedSizes(await minifyScript(join(o, 'cookieconsent.min.js'))),
        compressedSizes(await minifyScript(join(ENTRIES, 'osano-cookieconsent.js'))),
      ]),
      css: compressedSizes(await bundleCss(join(o, 'cookieconsent.min.css'))),
    });
  } catch (error) {
    rows.push({ id: 'osano-cookieconsent', library: 'cookieconsent (Osano)', what: '', js: null, css: null, note: `not measured: ${error.message}` });
  }

  // tarteaucitron is a global script that fetches its services and language files at run time:
  // the bytes are the sum of the files a page fetches, each compressed on its own.
  try {
    const t = join(PEERS, 'tarteaucitronjs');
    const files = ['tarteaucitron.js', 'tarteaucitron.services.js', 'lang/tarteaucitron.en.js'];
    const parts = [];
    for (const f of files) parts.push(compressedSizes(await minifyScript(join(t, f))));
    parts.push(compressedSizes(await minifyScript(join(ENTRIES, 'tarteaucitron.js'))));
    rows.push({
      id: 'tarteaucitron',
      library: `tarteaucitronjs ${v('tarteaucitronjs')}`,
      what: 'core + services + en (3 files) + setup',
      js: sum(parts),
      css: compressedSizes(await bundleCss(join(t, 'css/tarteaucitron.css'))),
    });
  } catch (error) {
    rows.push({ id: 'tarteaucitron', library: 'tarteaucitronjs', what: '', js: null, css: null, note: `not measured: ${error.message}` });
  }
  return { rows, notes, metafiles };
}

/** The script-tag build's files as a CDN serves them (already minified), each compressed on its own. */
const domFile = (name) => compressedSizes(readFileSync(join(dirname(DIST.dom), name)));

/**
 * The script-tag build (@introw/consent-dom dist): `js` and `css` are what every first visit loads
 * (consent.iife.js, with English's first-layer texts, and consent.css); `firstVisitOther` adds the
 * largest first-layer text file of the other built-in languages (consent.lang-<tag>-first.js);
 * `lazyJs` what a decision and the dialog load (gating, withdrawals, dialog); `parts` every
 * on-demand file by name, for the budget's report (text tables, Consent Mode, records, cookie
 * table, embeds, the config check at idle).
 */
export function scriptTagRow() {
  const files = readdirSync(dirname(DIST.dom)).filter((f) => /^consent\.[\w-]+\.js$/.test(f) && f !== 'consent.iife.js');
  const parts = Object.fromEntries(files.map((f) => [f.slice('consent.'.length, -'.js'.length), domFile(f)]));
  const others = ['nl', 'fr', 'de'].map((l) => parts[`lang-${l}-first`]).filter(Boolean);
  const firstVisit = sum([domFile('consent.iife.js'), domFile('consent.css')]);
  return {
    id: 'introw-static',
    library: '@introw/consent-dom',
    what: 'script-tag build: consent.iife.js + consent.css (first load; no bundler)',
    js: domFile('consent.iife.js'),
    lazyJs: sum(['gating', 'withdrawals', 'dialog'].map((p) => parts[p])),
    css: domFile('consent.css'),
    // The issue-14 budget: what a first visit loads before the banner. In English, the script (its
    // first-layer texts included) and the stylesheet; in another built-in language, also that
    // language's first-layer texts (the largest of nl, fr, de counted).
    firstVisit,
    firstVisitOther: others.length ? sum([firstVisit, others.reduce((a, b) => (b.brotli > a.brotli ? b : a))]) : undefined,
    parts,
    note: `consent.dialog.css ${domFile('consent.dialog.css').brotli} B br with the dialog; dark theme + ${domFile('consent.dark.css').brotli} B, corner + ${domFile('consent.corner.css').brotli} B, center + ${domFile('consent.center.css').brotli} B; first layer's texts in nl, fr, de + ${['nl', 'fr', 'de'].map((l) => parts[`lang-${l}-first`]?.brotli).join(', ')} B br before the banner; the whole table with the dialog (${['en', 'nl', 'fr', 'de'].map((l) => `${l} ${parts[`lang-${l}`]?.brotli}`).join(', ')} B br)`,
  };
}

const cell = (s, k) => (s ? String(s[k]) : '–');

export function sizeTable(rows) {
  const body = rows.map((r) => {
    const total = r.js || r.css ? sum([r.js, r.css].filter(Boolean)) : null;
    return [
      r.library,
      r.what,
      cell(r.js, 'min'),
      cell(r.js, 'gzip'),
      cell(r.js, 'brotli'),
      cell(r.lazyJs, 'brotli'),
      cell(r.jsEsbuild, 'brotli'),
      cell(r.css, 'min'),
      cell(r.css, 'brotli'),
      total ? `${kb(total.brotli)} KB` : '–',
      r.note ?? '',
    ];
  });
  return table(
    ['library', 'what is shipped', 'JS min', 'JS gzip', 'JS br', 'on demand JS br', 'JS br (esbuild split)', 'CSS min', 'CSS br', 'JS+CSS br', 'note'],
    body,
    ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { rows, notes } = await measureSizes();
  console.log('Bytes a site ships (bytes; React/Vue excluded)\n');
  console.log(sizeTable(rows));
  if (notes.length) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);
}
