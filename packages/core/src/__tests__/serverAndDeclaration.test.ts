import { describe, expect, it } from 'vitest';
import { createConsentManager, cookieDeclaration, de, defineConsentConfig, en, formatDuration, fr, nl } from '../index';
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
    expect(rows.map((r) => r.cookie)).toEqual([
      'introw_consent',
      'introw_consent:granted',
      '__cf_bm',
      'introw_locale',
      '_ga',
      '_ga_<container-id>',
      '^_hjSession_',
      '_gcl_au',
      'IDE',
    ]);
    expect(rows[2]).toMatchObject({ categoryId: 'necessary', category: 'Strictly necessary', required: true, duration: '30 minutes', party: 'first' });
    expect(rows[4]).toMatchObject({
      service: 'googleAnalytics',
      provider: 'Google Ireland Ltd',
      duration: '2 years',
      purpose: 'Distinguishes visitors',
      partyLabel: 'First party',
    });
    expect(rows[8]).toMatchObject({ party: 'third', partyLabel: 'Third party', duration: '390 days' });
  });

  it('R7: lists the consent cookie and the marker key as strictly necessary, first in the first required category', () => {
    const rows = cookieDeclaration(config, 'en');
    const consentRow = {
      categoryId: 'necessary',
      category: 'Strictly necessary',
      required: true,
      serviceId: '',
      service: en.consentService, // no siteName: the neutral name
      provider: '',
      cookie: 'introw_consent',
      duration: '182 days',
      purpose: en.consentCookiePurpose,
      party: 'first',
      partyLabel: 'First party',
    };
    expect(rows[0]).toEqual(consentRow);
    expect(rows[1]).toEqual({
      ...consentRow,
      cookie: 'introw_consent:granted',
      storage: 'localStorage',
      note: en.localStorage,
      duration: '',
      purpose: en.consentMarkerPurpose,
    });
    expect(rows.filter((r) => r.cookie === 'introw_consent')).toHaveLength(1);
    // The neutral default name when the config sets none.
    const { cookie: _ignored, ...unnamed } = config;
    expect(cookieDeclaration(defineConsentConfig(unnamed), 'en')[0]!.cookie).toBe('cookie_consent');
    // Its name, lifetime and site name follow the config.
    const custom = defineConsentConfig({ ...config, siteName: 'Introw', expiresAfterDays: 365, cookie: { name: 'site_choice' } });
    expect(cookieDeclaration(custom, 'en')[0]).toMatchObject({
      cookie: 'site_choice',
      duration: '1 year',
      service: 'Introw',
      provider: 'Introw',
      required: true,
    });
  });

  it('R7: without a required category the consent cookie row comes first, under its own strictly necessary title', () => {
    const c = defineConsentConfig({
      revision: 1,
      translations: { en, nl },
      categories: { analytics: {} },
      services: { hotjar: { category: 'analytics', cookies: [{ name: '_hjid', duration: { days: 365 } }] } },
    });
    expect(cookieDeclaration(c, 'nl').map((r) => [r.categoryId, r.category, r.cookie, r.required, r.purpose])).toEqual([
      ['', nl.consentCookieCategory, 'cookie_consent', true, nl.consentCookiePurpose],
      ['', nl.consentCookieCategory, 'cookie_consent:granted', true, nl.consentMarkerPurpose],
      ['analytics', nl.category_analytics, '_hjid', false, ''],
    ]);
  });

  it('is translated, service names included', () => {
    const c = defineConsentConfig({
      ...config,
      translations: { en, nl },
      services: { ...config.services!, hotjar: { ...config.services!.hotjar, name: { en: 'Hotjar heatmaps', nl: 'Hotjar-heatmaps' } } },
    });
    const rows = cookieDeclaration(c, 'nl');
    expect(rows[0]!.purpose).toBe(nl.consentCookiePurpose);
    expect(rows[0]!.duration).toBe('182 dagen');
    expect(rows[1]!.note).toBe('lokale opslag');
    expect(rows[3]!.duration).toBe('1 jaar');
    expect(rows[5]!.purpose).toBe('Houdt de sessie bij');
    expect(rows[2]!.category).toBe('Strikt noodzakelijk');
    expect(rows.find((r) => r.serviceId === 'hotjar')!.service).toBe('Hotjar-heatmaps');
    expect(cookieDeclaration(c, 'fr').find((r) => r.serviceId === 'hotjar')!.service).toBe('Hotjar heatmaps');
  });

  it("formats durations with each language's plural rules (Intl), not hand-written plural words", () => {
    expect(formatDuration('session', en)).toBe('Session');
    expect(formatDuration({ seconds: 30 }, en)).toBe('30 seconds');
    expect(formatDuration({ days: 1 }, en)).toBe('1 day');
    expect(formatDuration({ days: 182 }, en)).toBe('182 days');
    expect(formatDuration({ months: 6 }, en)).toBe('6 months');
    expect(formatDuration({ years: 1, months: 6 }, en)).toBe('1 year 6 months');
    expect(formatDuration({ days: 365 }, nl, 'nl')).toBe('1 jaar');
    expect(formatDuration({ days: 730 }, nl, 'nl')).toBe('2 jaar');
    expect(formatDuration({ days: 1 }, fr, 'fr')).toBe('1\u00a0jour'); // a no-break space: the number never ends a line
    expect(formatDuration({ days: 2 }, fr, 'fr')).toBe('2\u00a0jours');
    expect(formatDuration({ minutes: 30 }, de, 'de')).toBe('30 Minuten');
    expect(formatDuration({ hours: 1 }, de, 'de')).toBe('1 Stunde');
    expect(formatDuration(undefined, en)).toBe('');
  });
});
