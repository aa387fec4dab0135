import { batchHash, recordHash } from './chain';
import type { ConsentDatabase, Query } from './db/database';
import type { StoredRecord } from './types';

/** What happened to the records of one `append` call. */
export interface AppendResult {
  /** Record ids stored now. */
  stored: string[];
  /** Record ids that were already stored (a resend): nothing stored twice. */
  duplicates: string[];
}

interface Pending {
  records: StoredRecord[];
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/** Most records written in one transaction (one chain link); 13 parameters each. */
const MAX_ROWS_PER_COMMIT = 1000;

/**
 * Appends records to the chain with group commit: requests that arrive while a transaction
 * runs wait and go together into the next one, so 50 concurrent clients cost a handful of
 * commits, not 50 (issue 16: a chain over committed batches). Each transaction locks the
 * chain head (`SELECT … FOR UPDATE`), so several server processes on one PostgreSQL database
 * still form one chain. A promise resolves only after its records are committed: what is
 * acknowledged is durable.
 */
export class ChainWriter {
  private queue: Pending[] = [];
  private readonly lanes = new Set<Promise<void>>();
  private starting = false;
  /**
   * One transaction in flight per process. Two (the next one waiting on the head lock while the
   * previous commits) measured worse on PostgreSQL: the second takes a smaller group, so there are
   * more commits (bench/README.md).
   */
  private readonly maxLanes = 1;

  constructor(
    private readonly db: ConsentDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores the records (deduplicated by `recordId`) in the next batch; resolves once committed. */
  append(records: StoredRecord[]): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ records, resolve, reject });
      this.startLane();
    });
  }

  /** Resolves when everything queued so far is committed (or failed). */
  async idle(): Promise<void> {
    while (this.lanes.size) await Promise.all(this.lanes);
  }

  private startLane(): void {
    if (this.starting || this.lanes.size >= this.maxLanes) return;
    this.starting = true;
    // Start after the current I/O phase: every request that arrived with this one joins its
    // batch (PGlite runs in this thread, so a transaction started at once would hold the rest back).
    const lane: Promise<void> = new Promise((next) => setImmediate(next))
      .then(() => {
        this.starting = false;
        return this.drain();
      })
      .finally(() => {
        this.lanes.delete(lane);
        if (this.queue.length) this.startLane();
      });
    this.lanes.add(lane);
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const group: Pending[] = [];
      let rows = 0;
      while (this.queue.length && (rows === 0 || rows + this.queue[0]!.records.length <= MAX_ROWS_PER_COMMIT)) {
        const next = this.queue.shift()!;
        group.push(next);
        rows += next.records.length;
      }
      try {
        const fresh = await this.db.transaction((q) =>
          this.commit(
            q,
            group.flatMap((p) => p.records),
          ),
        );
        // The first request that carried a new id gets "stored"; any other copy is a duplicate.
        const claimed = new Set<string>();
        for (const p of group) {
          const result: AppendResult = { stored: [], duplicates: [] };
          for (const { recordId: id } of p.records) {
            if (fresh.has(id) && !claimed.has(id)) claimed.add(id), result.stored.push(id);
            else result.duplicates.push(id);
          }
          p.resolve(result);
        }
      } catch (error) {
        for (const p of group) p.reject(error);
      }
    }
  }

  /**
   * One transaction in three statements: lock the head; learn which ids are already stored;
   * write the batch, its records and the new head in one statement.
   */
  private async commit(q: Query, records: StoredRecord[]): Promise<Set<string>> {
    const ids = [...new Set(records.map((r) => r.recordId))];
    const [head] = await q<{ seq: string | number; hash: string }>(`SELECT seq, hash FROM consent_chain_head WHERE id FOR UPDATE`);
    if (!head) throw new Error('consent_chain_head is empty: the database was not migrated');
    // A statement of its own, after the lock: it sees what the transaction before this one committed.
    const [found] = await q<{ known: string[] | null }>(`SELECT array_agg(record_id) AS known FROM consent_records WHERE record_id = ANY($1::text[])`, [ids]);
    const known = new Set(Array.isArray(found?.known) ? found.known : []);
    const fresh: StoredRecord[] = [];
    for (const r of records) if (!known.has(r.recordId)) known.add(r.recordId), fresh.push(r);
    if (!fresh.length) return new Set();
    const seq = Number(head.seq) + 1;
    const committedAt = new Date(this.now()).toISOString();
    const hashes = fresh.map(recordHash);
    const hash = batchHash({ seq, kind: 'records', committedAt, prevHash: head.hash, recordHashes: hashes, detail: null });
    const params: unknown[] = [seq, committedAt, fresh.length, head.hash, hash];
    const values = fresh.map((r, pos) => {
      const row = [
        pos,
        r.recordId,
        r.consentId,
        r.timestamp,
        r.revision,
        r.method,
        JSON.stringify(r.categories),
        JSON.stringify(r.services),
        r.language,
        r.gpc,
        r.notice ? JSON.stringify(r.notice) : null,
        r.context ? JSON.stringify(r.context) : null,
        hashes[pos],
      ];
      const at = params.length;
      params.push(...row);
      return `($1, ${row.map((_, i) => `$${at + i + 1}`).join(', ')})`;
    });
    await q(
      `WITH batch AS (
         INSERT INTO consent_batches (seq, kind, committed_at, record_count, detail, prev_hash, hash) VALUES ($1, 'records', $2, $3, NULL, $4, $5)
       ), recs AS (
         INSERT INTO consent_records (batch_seq, pos, record_id, consent_id, decided_at, revision, method, categories, services, language, gpc, notice, context, hash)
         VALUES ${values.join(', ')}
       )
       UPDATE consent_chain_head SET seq = $1, hash = $5 WHERE id`,
      params,
    );
    return new Set(fresh.map((r) => r.recordId));
  }
}
