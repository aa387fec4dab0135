#!/usr/bin/env node
// The script-tag build: dist/consent.iife.js (global `IntrowConsent`, no bundler, no `process`
// shim), its on-demand files dist/consent.<part>.js, and the stylesheet as dist/consent.css (the
// first layer), dist/consent.dialog.css and consent.embeds.css (loaded with the dialog's and the
// embeds' code) and dist/consent.<layout>.css (corner,
// center: loaded when the `layout` option names one), all side by side so that a CDN
// path serves them together.
//
// Code splitting without modules: every `import('<specifier>')` in the bundled code (core's gating
// and withdrawal modules, the preferences dialog, the cookie table) becomes, in the source text,
// a call of `loadPart('<part>')` (src/iife/parts.ts), which loads the part's classic script and
// resolves to what it registers (`registerPart`), as the import resolved to its module. A text
// rewrite rather than a stand-in module per part: no module namespace per part in the first load
// (about 200 B brotli). A dynamic import that is not a known part fails the build, so nothing is
// silently inlined.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import { splitStylesheet } from './split-css.mjs';
import { de, en, fr, nl } from '@introw/consent-core';
import { FIRST_LAYER_TEXTS } from '@introw/consent-core/ui';

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = resolve(here, '..');
const dist = join(pkgDir, 'dist');
const require = createRequire(import.meta.url);
const coreDir = dirname(require.resolve('@introw/consent-core/package.json'));
const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const PARTS_MODULE = join(pkgDir, 'src/iife/parts.ts');

/** Part name -> the module it carries. */
const PARTS = {
  gating: join(coreDir, 'dist/browser/gating.js'),
  withdrawals: join(coreDir, 'dist/browser/withdrawals.js'),
  dialog: join(pkgDir, 'src/dialog/PreferencesDialog.ts'),
  declaration: join(pkgDir, 'src/declaration.ts'),
  embeds: join(pkgDir, 'src/embeds.ts'),
  records: join(pkgDir, 'src/iife/records.ts'),
  'consent-mode': join(pkgDir, 'src/iife/consentMode.ts'),
  validate: join(pkgDir, 'src/iife/validateScriptConfig.ts'),
};
/** Built-in text tables, one part each (src/iife/scriptConfig.ts BUILT_IN_LANGUAGES). */
const LANGUAGES = ['en', 'nl', 'fr', 'de'];
const TABLES = { en, nl, fr, de };
/** A built-in table's first layer (core's FIRST_LAYER_TEXTS): what the banner and the settings control show. */
const firstLayer = (tag) => JSON.stringify(Object.fromEntries(FIRST_LAYER_TEXTS.map((key) => [key, TABLES[tag][key]])));
const partOf = new Map(Object.entries(PARTS).map(([name, file]) => [file, name]));

/** A dynamic import in the bundled code: `import('<specifier>')` with a string literal. */
const DYNAMIC_IMPORT = /\bimport\(\s*(['"])([^'"]+)\1\s*\)/g;

/**
 * Every dynamic import becomes a call of `loadPart` (src/iife/parts.ts) with its part's name, in
 * the source text before esbuild reads it: `import('./embeds')` -> `__introwLoadPart("embeds")`,
 * which resolves to what the part file registers, as the import resolved to its module. A dynamic
 * import that is not a known part fails the build, so nothing is silently inlined.
 */
const partsPlugin = {
  name: 'introw-consent-parts',
  setup(build) {
    build.onLoad({ filter: /\.(ts|js)$/ }, async (args) => {
      if (args.path === PARTS_MODULE) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import(')) return undefined;
      const names = new Map();
      for (const [, , spec] of text.matchAll(DYNAMIC_IMPORT)) {
        const found = await build.resolve(spec, { kind: 'dynamic-import', resolveDir: dirname(args.path) });
        const name = partOf.get(found.path);
        if (!name) return { errors: [{ text: `import("${spec}") in ${args.path} is not a part of the script-tag build (scripts/build-iife.mjs PARTS)` }] };
        names.set(spec, name);
      }
      // The import goes on the first line, before the file's own text, so its lines (and source map) stay as they are.
      const rewritten = text.replace(DYNAMIC_IMPORT, (_, __, spec) => `__introwLoadPart(${JSON.stringify(names.get(spec))})`);
      const contents = `import { loadPart as __introwLoadPart } from ${JSON.stringify(PARTS_MODULE)}; ${rewritten}`;
      return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js', resolveDir: dirname(args.path) };
    });
  },
};

const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  // esbuild bundles and minifies; terser then compresses once more (about 5% fewer brotli bytes).
  minify: true,
  legalComments: 'none',
  sourcemap: 'external',
  write: false,
  // Production build: core's dev-only guards (`typeof process < 'u' && ...`) fold away; nothing reads `process`.
  // English's first-layer texts go into the main file (src/iife/main.ts): a first visit in English loads no text file.
  define: {
    'process.env.NODE_ENV': '"production"',
    __VERSION__: JSON.stringify(version),
    __FIRST_LAYER_EN__: firstLayer('en'),
  },
  plugins: [partsPlugin],
  logLevel: 'warning',
  // core's dist entries import their chunks for side effects it declares it has none of: expected.
  logOverride: { 'ignored-bare-import': 'silent' },
  metafile: true,
};

rmSync(join(dist, 'consent.iife.js'), { force: true });
mkdirSync(dist, { recursive: true });
const outputs = [];
const metafiles = {};
const build = async (options) => {
  const { metafile, outputFiles } = await esbuild.build({ ...common, ...options });
  outputs.push(...Object.keys(metafile.outputs));
  Object.assign(metafiles, metafile.outputs);
  const js = outputFiles.find((f) => f.path.endsWith('.js'));
  const map = outputFiles.find((f) => f.path.endsWith('.js.map'));
  const name = js.path.slice(js.path.lastIndexOf('/') + 1);
  const out = await minify(js.text, {
    ecma: 2020,
    // unsafe_arrows and pure_getters: the code constructs no function expression with `new` and
    // reads no property for a side effect of its getter (the unit, browser and e2e suites run on this build).
    compress: { ecma: 2020, passes: 3, keep_fargs: false, unsafe_arrows: true, pure_getters: true },
    mangle: { toplevel: true },
    sourceMap: { content: map.text, filename: name, url: `${name}.map` },
  });
  writeFileSync(js.path, out.code);
  writeFileSync(map.path, out.map);
};

await build({ entryPoints: { 'consent.iife': join(pkgDir, 'src/iife/main.ts') }, outdir: dist });
const entries = [
  ...Object.entries(PARTS).map(([name, file]) => [name, `import * as part from ${JSON.stringify(file)};`]),
  // Each language's whole table (loaded with the dialog), and the first layer of the others than
  // English (loaded before the banner; English's is in the main file).
  ...LANGUAGES.map((tag) => [`lang-${tag}`, `import { ${tag} as table } from '@introw/consent-core';\nconst part = { table };`]),
  ...LANGUAGES.filter((tag) => tag !== 'en').map((tag) => [`lang-${tag}-first`, `const part = { table: ${firstLayer(tag)} };`]),
];
/** Layouts with a stylesheet of their own (`bar` is the base file's). */
const LAYOUTS = ['corner', 'center'];
/**
 * Parts that show styles of a later file and texts beyond the first layer: they register once
 * consent.<file>.css has loaded and the manager's texts are complete (src/iife/parts.ts textsComplete).
 */
const STYLED = { dialog: 'dialog', declaration: 'dialog', embeds: 'embeds' };
for (const [name, body] of entries) {
  const exports = STYLED[name] ? `Promise.all([loadStyle('${STYLED[name]}'), textsComplete()]).then(() => part)` : 'part';
  await build({
    stdin: {
      contents: `import { loadStyle, registerPart, textsComplete } from ${JSON.stringify(PARTS_MODULE)};\n${body}\nregisterPart(${JSON.stringify(name)}, ${exports});\n`,
      resolveDir: pkgDir,
      sourcefile: `part-${name}.js`,
      loader: 'js',
    },
    outfile: join(dist, `consent.${name}.js`),
  });
}

// The stylesheet every renderer shares (core's), minified next to the script, in three files by when
// a page needs it (scripts/split-css.mjs): consent.css with the first layer, consent.dialog.css with
// the dialog and the cookie tables, consent.embeds.css with the embed placeholders (each loaded with
// its code).
const css = await esbuild.build({ entryPoints: [join(coreDir, 'styles.css')], bundle: true, write: false, logLevel: 'warning', outdir: dist });
const split = splitStylesheet(css.outputFiles[0].text);
// The layouts' own rules (core's styles/<layout>.css) as consent.<layout>.css: the script loads the
// one its `layout` option names before the banner shows (or the page links it in <head>).
const layouts = LAYOUTS.map((layout) => [`consent.${layout}.css`, readFileSync(join(coreDir, 'styles', `${layout}.css`), 'utf8')]);
for (const [file, text] of [
  ['consent.css', split.first],
  ['consent.dialog.css', split.dialog],
  ['consent.embeds.css', split.embeds],
  ['consent.dark.css', split.dark],
  ...layouts,
]) {
  writeFileSync(join(dist, file), (await esbuild.transform(text, { loader: 'css', minify: true, legalComments: 'none' })).code);
}

// No bundler, no shim: the script must not read `process` beyond `typeof process`.
for (const file of outputs.filter((o) => o.endsWith('.js'))) {
  const code = readFileSync(resolve(pkgDir, file), 'utf8');
  if (/process\.env|\bprocess\s*\./.test(code)) throw new Error(`${file} reads process.env: the script-tag build must run without a process shim`);
}
if (process.env.IIFE_METAFILE) writeFileSync(process.env.IIFE_METAFILE, JSON.stringify(metafiles));
console.log(
  `script-tag build: dist/consent.iife.js, ${entries.length} on-demand parts, dist/consent.css, consent.dialog.css, consent.embeds.css, consent.dark.css, ${LAYOUTS.map((l) => `consent.${l}.css`).join(', ')}`,
);
