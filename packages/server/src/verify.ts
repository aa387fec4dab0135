import { batchHash, GENESIS_HASH, recordHash } from './chain';
import type { ConsentDatabase } from './db/database';
import { RECORD_COLUMNS, toChainedRecord } from './rows';
import type { VerifyResult } from './types';

interface BatchRow {
  seq: number;
  kind: 'records' | 'purge';
  committedAt: string;
  recordCount: number;
  detail: Record<string, unknown> | null;
  prevHash: string;
  hash: string;
}

const PAGE = 200;

/**
 * Recomputes the whole chain from the stored columns and compares every hash: each record's
 * hash, each batch's hash over its records and the previous batch, the link to the previous
 * batch (or to the purge that removed it), the record count of each batch, and the head.
 * An edited, deleted, inserted or reordered row shows as the first broken link.
 *
 * @returns `{ ok, batches, records, head, broken? }`; `broken` names the batch (and record) and why.
 * @example
 * ```ts
 * const result = await verifyChain(db);
 * if (!result.ok) console.error(`chain broken at batch ${result.broken.seq}: ${result.broken.reason}`);
 * ```
 * @remarks GDPR art. 7(1) (demonstrate consent); R14.
 */
export async function verifyChain(db: ConsentDatabase): Promise<VerifyResult> {
  const [headRow] = await db.query<{ seq: unknown; hash: string }>(`SELECT seq, hash FROM consent_chain_head WHERE id`);
  const head = { seq: Number(headRow?.seq ?? -1), hash: String(headRow?.hash ?? '') };
  const counts = { batches: 0, records: 0 };
  const fail = (seq: number, reason: string, at?: { recordId: string; position: number }): VerifyResult => ({
    ok: false,
    ...counts,
    head,
    broken: { seq, ...at, reason },
  });
  if (!headRow) return fail(0, 'the chain head row is missing');

  // Where the remaining chain must start: seq 1 from genesis, or right after the latest purge's range.
  const [purge] = await db.query<{ seq: unknown; detail: unknown }>(`SELECT seq, detail FROM consent_batches WHERE kind = 'purge' ORDER BY seq DESC LIMIT 1`);
  const purged = purge ? ((typeof purge.detail === 'string' ? JSON.parse(purge.detail) : purge.detail) as { throughSeq: number; anchor: string }) : null;
  let expectedSeq = purged ? purged.throughSeq + 1 : 1;
  let prevHash = purged ? purged.anchor : GENESIS_HASH;

  const [orphan] = await db.query<{ batch_seq: unknown; record_id: string; pos: unknown }>(
    `SELECT r.batch_seq, r.record_id, r.pos FROM consent_records r LEFT JOIN consent_batches b ON b.seq = r.batch_seq WHERE b.seq IS NULL ORDER BY r.batch_seq, r.pos LIMIT 1`,
  );
  if (orphan)
    return fail(Number(orphan.batch_seq), `record ${orphan.record_id} belongs to batch ${orphan.batch_seq}, which is missing`, {
      recordId: orphan.record_id,
      position: Number(orphan.pos),
    });

  let after = -1;
  for (;;) {
    const batches = (
      await db.query<Record<string, unknown>>(
        `SELECT seq, kind, committed_at, record_count, detail, prev_hash, hash FROM consent_batches WHERE seq > $1 ORDER BY seq LIMIT ${PAGE}`,
        [after],
      )
    ).map(
      (b): BatchRow => ({
        seq: Number(b.seq),
        kind: b.kind as BatchRow['kind'],
        committedAt: (b.committed_at instanceof Date ? b.committed_at : new Date(String(b.committed_at))).toISOString(),
        recordCount: Number(b.record_count),
        detail: b.detail == null ? null : typeof b.detail === 'string' ? JSON.parse(b.detail) : (b.detail as Record<string, unknown>),
        prevHash: String(b.prev_hash),
        hash: String(b.hash),
      }),
    );
    if (!batches.length) break;
    const first = batches[0]!.seq;
    const last = batches[batches.length - 1]!.seq;
    const rows = (
      await db.query(
        `SELECT ${RECORD_COLUMNS} FROM consent_records r JOIN consent_batches b ON b.seq = r.batch_seq WHERE r.batch_seq BETWEEN $1 AND $2 ORDER BY r.batch_seq, r.pos`,
        [first, last],
      )
    ).map(toChainedRecord);
    let i = 0;
    for (const batch of batches) {
      if (batch.seq !== expectedSeq) {
        return fail(
          expectedSeq,
          batch.seq < expectedSeq
            ? `batch ${batch.seq} should have been removed by the purge through ${expectedSeq - 1}`
            : `batch ${expectedSeq} is missing (the next one is ${batch.seq})`,
        );
      }
      if (batch.prevHash !== prevHash) return fail(batch.seq, `its previous-hash does not match batch ${batch.seq - 1}: a batch was changed or removed`);
      const records = [];
      while (i < rows.length && rows[i]!.batch === batch.seq) records.push(rows[i++]!);
      const hashes: string[] = [];
      for (const [pos, r] of records.entries()) {
        if (r.position !== pos) return fail(batch.seq, `record at position ${pos} is missing`, { recordId: r.recordId, position: r.position });
        const h = recordHash(r);
        if (h !== r.hash) return fail(batch.seq, `record ${r.recordId} was changed after it was stored`, { recordId: r.recordId, position: pos });
        hashes.push(h);
      }
      if (records.length !== batch.recordCount)
        return fail(batch.seq, `holds ${records.length} records but committed ${batch.recordCount}: a record was deleted or added`);
      if (batchHash({ ...batch, recordHashes: hashes }) !== batch.hash)
        return fail(batch.seq, 'its hash does not match its contents: the batch or one of its records was changed');
      counts.batches++;
      counts.records += records.length;
      prevHash = batch.hash;
      expectedSeq = batch.seq + 1;
    }
    after = last;
  }
  if (head.seq !== expectedSeq - 1 || head.hash !== prevHash) {
    return fail(head.seq, `the chain head says batch ${head.seq}, but the last batch is ${expectedSeq - 1}: batches were removed or the head was changed`);
  }
  return { ok: true, ...counts, head };
}
