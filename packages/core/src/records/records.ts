import type { NoticeFingerprint } from './notice';
import type { ConsentConfig, ConsentMethod } from '../config/types';

/** What a record says happened; see {@link ConsentRecord.method}. */
export type ConsentRecordMethod = ConsentMethod | 'withdrawal' | 'reset' | 'gpc-opt-out';

/**
 * Proof of one decision (R14, R15): who (a random consent id, never an IP or user agent),
 * when (UTC), under which policy revision, what (per category and per service), how, and in
 * which language. Field meanings follow ISO/IEC TS 27560:2023 (see {@link toConsentReceipt}).
 */
export interface ConsentRecord {
  /** The random consent id of the browser's decision (ISO 27560 "consent record identifier"). */
  consentId: string;
  /** ISO 8601 UTC timestamp of the decision. */
  timestamp: string;
  /** Cookie-statement revision the decision was given under. */
  revision: number;
  /**
   * What happened (R14): `accept-all`, `reject-all`, `custom` (a choice that gives consent);
   * `withdrawal` (a choice through the banner or the settings that turns off something that was
   * granted); `reset` (`reset()`: the decision is forgotten); `gpc-opt-out` (Global Privacy
   * Control turned off what the stored decision granted, without any interaction: R22).
   */
  method: ConsentRecordMethod;
  /** Category id -> granted. */
  categories: Record<string, boolean>;
  /** Service id -> granted. */
  services: Record<string, boolean>;
  /** BCP 47 tag of the language the texts were shown in. */
  language: string;
  /** GPC was present when the decision was made (R21). */
  gpc: boolean;
  /** Random id of this record, set by `beaconRecordSink` when it first takes the record: a resend is recognised, never stored twice. */
  recordId?: string;
  /** What the visitor was shown (see `noticeFingerprint`), added by `beaconRecordSink`. */
  notice?: NoticeFingerprint | null;
}

/**
 * Receives every record, and the config the visitor was shown (for `noticeFingerprint`); may be
 * async. Errors it throws are reported as `error` events.
 */
export type ConsentRecordSink = (record: ConsentRecord, config?: ConsentConfig) => void | Promise<void>;

/**
 * Maps a record to the fields of ISO/IEC TS 27560:2023 (via the W3C DPV guide) for export.
 * Shape: `{ schema_version, record_id, timestamp, notice, state, purposes[], method, language, gpc }`;
 * `notice` carries the language and the SHA-256 hashes of the texts and declaration when the
 * record has a `notice` fingerprint.
 *
 * @example
 * ```ts
 * consent.on('record', (r) => archive(toConsentReceipt(r, { noticeUrl: 'https://www.introw.io/cookies' })));
 * ```
 * @remarks R15: docs/rules.md; ISO/IEC TS 27560:2023.
 */
export function toConsentReceipt(record: ConsentRecord, options: { noticeUrl?: string; controller?: string } = {}) {
  return {
    schema_version: 'ISO/IEC TS 27560:2023',
    record_id: record.consentId,
    timestamp: record.timestamp,
    controller: options.controller ?? null,
    notice: {
      revision: record.revision,
      url: options.noticeUrl ?? null,
      ...(record.notice && { language: record.notice.language, texts_sha256: record.notice.texts, declaration_sha256: record.notice.declaration }),
    },
    // DPV consent status: given, refused, or withdrawn (a withdrawal, a reset, a GPC opt-out).
    state: record.method === 'accept-all' || record.method === 'custom' ? 'given' : record.method === 'reject-all' ? 'refused' : 'withdrawn',
    purposes: Object.entries(record.categories).map(([purpose, granted]) => ({ purpose, granted })),
    services: Object.entries(record.services).map(([service, granted]) => ({ service, granted })),
    method: record.method,
    language: record.language,
    gpc: record.gpc,
  };
}
