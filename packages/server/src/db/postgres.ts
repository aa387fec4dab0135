import pg from 'pg';
import type { ConsentDatabase, Query } from './database';

/** PostgreSQL through a `pg` pool (10 connections): the production database. */
export async function openPostgres(url: string): Promise<ConsentDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const parsed = new URL(url);
  const label = `postgres://${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  const run =
    (client: pg.Pool | pg.PoolClient): Query =>
    async <T>(text: string, params: readonly unknown[] = []) =>
      (await client.query(text, params as unknown[])).rows as T[];
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    label,
    query: run(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(run(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
