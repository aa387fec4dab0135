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
