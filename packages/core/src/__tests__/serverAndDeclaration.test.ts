import { describe, expect, it } from 'vitest';
import { createConsentManager, cookieDeclaration, defineConsentConfig, en, formatDuration, nl } from '../index';
import { gpcFromHeaders, readConsent } from '../server';
import { config, flakyStorage } from './fixtures';

const T0 = Date.UTC(2026, 10, 29);

describe('@introw/consent-core/server', () => {
  it('readConsent returns exactly the snapshot the browser computes', () => {
    const storage = flakyStorage();
    const browser = createConsentManager(config, { storage, gpc: false, now: () => T0 });
    browser.save({ categories: { analytics: true }, services: { hotjar: false } });
    const header = `other=1; introw_consent=${storage.value}; x=y`;
    expect(readConsent(header, config, { now: T0 })).toEqual(browser.getSnapshot());
    const fresh = createConsentManager(config, { storage, gpc: false, now: () => T0 });
    expect(readConsent(header, config, { now: T0 })).toEqual(fresh.getSnapshot());
  });

  it('no cookie, a tampered cookie or a lapsed one gives the undecided snapshot', () => {
    const undecided = createConsentManager(config, { storage: flakyStorage(), gpc: false }).getSnapshot();
    for (const header of [null, '', 'introw_consent=garbage%ZZ', `introw_consent=${'x'.repeat(5000)}`]) {
      expect(readConsent(header, config)).toEqual(undecided);
    }
  });

  it('GPC on the server: Sec-GPC: 1 exactly', () => {
    expect(gpcFromHeaders(new Headers({ 'Sec-GPC': '1' }))).toBe(true);
    expect(gpcFromHeaders(new Headers({ 'Sec-GPC': '0' }))).toBe(false);
    expect(gpcFromHeaders(new Headers({ 'Sec-GPC': 'true' }))).toBe(false);
    expect(gpcFromHeaders({ 'sec-gpc': '1' })).toBe(true);
    expect(gpcFromHeaders({})).toBe(false);
    expect(gpcFromHeaders(null)).toBe(false);
    const storage = flakyStorage();
    createConsentManager(config, { storage, gpc: false, now: () => T0 }).acceptAll();
    const s = readConsent(`introw_consent=${storage.value}`, config, { now: T0, gpc: true });
    expect(s.gpc).toBe(true);
    expect(s.categories.advertising).toBe(false);
    expect(s).toEqual(createConsentManager(config, { storage, gpc: true, now: () => T0 }).getSnapshot());
  });
});

describe('cookie declaration (R6, R7)', () => {
  it('returns one row per declared cookie with category, service, provider, name, duration in words, purpose and party', () => {
    const rows = cookieDeclaration(config, 'en');
    expect(rows.map((r) => r.cookie)).toEqual(['__cf_bm', 'introw_locale', '_ga', '_ga_<container-id>', '^_hjSession_', '_gcl_au', 'IDE']);
    expect(rows[0]).toMatchObject({ categoryId: 'necessary', category: 'Strictly necessary', required: true, duration: '30 minutes', party: 'first' });
    expect(rows[2]).toMatchObject({ service: 'googleAnalytics', provider: 'Google Ireland Ltd', duration: '2 years', purpose: 'Distinguishes visitors', partyLabel: 'First party' });
    expect(rows[6]).toMatchObject({ party: 'third', partyLabel: 'Third party', duration: '390 days' });
  });

  it('is translated', () => {
    const c = defineConsentConfig({ ...config, translations: { en, nl } });
    const rows = cookieDeclaration(c, 'nl');
    expect(rows[1]!.duration).toBe('1 jaar');
    expect(rows[3]!.purpose).toBe('Houdt de sessie bij');
    expect(rows[0]!.category).toBe('Strikt noodzakelijk');
  });

  it('formats durations', () => {
    expect(formatDuration('session', en)).toBe('Session');
    expect(formatDuration({ seconds: 30 }, en)).toBe('30 seconds');
    expect(formatDuration({ days: 1 }, en)).toBe('1 day');
    expect(formatDuration({ days: 182 }, en)).toBe('182 days');
    expect(formatDuration({ months: 6 }, en)).toBe('6 months');
    expect(formatDuration({ days: 365 }, nl)).toBe('1 jaar');
    expect(formatDuration(undefined, en)).toBe('');
  });
});
