import type { ConsentDatabase } from './db/database';
import { RECORD_COLUMNS, toChainedRecord } from './rows';
import type { ChainedRecord, RecordMethod } from './types';

/** Most records one visitor's history returns. */
const HISTORY_LIMIT = 10_000;

/** Every record of one consent id, oldest first (a data subject's request). */
export async function recordsOf(db: ConsentDatabase, consentId: string): Promise<ChainedRecord[]> {
  const rows = await db.query(
    `SELECT ${RECORD_COLUMNS} FROM consent_records r JOIN consent_batches b ON b.seq = r.batch_seq WHERE r.consent_id = $1 ORDER BY r.batch_seq, r.pos LIMIT ${HISTORY_LIMIT}`,
    [consentId],
  );
  return rows.map(toChainedRecord);
}

/**
 * Records decided in `[from, to)` in chain order, one page after `cursor` (keyset pagination:
 * constant memory however many records there are).
 */
export async function recordsPage(
  db: ConsentDatabase,
  range: { from: Date; to: Date },
  cursor: { batch: number; position: number } | null,
  limit: number,
): Promise<ChainedRecord[]> {
  const rows = await db.query(
    `SELECT ${RECORD_COLUMNS} FROM consent_records r JOIN consent_batches b ON b.seq = r.batch_seq
     WHERE r.decided_at >= $1 AND r.decided_at < $2 AND (r.batch_seq, r.pos) > ($3, $4)
     ORDER BY r.batch_seq, r.pos LIMIT ${Math.max(1, Math.floor(limit))}`,
    [range.from.toISOString(), range.to.toISOString(), cursor?.batch ?? -1, cursor?.position ?? -1],
  );
  return rows.map(toChainedRecord);
}

/** Decision counts for the dashboard. */
export interface DecisionCounts {
  /** `YYYY-MM-DD` (UTC) -> method -> count. */
  perDay: Map<string, Partial<Record<RecordMethod, number>>>;
  /** category -> { granted, refused } over the choices visitors made (not resets or GPC opt-outs). */
  perCategory: Map<string, { granted: number; refused: number }>;
  /** Distinct consent ids with at least one record in the range. */
  visitors: number;
}

/** Counts per day and method, and per category granted / refused, for decisions in `[from, to)`. */
export async function decisionCounts(db: ConsentDatabase, from: Date, to: Date): Promise<DecisionCounts> {
  const params = [from.toISOString(), to.toISOString()];
  const days = await db.query<{ day: string; method: RecordMethod; n: unknown }>(
    `SELECT to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, method, count(*) AS n
     FROM consent_records WHERE decided_at >= $1 AND decided_at < $2 GROUP BY 1, 2`,
    params,
  );
  const cats = await db.query<{ category: string; granted: boolean; n: unknown }>(
    `SELECT c.key AS category, (c.value = 'true'::jsonb) AS granted, count(*) AS n
     FROM consent_records r CROSS JOIN LATERAL jsonb_each(r.categories) c
     WHERE r.decided_at >= $1 AND r.decided_at < $2 AND r.method NOT IN ('reset', 'gpc-opt-out') GROUP BY 1, 2`,
    params,
  );
  const [visitors] = await db.query<{ n: unknown }>(
    `SELECT count(DISTINCT consent_id) AS n FROM consent_records WHERE decided_at >= $1 AND decided_at < $2`,
    params,
  );
  const perDay = new Map<string, Partial<Record<RecordMethod, number>>>();
  for (const row of days) perDay.set(row.day, { ...perDay.get(row.day), [row.method]: Number(row.n) });
  const perCategory = new Map<string, { granted: number; refused: number }>();
  for (const row of cats) {
    const entry = perCategory.get(row.category) ?? { granted: 0, refused: 0 };
    entry[row.granted ? 'granted' : 'refused'] += Number(row.n);
    perCategory.set(row.category, entry);
  }
  return { perDay, perCategory, visitors: Number(visitors?.n ?? 0) };
}
