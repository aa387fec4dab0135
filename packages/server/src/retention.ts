import { batchHash } from './chain';
import type { ConsentDatabase } from './db/database';
import type { PurgeResult } from './types';

const DAY_MS = 86_400_000;

/**
 * Removes the records committed more than `days` days ago, whole batches at a time from the
 * start of the chain, and appends a `purge` link that says what went (how many batches and
 * records, through which batch, before which time) and carries the hash the remaining chain
 * starts from: the purge is itself on the record, and {@link verifyChain} still checks every
 * remaining link. Does nothing (and appends nothing) when no batch is old enough.
 *
 * @param db - An open, migrated database.
 * @param days - Retention in days (a whole number, at least 1).
 * @param now - Epoch ms of "now" (tests).
 * @throws When `days` is not a whole number ≥ 1, or the database fails (nothing is removed then).
 * @example
 * ```ts
 * await purgeExpired(db, 365 * 3); // keep three years of proof
 * ```
 * @remarks GDPR art. 5(1)(e) (storage limitation) and art. 7(1) (proof): R14.
 */
export async function purgeExpired(db: ConsentDatabase, days: number, now = Date.now()): Promise<PurgeResult> {
  if (!Number.isInteger(days) || days < 1) throw new Error(`retention must be a whole number of days, at least 1 (got ${days})`);
  const cutoff = new Date(now - days * DAY_MS).toISOString();
  return db.transaction(async (q) => {
    const [head] = await q<{ seq: unknown; hash: string }>(`SELECT seq, hash FROM consent_chain_head WHERE id FOR UPDATE`);
    if (!head) throw new Error('consent_chain_head is empty: the database was not migrated');
    const [range] = await q<{ first: unknown; through: unknown }>(
      `SELECT min(seq) AS first, coalesce((SELECT min(seq) - 1 FROM consent_batches WHERE committed_at >= $1), max(seq)) AS through FROM consent_batches`,
      [cutoff],
    );
    const first = range?.first == null ? null : Number(range.first);
    const through = range?.through == null ? null : Number(range.through);
    if (first === null || through === null || through < first) return { batches: 0, records: 0, cutoff, seq: null };
    const [anchor] = await q<{ hash: string }>(`SELECT hash FROM consent_batches WHERE seq = $1`, [through]);
    const [removed] = await q<{ n: unknown }>(`WITH gone AS (DELETE FROM consent_records WHERE batch_seq <= $1 RETURNING 1) SELECT count(*) AS n FROM gone`, [
      through,
    ]);
    const [batches] = await q<{ n: unknown }>(`WITH gone AS (DELETE FROM consent_batches WHERE seq <= $1 RETURNING 1) SELECT count(*) AS n FROM gone`, [
      through,
    ]);
    const seq = Number(head.seq) + 1;
    const committedAt = new Date(now).toISOString();
    const detail = { throughSeq: through, anchor: anchor!.hash, cutoff, retentionDays: days, batches: Number(batches!.n), records: Number(removed!.n) };
    const hash = batchHash({ seq, kind: 'purge', committedAt, prevHash: head.hash, recordHashes: [], detail });
    await q(`INSERT INTO consent_batches (seq, kind, committed_at, record_count, detail, prev_hash, hash) VALUES ($1, 'purge', $2, 0, $3, $4, $5)`, [
      seq,
      committedAt,
      JSON.stringify(detail),
      head.hash,
      hash,
    ]);
    await q(`UPDATE consent_chain_head SET seq = $1, hash = $2 WHERE id`, [seq, hash]);
    return { batches: detail.batches, records: detail.records, cutoff, seq };
  });
}
