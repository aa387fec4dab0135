import { describe, expect, it } from 'vitest';
import { beaconRecordSink, createConsentManager, toConsentReceipt, type ConsentRecord } from '../index';
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
    expect(records.map((r) => r.method)).toEqual(['accept-all', 'reject-all', 'custom', 'withdrawal']);
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
    expect(seen).toEqual(['accept-all', 'withdrawal']);
  });

  it('exports to ISO/IEC TS 27560 fields', () => {
    const receipt = toConsentReceipt(
      { consentId: 'id1', timestamp: '2026-11-29T08:00:00.000Z', revision: 3, method: 'withdrawal', categories: { analytics: false }, services: { hotjar: false }, language: 'en', gpc: false },
      { noticeUrl: 'https://www.introw.io/cookies', controller: 'Introw BV' },
    );
    expect(receipt).toMatchObject({ record_id: 'id1', state: 'withdrawn', controller: 'Introw BV', notice: { revision: 3, url: 'https://www.introw.io/cookies' }, purposes: [{ purpose: 'analytics', granted: false }] });
  });
});

describe('beaconRecordSink', () => {
  const record = (n: number): ConsentRecord => ({ consentId: 'c', timestamp: `2026-11-29T08:00:0${n}.000Z`, revision: 1, method: 'accept-all', categories: {}, services: {}, language: 'en', gpc: false });

  it('posts JSON to the URL', async () => {
    fakeLocalStorage();
    const sent: [string, string][] = [];
    const sink = beaconRecordSink('/api/records', { send: (url, body) => (sent.push([url, body]), true) });
    await sink(record(1));
    expect(sent).toEqual([['/api/records', JSON.stringify(record(1))]]);
  });

  it('keeps undelivered records for a later page, which delivers them: none is lost', async () => {
    const ls = fakeLocalStorage();
    const down = beaconRecordSink('/api/records', { send: () => false });
    await down(record(1));
    await down(record(2));
    expect(JSON.parse(ls.getItem('introw_consent_records')!)).toHaveLength(2);
    const delivered: string[] = [];
    const up = beaconRecordSink('/api/records', { send: (_u, body) => (delivered.push(JSON.parse(body).timestamp), true) });
    await up.flush();
    expect(delivered).toEqual([record(1).timestamp, record(2).timestamp]);
    expect(ls.getItem('introw_consent_records')).toBeNull();
  });

  it('a later page flushes the queue when the manager mounts', async () => {
    const ls = fakeLocalStorage();
    ls.setItem('introw_consent_records', JSON.stringify([record(3)]));
    const delivered: string[] = [];
    const sink = beaconRecordSink('/r', { send: (_u, body) => (delivered.push(body), true) });
    const consent = createConsentManager(config, { storage: flakyStorage(), gpc: false, onRecord: sink });
    consent.mount();
    await new Promise((r) => setTimeout(r, 0));
    expect(delivered).toEqual([JSON.stringify(record(3))]);
  });

  it('a send that throws or rejects counts as undelivered; a full queue drops the oldest and says so', async () => {
    const ls = fakeLocalStorage();
    const dropped: string[] = [];
    const sink = beaconRecordSink('/r', { maxQueued: 2, send: () => Promise.reject(new Error('offline')), onDrop: (r) => dropped.push(r.timestamp) });
    for (const n of [1, 2, 3]) await sink(record(n));
    expect(JSON.parse(ls.getItem('introw_consent_records')!).map((r: ConsentRecord) => r.timestamp)).toEqual([record(2).timestamp, record(3).timestamp]);
    expect(dropped).toEqual([record(1).timestamp]);
  });

  it('a corrupted queue is ignored, not thrown', async () => {
    const ls = fakeLocalStorage();
    ls.setItem('introw_consent_records', '{not json');
    const sink = beaconRecordSink('/r', { send: () => true });
    await expect(sink.flush()).resolves.toBeUndefined();
  });
});
