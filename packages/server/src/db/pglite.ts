import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ConsentDatabase, Query } from './database';

/**
 * PGlite (PostgreSQL compiled to WebAssembly, in this process): in a data directory, or in
 * memory when `dir` is `null`. One process at a time may open a directory.
 */
export async function openPglite(dir: string | null): Promise<ConsentDatabase> {
  if (dir) mkdirSync(resolve(dir), { recursive: true });
  const db = await PGlite.create(dir ? resolve(dir) : undefined);
  const run =
    (q: Pick<PGlite, 'query'>): Query =>
    async <T>(text: string, params: readonly unknown[] = []) =>
      (await q.query<T>(text, params as unknown[])).rows;
  return {
    kind: 'pglite',
    label: dir ? `pglite:${dir}` : 'pglite:memory',
    query: run(db),
    transaction: (work) => db.transaction((tx) => work(run(tx))),
    close: () => db.close(),
  };
}
