import { describe, expect, it } from 'vitest';
import { createConsentManager, type ConsentErrorEvent } from '../index';
import { config, flakyStorage } from './fixtures';

const securityError = Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
const quotaError = Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });

describe('storage that throws (R30)', () => {
  it('a read that throws (SecurityError) means no decision, an error event, and no crash', async () => {
    const storage = flakyStorage();
    storage.failRead = securityError;
    const consent = createConsentManager(config, { storage, gpc: false });
    const errors: ConsentErrorEvent[] = [];
    consent.on('error', (e) => errors.push(e));
    expect(consent.getSnapshot().decided).toBe(false);
    expect(consent.hasConsent('analytics')).toBe(false);
    await Promise.resolve();
    expect(errors.map((e) => [e.kind, e.error])).toEqual([['storage-read', securityError]]);
  });

  it('a write that throws (QuotaExceededError): the choice applies in memory, persisted:false, error event', () => {
    const storage = flakyStorage();
    storage.failWrite = quotaError;
    const consent = createConsentManager(config, { storage, gpc: false });
    const errors: ConsentErrorEvent[] = [];
    consent.on('error', (e) => errors.push(e));
    consent.save({ categories: { analytics: true } });
    const s = consent.getSnapshot();
    expect(s.decided).toBe(true);
    expect(s.persisted).toBe(false);
    expect(consent.hasConsent('analytics')).toBe(true);
    expect(consent.hasConsent('advertising')).toBe(false);
    expect(errors.map((e) => e.kind)).toEqual(['storage-write']);
    expect(errors[0]!.error).toBe(quotaError);
    expect(consent.getUiState().bannerVisible).toBe(false);
  });

  it('a write the browser silently drops is detected by reading it back', () => {
    const storage = flakyStorage();
    storage.dropWrites = true;
    const consent = createConsentManager(config, { storage, gpc: false });
    const kinds: string[] = [];
    consent.on('error', (e) => kinds.push(e.kind));
    consent.acceptAll();
    expect(kinds).toEqual(['storage-verify']);
    expect(consent.getSnapshot().persisted).toBe(false);
    expect(consent.hasConsent('analytics')).toBe(true);
  });

  it('after a failed write, a later successful one sets persisted back to true', () => {
    const storage = flakyStorage();
    storage.failWrite = quotaError;
    const consent = createConsentManager(config, { storage, gpc: false });
    consent.rejectAll();
    expect(consent.getSnapshot().persisted).toBe(false);
    storage.failWrite = false;
    consent.rejectAll();
    expect(consent.getSnapshot().persisted).toBe(true);
  });

  it('a bad stored value is overwritten only when the visitor decides', () => {
    const storage = flakyStorage('garbage%ZZ');
    const consent = createConsentManager(config, { storage, gpc: false });
    consent.refresh();
    expect(storage.writes).toEqual([]);
    expect(storage.value).toBe('garbage%ZZ');
    consent.rejectAll();
    expect(storage.writes).toHaveLength(1);
    expect(storage.value).not.toBe('garbage%ZZ');
  });

  it('a clear that throws still withdraws in memory', () => {
    const storage = flakyStorage();
    const consent = createConsentManager(config, { storage, gpc: false });
    consent.acceptAll();
    storage.clear = () => {
      throw securityError;
    };
    const kinds: string[] = [];
    consent.on('error', (e) => kinds.push(e.kind));
    consent.reset();
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(kinds).toEqual(['storage-clear']);
  });

  it('a throwing record sink is reported, and the decision still applies', async () => {
    const consent = createConsentManager(config, {
      storage: flakyStorage(),
      gpc: false,
      onRecord: () => {
        throw new Error('sink down');
      },
    });
    const kinds: string[] = [];
    consent.on('error', (e) => kinds.push(e.kind));
    consent.acceptAll();
    expect(consent.hasConsent('analytics')).toBe(true);
    expect(kinds).toEqual(['record']);
  });
});
