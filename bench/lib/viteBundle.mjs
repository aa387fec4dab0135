// Bundles one entry the way a Vite site's production build does (Vite 8: Rolldown, minified ESM,
// NODE_ENV=production, React/Vue external), and splits its output into what a page loads up front
// (the entry chunk and its static imports) and what loads on demand (`import()`).
//
// Why this and not esbuild for the budgets: esbuild splits code file by file, so every module a
// package's barrel re-exports counts as reachable from the first load, and a module that only an
// on-demand chunk uses (the preferences dialog's cookie table, say) still lands in a chunk the
// first load imports. Rollup/Rolldown (Vite) and webpack drop unused re-exports of side-effect-free
// packages first, which is what a site ships. `pnpm bench` prints both.
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { DIST, ROOT, BENCH_DIR } from './common.mjs';

const require = createRequire(import.meta.url);
const FRAMEWORK = [/^react($|\/|-dom)/, /^vue($|\/)/, /^scheduler$/];

/** Vite, from the workspace (the examples' own). */
async function loadVite() {
  const entry = require.resolve('vite', { paths: [`${ROOT}/examples/react`] });
  return import(entry);
}

/** Our packages resolve to their built dist only (never to src), subpaths included. */
const ours = [
  { find: /^@introw\/consent-core\/(ui|preferences|server)$/, replacement: `${dirname(DIST.core)}/$1.js` },
  { find: /^@introw\/consent-core$/, replacement: DIST.core },
  { find: /^@introw\/consent-react$/, replacement: DIST.react },
  { find: /^@introw\/consent-vue$/, replacement: DIST.vue },
];

/**
 * @param {string} entry - Absolute path of the entry module.
 * @returns {Promise<{ initial: Buffer[], lazy: Buffer[] }>} The up-front files and the on-demand ones.
 */
export async function bundleJsVite(entry) {
  const { build } = await loadVite();
  const result = await build({
    configFile: false,
    root: BENCH_DIR,
    logLevel: 'silent',
    resolve: { alias: ours },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      modulePreload: false,
      reportCompressedSize: false,
      rollupOptions: { input: entry, external: (id) => FRAMEWORK.some((re) => re.test(id)) },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output.filter((o) => o.type === 'chunk');
  const byName = new Map(output.map((o) => [o.fileName, o]));
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name) || !byName.has(name)) return;
    initial.add(name);
    for (const i of byName.get(name).imports) visit(i);
  };
  visit(output.find((o) => o.isEntry).fileName);
  const code = (o) => Buffer.from(o.code);
  return { initial: [...initial].map((n) => code(byName.get(n))), lazy: output.filter((o) => !initial.has(o.fileName)).map(code) };
}
