import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * docs/parity.md lists each shared React/Vue behaviour with the test that proves it on each side.
 * This keeps the table honest: every named test exists in the named file (so renaming or
 * deleting one fails here), and every row names a test on both sides.
 */
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const doc = readFileSync(resolve(repo, 'docs/parity.md'), 'utf8');

interface Ref {
  file: string;
  title: string;
}

/** `` `file args` — title `` -> `{ file, title }`. */
function parseCell(cell: string, base: string): Ref {
  const match = /^`([^`]+)`\s+—\s+(.+)$/.exec(cell.trim());
  if (!match) throw new Error(`cannot read the cell: ${cell}`);
  const file = match[1]!.split(' ')[0]!;
  return { file: file.includes('/') ? file : `${base}/${file}`, title: match[2]!.trim() };
}

const section = doc.slice(doc.indexOf('## Behaviours and their tests'), doc.indexOf('## Vue-only tests'));
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| Behaviour') && !line.startsWith('| ---'))
  .map((line) => {
    const cells = line.split(' | ').map((c) => c.replace(/^\|\s*|\s*\|$/g, ''));
    return {
      behaviour: cells[0]!,
      react: parseCell(cells[1]!, 'packages/react/src/__tests__'),
      vue: parseCell(cells[2]!, 'packages/vue/src/__tests__'),
    };
  });

/** The file's text with escaped quotes undone, so titles can be found as written. */
const source = (file: string): string => readFileSync(resolve(repo, file), 'utf8').replace(/\\(['"`])/g, '$1');

/** True when `title` is a test of `file`; `shared: <name>` in examples/vue/e2e.mjs is a test of the shared suite it runs. */
function exists({ file, title }: Ref): boolean {
  if (file === 'examples/vue/e2e.mjs' && title.startsWith('shared: ')) {
    return source(file).includes("from '../../e2e/consent.e2e.mjs'") && source('e2e/consent.e2e.mjs').includes(title.slice('shared: '.length));
  }
  return source(file).includes(title);
}

describe('docs/parity.md', () => {
  it('has a row for every shared behaviour (at least the React unit suite)', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it.each(rows.map((r) => [r.behaviour, r] as const))('%s: the React and the Vue test both exist', (_, row) => {
    expect(exists(row.react), `React: ${row.react.file} has a test "${row.react.title}"`).toBe(true);
    expect(exists(row.vue), `Vue: ${row.vue.file} has a test "${row.vue.title}"`).toBe(true);
  });

  it('lists every test of the React unit suite', () => {
    const listed = new Set(rows.map((r) => `${r.react.file}\u0000${r.react.title}`));
    const tests = ['ConsentBanner', 'ConsentGate', 'ConsentPreferences', 'ConsentProvider', 'CookieDeclaration', 'GatedEmbed', 'hooks', 'index', 'ssr'];
    const missing: string[] = [];
    for (const name of tests) {
      const file = `packages/react/src/__tests__/${name}.test.${name === 'index' ? 'ts' : 'tsx'}`;
      for (const m of source(file).matchAll(/\bit(?:\.each\([^)]*\))?\((['"`])(.+?)\1,/g)) {
        if (!listed.has(`${file}\u0000${m[2]}`)) missing.push(`${file}: ${m[2]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
