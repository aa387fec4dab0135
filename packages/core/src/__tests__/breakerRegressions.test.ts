import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager, defineConsentConfig, en, readCookieValues } from '../index';
import { readConsent } from '../server';
import { config, flakyStorage } from './fixtures';

const T0 = Date.UTC(2026, 10, 29, 9);

/** A storage that holds several values at once, like duplicate cookies on host and parent domain. */
function duplicateStorage(values: string[]) {
  return {
    values,
    read: () => values[0] ?? null,
    readAll: () => [...values],
    write: (v: string) => void values.push(v),
    clear: () => void values.splice(0),
  };
}

describe('regressions found by trying to break the library', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('C1: with duplicate consent cookies the newest decision counts, so a withdrawal is never lost', () => {
    const a = flakyStorage();
    createConsentManager(config, { storage: a, gpc: false, now: () => T0 }).acceptAll();
    const b = flakyStorage();
    createConsentManager(config, { storage: b, gpc: false, now: () => T0 + 60_000 }).rejectAll();
    for (const order of [
      [a.value!, b.value!],
      [b.value!, a.value!],
    ]) {
      const consent = createConsentManager(config, { storage: duplicateStorage(order), gpc: false, now: () => T0 + 120_000 });
      expect(consent.getSnapshot().method).toBe('reject-all');
      expect(consent.hasConsent('analytics')).toBe(false);
      const header = order.map((v) => `introw_consent=${v}`).join('; ');
      expect(readConsent(header, config, { now: T0 + 120_000 }).method).toBe('reject-all');
    }
    expect(readCookieValues('introw_consent=x; a=1; introw_consent=y', 'introw_consent')).toEqual(['x', 'y']);
  });

  it('C1: a decision written next to an older duplicate is read back as stored (persisted stays true)', () => {
    const old = flakyStorage();
    createConsentManager(config, { storage: old, gpc: false, now: () => T0 }).acceptAll();
    const storage = duplicateStorage([old.value!]);
    const consent = createConsentManager(config, { storage, gpc: false, now: () => T0 + 60_000 });
    const kinds: string[] = [];
    consent.on('error', (e) => kinds.push(e.kind));
    consent.rejectAll();
    expect(kinds).toEqual([]);
    expect(consent.getSnapshot().persisted).toBe(true);
    expect(createConsentManager(config, { storage, gpc: false, now: () => T0 + 90_000 }).getSnapshot().method).toBe('reject-all');
  });

  it('C3: a hostile page (non-array dataLayer, throwing navigator.languages) never crashes the manager', async () => {
    const { googleConsentMode } = await import('../index');
    const g = globalThis as unknown as { window?: unknown; dataLayer?: unknown };
    g.window = globalThis;
    g.dataLayer = Object.freeze([]);
    try {
      const withCm = defineConsentConfig({ ...config, googleConsentMode: {} });
      const consent = createConsentManager(withCm, { storage: flakyStorage(), gpc: false, plugins: [googleConsentMode()] });
      const kinds: string[] = [];
      consent.on('error', (e) => kinds.push(e.kind));
      await Promise.resolve();
      expect(consent.getSnapshot().decided).toBe(false);
      expect(kinds).toContain('plugin');
    } finally {
      delete g.window;
      delete g.dataLayer;
    }
  });

  it('M3: in a production build a service naming an unknown category is never granted, not even by Accept all', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const typo = { ...config, services: { ...config.services!, ads2: { category: 'advertisng' } } } as unknown as typeof config;
    const consent = createConsentManager(typo, { storage: flakyStorage(), gpc: false });
    consent.acceptAll();
    expect((consent.hasConsent as (id: string) => boolean)('ads2')).toBe(false);
    expect('ads2' in consent.getSnapshot().services).toBe(false);
  });

  it('M4: in a production build a bad revision or lifetime still stores choices that stick', () => {
    vi.stubEnv('NODE_ENV', 'production');
    for (const bad of [{ revision: '1' }, { revision: 1.5 }, { expiresAfterDays: 401 }, { expiresAfterDays: 0 }, { expiresAfterDays: 'abc' }]) {
      const c = { ...config, translations: { en }, ...bad } as unknown as typeof config;
      const storage = flakyStorage();
      createConsentManager(c, { storage, gpc: false, now: () => T0 }).rejectAll();
      const again = createConsentManager(c, { storage, gpc: false, now: () => T0 + 1000 });
      expect(again.getSnapshot().decided).toBe(true);
      expect(again.getSnapshot().method).toBe('reject-all');
    }
  });

  it('a page without a working crypto.getRandomValues can still record a choice (the consent id falls back)', () => {
    const spy = vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(() => {
      throw new Error('no rng');
    });
    try {
      const consent = createConsentManager(config, { storage: flakyStorage(), gpc: false });
      consent.rejectAll();
      expect(consent.getSnapshot().method).toBe('reject-all');
      expect(consent.getSnapshot().id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    } finally {
      spy.mockRestore();
    }
  });
});
