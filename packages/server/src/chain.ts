import { createHash } from 'node:crypto';
import type { StoredRecord } from './types';

/** `prev_hash` of the first batch ever written. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level and no whitespace: the same value always gives
 * the same bytes, whichever driver read it back (jsonb reorders keys; this puts them back).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** SHA-256 of a string, lowercase hex. */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The hash of one record: every stored field, so an edit of any column changes it. */
export function recordHash(r: StoredRecord): string {
  return sha256(
    canonicalJson({
      v: 1,
      recordId: r.recordId,
      consentId: r.consentId,
      timestamp: r.timestamp,
      revision: r.revision,
      method: r.method,
      categories: r.categories,
      services: r.services,
      language: r.language,
      gpc: r.gpc,
      notice: r.notice ?? null,
      context: r.context ?? null,
    }),
  );
}

/** What a batch (one link of the chain) commits to. */
export interface BatchContent {
  seq: number;
  kind: 'records' | 'purge';
  committedAt: string;
  prevHash: string;
  /** Record hashes in position order (empty for a purge). */
  recordHashes: readonly string[];
  /** Purge details: what was removed and the hash the remaining chain starts from. */
  detail: Record<string, unknown> | null;
}

/**
 * The hash of a batch: its position, kind, commit time, the previous batch's hash, its
 * records' hashes in order and its details. A changed, removed or reordered record, or a
 * removed batch, makes this or the next link fail to match.
 */
export function batchHash(b: BatchContent): string {
  return sha256(canonicalJson({ v: 1, seq: b.seq, kind: b.kind, committedAt: b.committedAt, prev: b.prevHash, records: b.recordHashes, detail: b.detail }));
}
