import { randomConsentId } from '../manager/consentId';
import { noticeFingerprint } from './notice';
import type { ConsentRecord, ConsentRecordSink } from './records';
import type { ConsentConfig } from '../config/types';

/** Options of {@link beaconRecordSink}. */
export interface BeaconRecordSinkOptions {
  /** localStorage key that keeps records until the server acknowledges them. Default `cookie_consent_records`. */
  queueKey?: string;
  /** Most records kept while unacknowledged (oldest dropped first, with an `onDrop` call). Default 50. */
  maxQueued?: number;
  /** Most records in one post. Default 20 (the records service accepts up to 100). */
  maxBatch?: number;
  /** First retry delay in ms after a failed delivery; doubles up to 60 s while the page stays open. Default 2000. */
  retryMs?: number;
  /**
   * Transport override (tests): posts `body` (a JSON array of records) and resolves with the
   * HTTP status, 0 when there was no answer. 2xx acknowledges the records; 400, 413, 415 and 422
   * refuse them for good (`onDrop`); anything else (no answer, 5xx, 429, 403, 404) leaves them
   * queued for a retry.
   */
  send?: (url: string, body: string) => number | Promise<number>;
  /** Called when a record is given up: the queue overflowed, or the server refused it as invalid. */
  onDrop?: (record: ConsentRecord) => void;
  /** The config shown to the visitor, for the notice fingerprint; the manager passes it, so this is only for direct calls. */
  config?: ConsentConfig;
}

/** fetch with `keepalive` (it outlives the page and tells us the status); sendBeacon when fetch cannot take it. */
async function defaultSend(url: string, body: string): Promise<number> {
  try {
    const response = await fetch(url, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'application/json' }, credentials: 'same-origin' });
    // Read the short answer to its end: an unread body keeps the request open (the browser
    // counts it as loading, so a page never goes network-idle).
    await response.text().catch(() => '');
    return response.status;
  } catch {
    // Refused by fetch (offline, or over keepalive's 64 KB): hand it to sendBeacon, which
    // cannot say whether the server stored it, so the records stay queued (a resend is harmless).
    try {
      navigator.sendBeacon(url, new Blob([body], { type: 'application/json' }));
    } catch {
      // nothing more to try on this page
    }
    return 0;
  }
}

/** The server refused the records themselves (invalid, too large): sending them again cannot succeed. */
const refused = (status: number): boolean => status === 400 || status === 413 || status === 415 || status === 422;

/**
 * A record sink for the records service (`@introw/consent-server`, `POST /consent/records`):
 * gives each record a random `recordId` and the fingerprint of the notice the visitor was shown
 * (`noticeFingerprint`), keeps it in localStorage until the server acknowledges it (a 2xx), and
 * posts what is waiting in batches with `fetch` (`keepalive`, so a closing tab still sends).
 * What was not acknowledged is retried with a growing delay while the page is open and again on
 * the next page (`mount()` flushes). The server stores a resent `recordId` once, so nothing is
 * lost and nothing is doubled (R14). Records hold no IP or user agent (R15).
 *
 * @param url - Where to POST records (same-origin recommended), e.g. `/consent/records`.
 * @param options - `{ queueKey?, maxQueued = 50, maxBatch = 20, retryMs = 2000, send?, onDrop?, config? }`.
 * @returns A sink for `createConsentManager(config, { onRecord })`; `sink.flush()` delivers what waits.
 * @example
 * ```ts
 * const consent = createConsentManager(config, { onRecord: beaconRecordSink('/consent/records') });
 * ```
 * @remarks R14, R15: docs/rules.md; GDPR art. 7(1).
 */
export function beaconRecordSink(url: string, options: BeaconRecordSinkOptions = {}): ConsentRecordSink & { flush(): Promise<void> } {
  const key = options.queueKey ?? 'cookie_consent_records';
  const max = options.maxQueued ?? 50;
  const batchSize = Math.max(1, options.maxBatch ?? 20);
  const send = options.send ?? defaultSend;
  let memory: ConsentRecord[] = []; // where records wait when localStorage is unavailable (R30)
  // The last write to localStorage failed (full, or blocked for writes only): what it holds is
  // stale, so the queue is the one in memory until a write succeeds again.
  let stale = false;

  const load = (): ConsentRecord[] => {
    if (stale) return memory;
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((r) => r && typeof r === 'object' && typeof r.consentId === 'string') : [];
    } catch {
      return memory;
    }
  };
  const keep = (records: ConsentRecord[]): void => {
    memory = records;
    try {
      if (records.length) localStorage.setItem(key, JSON.stringify(records));
      else localStorage.removeItem(key);
      stale = false;
    } catch {
      stale = true;
      // Storage unavailable: the records wait in memory for this page only.
    }
  };
  /** Applies `change` to the queue as stored now (another tab or call may have added records). */
  const update = (change: (queue: ConsentRecord[]) => ConsentRecord[]): void => keep(change(load()));
  const remove = (ids: Set<string>): void => update((q) => q.filter((r) => !ids.has(r.recordId!)));

  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = options.retryMs ?? 2000;
  let flushing: Promise<void> | null = null;

  /** Posts `batch`; true when the server answered (acknowledged or refused), false to retry later. */
  const deliver = async (batch: ConsentRecord[]): Promise<boolean> => {
    let status = 0;
    try {
      status = await send(url, JSON.stringify(batch));
    } catch {
      // a transport that throws is an unanswered request
    }
    if (status >= 200 && status < 300) return (remove(new Set(batch.map((r) => r.recordId!))), true);
    if (!refused(status)) return false; // no answer, 5xx, 429, or a route not there yet (404): retry later
    // Refused for good. One bad record must not take the others with it: try them one by one.
    if (batch.length > 1) {
      for (const r of batch) if (!(await deliver([r]))) return false;
      return true;
    }
    remove(new Set([batch[0]!.recordId!]));
    options.onDrop?.(batch[0]!);
    return true;
  };

  const flush = (): Promise<void> =>
    (flushing ??= (async () => {
      clearTimeout(timer);
      // Records queued by an older version of this sink get their id now.
      update((q) => q.map((r) => (r.recordId ? r : { ...r, recordId: randomConsentId() })));
      for (let sent = new Set<string>(); ; ) {
        const batch = load()
          .filter((r) => !sent.has(r.recordId!))
          .slice(0, batchSize);
        if (!batch.length) break;
        for (const r of batch) sent.add(r.recordId!);
        if (!(await deliver(batch))) {
          timer = setTimeout(() => void flush(), delay);
          delay = Math.min(delay * 2, 60_000);
          return;
        }
      }
      delay = options.retryMs ?? 2000;
    })().finally(() => {
      flushing = null;
    }));

  const sink = async (record: ConsentRecord, config?: ConsentConfig): Promise<void> => {
    // Queued at once, before anything asynchronous: a tab closed right now still keeps it.
    const entry: ConsentRecord = { ...record, recordId: record.recordId ?? randomConsentId() };
    update((q) => {
      const queue = [...q, entry];
      while (queue.length > max) options.onDrop?.(queue.shift()!);
      return queue;
    });
    const shown = config ?? options.config;
    const notice = shown ? await noticeFingerprint(shown, record.language) : null;
    if (notice) update((q) => q.map((r) => (r.recordId === entry.recordId ? { ...r, notice } : r)));
    await flushing; // a flush under way may not see this record: deliver it after
    await flush();
  };
  return Object.assign(sink, { flush });
}
