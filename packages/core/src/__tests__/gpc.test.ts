import { describe, expect, it } from 'vitest';
import { createConsentManager, type ConsentRecord } from '../index';
import { config, flakyStorage } from './fixtures';

describe('Global Privacy Control (R21, R22)', () => {
  it('GPC-covered categories and services start denied, and gpc: true is exposed', () => {
    const consent = createConsentManager(config, { storage: flakyStorage(), gpc: true });
    expect(consent.getSnapshot().gpc).toBe(true);
    expect(consent.hasConsent('advertising')).toBe(false);
    expect(consent.hasConsent('googleAds')).toBe(false);
  });

  it('Accept all under GPC grants everything except what GPC opts out of', () => {
    const consent = createConsentManager(config, { storage: flakyStorage(), gpc: true });
    consent.acceptAll();
    expect(consent.hasConsent('analytics')).toBe(true);
    expect(consent.hasConsent('advertising')).toBe(false);
    expect(consent.hasConsent('googleAds')).toBe(false);
  });

  it('GPC is never stored as the visitor\u2019s own decision: without a click nothing is written', () => {
    const storage = flakyStorage();
    const consent = createConsentManager(config, { storage, gpc: true });
    consent.refresh();
    expect(storage.writes).toEqual([]);
    expect(consent.getSnapshot().decided).toBe(false);
  });

  it('an explicit later opt-in wins and persists while GPC stays on', () => {
    const storage = flakyStorage();
    const consent = createConsentManager(config, { storage, gpc: true });
    consent.save({ categories: { advertising: true } });
    expect(consent.hasConsent('advertising')).toBe(true);
    const reloaded = createConsentManager(config, { storage, gpc: true });
    expect(reloaded.hasConsent('advertising')).toBe(true);
    expect(reloaded.hasConsent('googleAds')).toBe(true);
  });

  it('GPC turned on after an opt-in made without GPC opts out again', () => {
    const storage = flakyStorage();
    createConsentManager(config, { storage, gpc: false }).acceptAll();
    const withGpc = createConsentManager(config, { storage, gpc: true });
    expect(withGpc.hasConsent('advertising')).toBe(false);
    expect(withGpc.hasConsent('googleAds')).toBe(false);
    expect(withGpc.hasConsent('analytics')).toBe(true);
  });

  it('GPC absent later is never an opt-in', () => {
    const storage = flakyStorage();
    createConsentManager(config, { storage, gpc: true }).acceptAll();
    const without = createConsentManager(config, { storage, gpc: false });
    expect(without.hasConsent('advertising')).toBe(false);
    expect(without.hasConsent('analytics')).toBe(true);
  });

  it('records say GPC was present', () => {
    const records: ConsentRecord[] = [];
    const consent = createConsentManager(config, { storage: flakyStorage(), gpc: true, onRecord: (r) => void records.push(r) });
    consent.rejectAll();
    expect(records[0]!.gpc).toBe(true);
  });

  it('reads navigator.globalPrivacyControl === true exactly', () => {
    const nav = globalThis.navigator as unknown as Record<string, unknown>;
    const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    try {
      for (const [value, expected] of [
        [true, true],
        ['true', false],
        [1, false],
        [undefined, false],
      ] as const) {
        Object.defineProperty(globalThis, 'navigator', { value: { ...nav, globalPrivacyControl: value }, configurable: true });
        expect(createConsentManager(config, { storage: flakyStorage() }).getSnapshot().gpc).toBe(expected);
      }
    } finally {
      if (original) Object.defineProperty(globalThis, 'navigator', original);
    }
  });
});
