import { describe, expect, it, vi } from 'vitest';
import { beaconRecordSink, createConsentManager, toConsentReceipt, type ConsentRecord } from '../index';
import { noticeFingerprint } from '../server';
import { config, flakyStorage } from './fixtures';

const T0 = Date.UTC(2026, 10, 29, 8, 0, 0);

function fakeLocalStorage() {
  const map = new Map<string, string>();
  const ls = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
  Object.defineProperty(globalThis, 'localStorage', { value: ls, configurable: true });
  return ls;
}

describe('consent records (R14, R15)', () => {
  it('every decision produces a record with id, UTC time, revision, choices, method and language; no IP or user agent', () => {
    const records: ConsentRecord[] = [];
    const consent = createConsentManager(config, { storage: flakyStorage(), gpc: false, now: () => T0, language: 'nl', onRecord: (r) => void records.push(r) });
    consent.acceptAll();
    consent.rejectAll();
    consent.save({ categories: { analytics: true }, services: { hotjar: false } });
    consent.reset();
    // Reject all after Accept all turns off what was granted: a withdrawal; reset() says so (issue 12).
    expect(records.map((r) => r.method)).toEqual(['accept-all', 'withdrawal', 'custom', 'reset']);
    const [first] = records;
    expect(first).toEqual({
      consentId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      timestamp: '2026-11-29T08:00:00.000Z',
      revision: 3,
      method: 'accept-all',
      categories: { necessary: true, functional: true, analytics: true, advertising: true },
      services: { cloudflare: true, locale: true, googleAnalytics: true, hotjar: true, googleAds: true },
      language: 'en',
      gpc: false,
    });
    expect(records[2]!.services.hotjar).toBe(false);
    expect(new Set(records.map((r) => r.consentId)).size).toBe(1);
    expect(JSON.stringify(records)).not.toMatch(/userAgent|ip"|Mozilla/);
  });

  it('the record event fires too, and withdrawal adds a record rather than deleting earlier ones', () => {
    const consent = createConsentManager(config, { storage: flakyStorage(), gpc: false });
    const seen: string[] = [];
    consent.on('record', (r) => seen.push(r.method));
    consent.acceptAll();
    consent.reset();
    expect(seen).toEqual(['accept-all', 'reset']);
  });

  it('exports to ISO/IEC TS 27560 fields', () => {
    const receipt = toConsentReceipt(
      {
        consentId: 'id1',
        timestamp: '2026-11-29T08:00:00.000Z',
        revision: 3,
        method: 'withdrawal',
        categories: { analytics: false },
        services: { hotjar: false },
        language: 'en',
        gpc: false,
      },
      { noticeUrl: 'https://www.introw.io/cookies', controller: 'Introw BV' },
    );
    expect(receipt).toMatchObject({
      record_id: 'id1',
      state: 'withdrawn',
      controller: 'Introw BV',
      notice: { revision: 3, url: 'https://www.introw.io/cookies' },
      purposes: [{ purpose: 'analytics', granted: false }],
    });
    expect(receipt.notice).not.toHaveProperty('texts_sha256');
  });

  it('a receipt carries the notice fingerprint when the record has one', () => {
    const notice = { revision: 3, language: 'nl', texts: 'a'.repeat(64), declaration: 'b'.repeat(64) };
    const receipt = toConsentReceipt({
      consentId: 'id1',
      timestamp: '2026-11-29T08:00:00.000Z',
      revision: 3,
      method: 'custom',
      categories: {},
      services: {},
      language: 'nl',
      gpc: false,
      notice,
    });
    expect(receipt.notice).toEqual({ revision: 3, url: null, language: 'nl', texts_sha256: notice.texts, declaration_sha256: notice.declaration });
  });
});

describe('beaconRecordSink', () => {
  const record = (n: number): ConsentRecord => ({
    consentId: 'cccccccc',
    timestamp: `2026-11-29T08:00:0${n}.000Z`,
    revision: 1,
    method: 'accept-all',
    categories: {},
    services: {},
    language: 'en',
    gpc: false,
  });
  const posted = (bodies: string[]) => bodies.flatMap((b) => JSON.parse(b) as ConsentRecord[]);
  const queued = (ls: ReturnType<typeof fakeLocalStorage>): ConsentRecord[] => JSON.parse(ls.getItem('cookie_consent_records') ?? '[]');

  it('posts a JSON batch with a random recordId per record, and forgets it once the server acknowledges it (R14)', async () => {
    const ls = fakeLocalStorage();
    const sent: [string, string][] = [];
    const sink = beaconRecordSink('/consent/records', { send: (url, body) => (sent.push([url, body]), 200) });
    await sink(record(1));
    expect(sent.map(([url]) => url)).toEqual(['/consent/records']);
    const [delivered] = posted(sent.map(([, b]) => b));
    expect(delivered).toEqual({ ...record(1), recordId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) });
    expect(ls.getItem('cookie_consent_records')).toBeNull();
  });

  it('keeps what was not acknowledged (no answer, 5xx, 429) and delivers it later with the same recordId: none is lost, none doubled', async () => {
    const ls = fakeLocalStorage();
    const statuses = [0, 503, 429];
    for (const status of statuses) {
      const sink = beaconRecordSink('/r', { send: () => status, retryMs: 3_600_000 });
      await sink(record(statuses.indexOf(status) + 1));
    }
    const waiting = queued(ls);
    expect(waiting.map((r) => r.timestamp)).toEqual([record(1).timestamp, record(2).timestamp, record(3).timestamp]);
    const bodies: string[] = [];
    const up = beaconRecordSink('/r', { send: (_u, body) => (bodies.push(body), 200) });
    await up.flush();
    expect(posted(bodies).map((r) => r.recordId)).toEqual(waiting.map((r) => r.recordId));
    expect(bodies).toHaveLength(1); // one batch
    expect(ls.getItem('cookie_consent_records')).toBeNull();
  });

  it('retries on its own while the page stays open', async () => {
    fakeLocalStorage();
    vi.useFakeTimers();
    try {
      let up = false;
      const delivered: string[] = [];
      const sink = beaconRecordSink('/r', { retryMs: 1000, send: (_u, body) => (up ? (delivered.push(body), 200) : 0) });
      await sink(record(1));
      expect(delivered).toEqual([]);
      up = true;
      await vi.advanceTimersByTimeAsync(1000);
      expect(posted(delivered).map((r) => r.timestamp)).toEqual([record(1).timestamp]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('batches at most maxBatch records per post', async () => {
    const ls = fakeLocalStorage();
    ls.setItem('cookie_consent_records', JSON.stringify([1, 2, 3, 4, 5].map((n) => ({ ...record(n), recordId: `record-id-${n}` }))));
    const sizes: number[] = [];
    const sink = beaconRecordSink('/r', { maxBatch: 2, send: (_u, body) => (sizes.push(JSON.parse(body).length), 200) });
    await sink.flush();
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('a record the server refuses as invalid (4xx) is dropped with onDrop, without taking the rest of its batch along', async () => {
    const ls = fakeLocalStorage();
    ls.setItem(
      'cookie_consent_records',
      JSON.stringify([
        { ...record(1), recordId: 'good-record-1' },
        { ...record(2), recordId: 'bad' },
      ]),
    );
    const dropped: string[] = [];
    const stored: string[] = [];
    const sink = beaconRecordSink('/r', {
      onDrop: (r) => dropped.push(r.recordId!),
      send: (_u, body) => {
        const batch = JSON.parse(body) as ConsentRecord[];
        if (batch.some((r) => r.recordId === 'bad')) return 400;
        stored.push(...batch.map((r) => r.recordId!));
        return 200;
      },
    });
    await sink.flush();
    expect(stored).toEqual(['good-record-1']);
    expect(dropped).toEqual(['bad']);
    expect(ls.getItem('cookie_consent_records')).toBeNull();
  });

  it('adds the fingerprint of the notice shown: revision, language, SHA-256 of the texts and of the declaration', async () => {
    fakeLocalStorage();
    const bodies: string[] = [];
    const consent = createConsentManager(config, {
      storage: flakyStorage(),
      gpc: false,
      language: 'en',
      onRecord: beaconRecordSink('/r', { send: (_u, b) => (bodies.push(b), 200) }),
    });
    consent.acceptAll();
    await vi.waitFor(() => expect(bodies).toHaveLength(1));
    const [r] = posted(bodies);
    const expected = await noticeFingerprint(config, 'en');
    expect(r!.notice).toEqual(expected);
    expect(expected).toEqual({ revision: 3, language: 'en', texts: expected!.texts, declaration: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // Another text, or another cookie in the declaration, gives another fingerprint.
    const en = config.translations?.en ?? {};
    const changedTexts = await noticeFingerprint({ ...config, translations: { ...config.translations, en: { ...en, acceptAll: 'OK' } } }, 'en');
    expect(changedTexts!.texts).not.toBe(expected!.texts);
    const changedDeclaration = await noticeFingerprint({ ...config, categories: { ...config.categories, extra: {} } }, 'en');
    expect(changedDeclaration!.declaration).not.toBe(expected!.declaration);
    expect(changedDeclaration!.texts).toBe(expected!.texts);
  });

  it('a later page flushes the queue when the manager mounts', async () => {
    const ls = fakeLocalStorage();
    ls.setItem('cookie_consent_records', JSON.stringify([{ ...record(3), recordId: 'queued-record-3' }]));
    const delivered: string[] = [];
    const sink = beaconRecordSink('/r', { send: (_u, body) => (delivered.push(body), 200) });
    const consent = createConsentManager(config, { storage: flakyStorage(), gpc: false, onRecord: sink });
    consent.mount();
    await vi.waitFor(() => expect(posted(delivered).map((r) => r.recordId)).toEqual(['queued-record-3']));
  });

  it('a send that throws or rejects counts as unanswered; a full queue drops the oldest and says so', async () => {
    const ls = fakeLocalStorage();
    const dropped: string[] = [];
    const sink = beaconRecordSink('/r', {
      maxQueued: 2,
      retryMs: 3_600_000,
      send: () => Promise.reject(new Error('offline')),
      onDrop: (r) => dropped.push(r.timestamp),
    });
    for (const n of [1, 2, 3]) await sink(record(n));
    expect(queued(ls).map((r) => r.timestamp)).toEqual([record(2).timestamp, record(3).timestamp]);
    expect(dropped).toEqual([record(1).timestamp]);
  });

  it('without localStorage the records wait in memory for this page (R30)', async () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('SecurityError');
      },
    });
    let up = false;
    const bodies: string[] = [];
    const sink = beaconRecordSink('/r', { retryMs: 3_600_000, send: (_u, b) => (up ? (bodies.push(b), 200) : 0) });
    await sink(record(1));
    up = true;
    await sink.flush();
    expect(posted(bodies).map((r) => r.timestamp)).toEqual([record(1).timestamp]);
  });

  it('a corrupted queue is ignored, not thrown', async () => {
    const ls = fakeLocalStorage();
    ls.setItem('cookie_consent_records', '{not json');
    const sink = beaconRecordSink('/r', { send: () => 200 });
    await expect(sink.flush()).resolves.toBeUndefined();
  });

  it('the default send reads the answer to its end, so the request does not stay open (the page can go network-idle)', async () => {
    fakeLocalStorage();
    const response = new Response('{"stored":[]}', { status: 200 });
    const fetchMock = vi.fn(async () => response);
    vi.stubGlobal('fetch', fetchMock);
    try {
      await beaconRecordSink('/consent/records')(record(1));
      expect(fetchMock).toHaveBeenCalledWith('/consent/records', expect.objectContaining({ method: 'POST', keepalive: true }));
      expect(response.bodyUsed).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
