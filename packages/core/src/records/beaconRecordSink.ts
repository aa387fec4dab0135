import type { ConsentRecord, ConsentRecordSink } from './records';

/** Options of {@link beaconRecordSink}. */
export interface BeaconRecordSinkOptions {
  /** localStorage key that keeps undelivered records for a later page. Default `introw_consent_records`. */
  queueKey?: string;
  /** Most records kept while undelivered (oldest dropped first, with an `onDrop` call). Default 50. */
  maxQueued?: number;
  /** Transport override (tests): returns true when the record was handed over for delivery. */
  send?: (url: string, body: string) => boolean | Promise<boolean>;
  /** Called when the queue overflows and a record is dropped. */
  onDrop?: (record: ConsentRecord) => void;
}

function defaultSend(url: string, body: string): boolean | Promise<boolean> {
  if (typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function') {
    try {
      if (navigator.sendBeacon(url, new Blob([body], { type: 'application/json' }))) return true;
    } catch {
      // fall through to fetch
    }
  }
  if (typeof fetch !== 'function') return false;
  return fetch(url, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'application/json' }, credentials: 'same-origin' }).then(
    (r) => r.ok,
    () => false,
  );
}

/**
 * A record sink that posts each consent record as JSON to `url` with `navigator.sendBeacon`
 * (falling back to `fetch` with `keepalive`), and keeps the ones it could not hand over in
 * localStorage so the next page delivers them: no record is lost to a closed tab or an
 * offline moment (R14). Records hold no IP or user agent (R15); the server adds none unless
 * the site chooses to.
 *
 * @param url - Where to POST records (same-origin recommended), e.g. `/api/consent-records`.
 * @param options - `{ queueKey?, maxQueued = 50, send?, onDrop? }`.
 * @returns A sink for `createConsentManager(config, { onRecord })`; call `sink.flush()` to retry queued records.
 * @example
 * ```ts
 * const consent = createConsentManager(config, { onRecord: beaconRecordSink('/api/consent-records') });
 * ```
 * @remarks R14, R15: COMPLIANCE.md; GDPR art. 7(1).
 */
export function beaconRecordSink(url: string, options: BeaconRecordSinkOptions = {}): ConsentRecordSink & { flush(): Promise<void> } {
  const key = options.queueKey ?? 'introw_consent_records';
  const max = options.maxQueued ?? 50;
  const send = options.send ?? defaultSend;

  const load = (): ConsentRecord[] => {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? (parsed.filter((r) => r && typeof r === 'object' && typeof r.consentId === 'string') as ConsentRecord[]) : [];
    } catch {
      return [];
    }
  };
  const keep = (records: ConsentRecord[]): void => {
    try {
      if (records.length) localStorage.setItem(key, JSON.stringify(records));
      else localStorage.removeItem(key);
    } catch {
      // Storage unavailable: nothing more we can do on this page.
    }
  };
  const deliver = async (record: ConsentRecord): Promise<boolean> => {
    try {
      return (await send(url, JSON.stringify(record))) === true;
    } catch {
      return false;
    }
  };
  let flushing: Promise<void> | null = null;
  const flush = (): Promise<void> =>
    (flushing ??= (async () => {
      const queued = load();
      const left: ConsentRecord[] = [];
      for (const record of queued) if (!(await deliver(record))) left.push(record);
      // Records queued by another call meanwhile are kept too.
      const current = load().filter((r) => !queued.some((q) => q.consentId === r.consentId && q.timestamp === r.timestamp));
      keep([...left, ...current]);
    })().finally(() => {
      flushing = null;
    }));

  const sink = async (record: ConsentRecord): Promise<void> => {
    if (await deliver(record)) {
      if (load().length) await flush();
      return;
    }
    const queue = [...load(), record];
    while (queue.length > max) {
      const dropped = queue.shift()!;
      options.onDrop?.(dropped);
    }
    keep(queue);
  };
  return Object.assign(sink, { flush });
}
