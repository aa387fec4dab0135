/** How a decision was given, as the browser records it (core's `ConsentRecord['method']`). */
export type RecordMethod = 'accept-all' | 'reject-all' | 'custom' | 'withdrawal' | 'reset' | 'gpc-opt-out';

/**
 * What the visitor was shown when deciding (core's `noticeFingerprint`): the revision, the
 * language, and SHA-256 hashes (hex) of the texts and of the declaration.
 */
export interface NoticeFingerprint {
  revision: number;
  language: string;
  /** SHA-256 of the texts in that language, or `null` when the config has none. */
  texts: string | null;
  /** SHA-256 of the config without its texts: categories, services, cookies, purposes. */
  declaration: string;
}

/** A consent record as posted by the browser (core's `ConsentRecord` plus the delivery fields). */
export interface IncomingRecord {
  /** Random id of this record, set by the browser sink: a resend stores nothing twice. */
  recordId: string;
  consentId: string;
  /** ISO 8601 UTC, milliseconds. */
  timestamp: string;
  revision: number;
  method: RecordMethod;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  language: string;
  gpc: boolean;
  notice?: NoticeFingerprint | null;
}

/** A record as stored: what was posted, plus what the site chose to add (IP, user agent: off by default, R15). */
export interface StoredRecord extends IncomingRecord {
  notice: NoticeFingerprint | null;
  /** `{ ip?, userAgent? }` when the site opted in; `null` by default (R15). */
  context: Record<string, string> | null;
}

/** A stored record with its place in the chain. */
export interface ChainedRecord extends StoredRecord {
  /** Sequence number of the batch (chain link) the record was committed in. */
  batch: number;
  /** Position inside that batch, from 0. */
  position: number;
  /** When the server committed it (ISO 8601 UTC). */
  receivedAt: string;
  /** SHA-256 of the record (see the chain design in the README). */
  hash: string;
}

/** Result of {@link verifyChain}. */
export interface VerifyResult {
  ok: boolean;
  /** Batches (chain links) checked. */
  batches: number;
  /** Records checked. */
  records: number;
  /** The last link: its sequence number and hash (write it down elsewhere to also detect a cut-off tail). */
  head: { seq: number; hash: string };
  /** The first broken link, when `ok` is false. */
  broken?: { seq: number; recordId?: string; position?: number; reason: string };
}

/** Result of a retention purge. */
export interface PurgeResult {
  /** Batches and records removed (0 when nothing was old enough). */
  batches: number;
  records: number;
  /** Records older than this (ISO 8601 UTC, by commit time) were removed. */
  cutoff: string;
  /** Sequence number of the purge's own link, or `null` when nothing was removed. */
  seq: number | null;
}
