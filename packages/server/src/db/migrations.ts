import { GENESIS_HASH } from '../chain';
import type { ConsentDatabase } from './database';

/**
 * The schema, one step per version; never edit a step that has shipped, add one.
 * Records are append-only: `consent_batches` is the chain (one row per committed batch or
 * purge), `consent_records` the records of each batch, `consent_chain_head` its last link.
 */
const STEPS: readonly string[] = [
  `CREATE TABLE consent_batches (
     seq bigint PRIMARY KEY,
     kind text NOT NULL CHECK (kind IN ('records', 'purge')),
     committed_at timestamptz NOT NULL,
     record_count integer NOT NULL,
     detail jsonb,
     prev_hash text NOT NULL,
     hash text NOT NULL
   );
   CREATE TABLE consent_records (
     batch_seq bigint NOT NULL,
     pos integer NOT NULL,
     record_id text NOT NULL UNIQUE,
     consent_id text NOT NULL,
     decided_at timestamptz NOT NULL,
     revision integer NOT NULL,
     method text NOT NULL,
     categories jsonb NOT NULL,
     services jsonb NOT NULL,
     language text NOT NULL,
     gpc boolean NOT NULL,
     notice jsonb,
     context jsonb,
     hash text NOT NULL,
     PRIMARY KEY (batch_seq, pos)
   );
   CREATE INDEX consent_records_consent_id ON consent_records (consent_id, batch_seq, pos);
   CREATE INDEX consent_records_decided_at ON consent_records (decided_at);
   CREATE INDEX consent_batches_committed_at ON consent_batches (committed_at);
   CREATE TABLE consent_chain_head (
     id boolean PRIMARY KEY DEFAULT true CHECK (id),
     seq bigint NOT NULL,
     hash text NOT NULL
   );
   INSERT INTO consent_chain_head (id, seq, hash) VALUES (true, 0, '${GENESIS_HASH}');`,
];

/**
 * Brings the schema up to date: runs the steps not yet applied, in one transaction under an
 * advisory lock so that servers starting together do not race. Safe to call at every start.
 *
 * @returns The schema version now in place.
 * @throws When the database refuses a statement (nothing of that run is applied: one transaction).
 * @example
 * ```ts
 * const db = await openConsentDatabase('./consent-data');
 * await migrate(db); // createConsentHandler does this itself before the first request
 * ```
 * @remarks R14 (records are append-only: the schema has no update path for them).
 */
export async function migrate(db: ConsentDatabase): Promise<number> {
  await db.transaction(async (q) => {
    await q(`SELECT pg_advisory_xact_lock(27560)`);
    await q(`CREATE TABLE IF NOT EXISTS consent_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = new Set((await q<{ version: number }>(`SELECT version FROM consent_schema`)).map((r) => Number(r.version)));
    for (const [i, step] of STEPS.entries()) {
      if (applied.has(i + 1)) continue;
      for (const statement of step.split(/;\s*\n/)) if (statement.trim()) await q(statement);
      await q(`INSERT INTO consent_schema (version) VALUES ($1)`, [i + 1]);
    }
  });
  return STEPS.length;
}
