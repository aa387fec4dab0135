import type { ChainedRecord, NoticeFingerprint, RecordMethod } from './types';

/** The columns every read of records selects, with the batch's commit time. */
export const RECORD_COLUMNS = `r.batch_seq, r.pos, r.record_id, r.consent_id, r.decided_at, r.revision, r.method, r.categories, r.services,
  r.language, r.gpc, r.notice, r.context, r.hash, b.committed_at`;

/** A row as `pg` or PGlite return it (bigint as string or number, timestamptz as Date, jsonb parsed). */
export type RecordRow = Record<string, unknown>;

const iso = (v: unknown): string => (v instanceof Date ? v : new Date(String(v))).toISOString();
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** Maps a database row to a record, the same way for both drivers (the chain hashes what this returns). */
export function toChainedRecord(row: RecordRow): ChainedRecord {
  return {
    recordId: String(row.record_id),
    consentId: String(row.consent_id),
    timestamp: iso(row.decided_at),
    revision: Number(row.revision),
    method: String(row.method) as RecordMethod,
    categories: json<Record<string, boolean>>(row.categories),
    services: json<Record<string, boolean>>(row.services),
    language: String(row.language),
    gpc: row.gpc === true,
    notice: row.notice == null ? null : json<NoticeFingerprint>(row.notice),
    context: row.context == null ? null : json<Record<string, string>>(row.context),
    batch: Number(row.batch_seq),
    position: Number(row.pos),
    receivedAt: iso(row.committed_at),
    hash: String(row.hash),
  };
}
