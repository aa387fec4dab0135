import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ConsentDatabase, Query } from './database';

const LOCK = 'introw-consent.pid';

/** True when a process with this id is running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims a PGlite directory for this process: PGlite itself does not stop a second process from
 * opening the same files, which would corrupt them. A lock left by a process that died (SIGKILL)
 * is taken over.
 */
function claim(dir: string): () => void {
  const file = join(dir, LOCK);
  let holder = NaN;
  try {
    holder = Number(readFileSync(file, 'utf8').trim());
  } catch {
    // no lock
  }
  if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
    throw new Error(
      `${dir} is in use by process ${holder} (one process at a time may open a PGlite directory): stop it first, or ask the running server (GET /consent/verify)`,
    );
  }
  writeFileSync(file, String(process.pid));
  return () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
}

/**
 * PGlite (PostgreSQL compiled to WebAssembly, in this process): in a data directory, or in
 * memory when `dir` is `null`. One process at a time may open a directory.
 */
export async function openPglite(dir: string | null): Promise<ConsentDatabase> {
  const path = dir ? resolve(dir) : null;
  if (path) mkdirSync(path, { recursive: true });
  const release = path ? claim(path) : () => {};
  let db: PGlite;
  try {
    db = await PGlite.create(path ?? undefined);
  } catch (error) {
    release();
    throw error;
  }
  const run =
    (q: Pick<PGlite, 'query'>): Query =>
    async <T>(text: string, params: readonly unknown[] = []) =>
      (await q.query<T>(text, params as unknown[])).rows;
  return {
    kind: 'pglite',
    label: dir ? `pglite:${dir}` : 'pglite:memory',
    query: run(db),
    transaction: (work) => db.transaction((tx) => work(run(tx))),
    close: async () => {
      await db.close();
      release();
    },
  };
}
