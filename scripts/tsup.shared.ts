import type { Options } from 'tsup';

/**
 * One build recipe for every package: ESM + CJS + d.ts, tree-shakeable, no minify
 * (consumers' bundlers minify; size budgets measure the minified output separately).
 */
export function packageConfig(entry: Record<string, string> | string[], extra: Partial<Options> = {}): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    treeshake: true,
    target: 'es2020',
    splitting: true,
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
    ...extra,
  };
}

/**
 * The same package built twice, for code that must run without a bundler too (core): `dist/`
 * with `process.env.NODE_ENV` set to `production` (what `import` and `require` resolve by
 * default: plain ES modules in a browser, Node, bundlers in production mode) and `dist/dev/` set to
 * `development` (the `development` export condition, which Vite, webpack and Next.js use in dev
 * mode): development builds keep their checks and warnings, and no file needs a `process` global.
 */
export function packageConfigs(entry: Record<string, string> | string[], extra: Partial<Options> = {}): Options[] {
  return [
    packageConfig(entry, { ...extra, env: { NODE_ENV: 'production' } }),
    packageConfig(entry, { ...extra, env: { NODE_ENV: 'development' }, outDir: 'dist/dev', dts: false, clean: false }),
  ];
}
