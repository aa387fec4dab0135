import { describe, expect, it, vi } from 'vitest';
import { createConsentManager, defineConsentConfig, memoryStorage } from '../index';
import type { ConsentRecord } from '../records/records';
import { config, DAY, flakyStorage } from './fixtures';

const T0 = Date.UTC(2026, 10, 29, 12, 0, 0);

function setup(opts: { storage?: ReturnType<typeof flakyStorage>; now?: () => number; gpc?: boolean } = {}) {
  const storage = opts.storage ?? flakyStorage();
  const consent = createConsentManager(config, { storage, now: opts.now ?? (() => T0), gpc: opts.gpc ?? false });
  return { consent, storage };
}

describe('consent state and lifecycle', () => {
  it('privacy by default: only required categories and their services are granted (R1, R4)', () => {
    const { consent } = setup();
    const s = consent.getSnapshot();
    expect(s.decided).toBe(false);
    expect(s.categories).toEqual({ necessary: true, functional: false, analytics: false, advertising: false });
    expect(s.services).toEqual({ cloudflare: true, locale: false, googleAnalytics: false, hotjar: false, googleAds: false });
    expect(s).toMatchObject({ id: null, decidedAt: null, expiresAt: null, method: null, revision: 3, persisted: true, gpc: false });
    expect(consent.getUiState()).toEqual({ bannerVisible: true, preferencesOpen: false });
  });

  it('acceptAll grants every category and service and persists', () => {
    const { consent, storage } = setup();
    consent.acceptAll();
    const s = consent.getSnapshot();
    expect(s.decided).toBe(true);
    expect(Object.values(s.categories).every(Boolean)).toBe(true);
    expect(Object.values(s.services).every(Boolean)).toBe(true);
    expect(s.method).toBe('accept-all');
    expect(s.decidedAt).toBe('2026-11-29T12:00:00.000Z');
    expect(s.expiresAt).toBe(new Date(T0 + 182 * DAY).toISOString());
    expect(s.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(storage.value).toBeTruthy();
    expect(consent.getUiState().bannerVisible).toBe(false);
  });

  it('rejectAll grants only required categories and is stored as durably as an acceptance (R3, R10)', () => {
    const { consent, storage } = setup();
    consent.rejectAll();
    expect(consent.getSnapshot().categories).toEqual({ necessary: true, functional: false, analytics: false, advertising: false });
    const again = createConsentManager(config, { storage, now: () => T0 + 10 * DAY, gpc: false });
    expect(again.getSnapshot().decided).toBe(true);
    expect(again.getSnapshot().method).toBe('reject-all');
    expect(again.getUiState().bannerVisible).toBe(false);
  });

  it('hasConsent takes a category or a service id; unknown ids are never granted', () => {
    const { consent } = setup();
    consent.save({ services: { hotjar: true } });
    expect(consent.hasConsent('hotjar')).toBe(true);
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(consent.hasConsent('googleAnalytics')).toBe(false);
    expect(consent.hasConsent('necessary')).toBe(true);
    expect(consent.hasConsent('cloudflare')).toBe(true);
    expect((consent.hasConsent as (id: string) => boolean)('nope')).toBe(false);
  });

  it('granting a category grants its services; a listed service can be denied inside it (R5)', () => {
    const { consent } = setup();
    consent.save({ categories: { analytics: true }, services: { hotjar: false } });
    const s = consent.getSnapshot();
    expect(s.categories.analytics).toBe(true);
    expect(s.services.googleAnalytics).toBe(true);
    expect(s.services.hotjar).toBe(false);
    expect(s.services.googleAds).toBe(false);
    expect(s.method).toBe('custom');
  });

  it('save accepts a list of category ids; required categories cannot be switched off', () => {
    const { consent } = setup();
    consent.save({ categories: ['functional'] });
    expect(consent.getSnapshot().categories).toEqual({ necessary: true, functional: true, analytics: false, advertising: false });
    consent.save({ categories: { necessary: false } as never });
    expect(consent.getSnapshot().categories.necessary).toBe(true);
  });

  it('per-service choices survive a reload', () => {
    const { consent, storage } = setup();
    consent.save({ categories: { analytics: true }, services: { hotjar: false, googleAds: true } });
    const reloaded = createConsentManager(config, { storage, now: () => T0 + DAY, gpc: false });
    expect(reloaded.getSnapshot().services).toEqual(consent.getSnapshot().services);
    expect(reloaded.getSnapshot().categories).toEqual(consent.getSnapshot().categories);
  });

  it('the snapshot keeps its reference until something changes', () => {
    const { consent } = setup();
    const a = consent.getSnapshot();
    expect(consent.getSnapshot()).toBe(a);
    consent.openPreferences();
    expect(consent.getSnapshot()).toBe(a);
    consent.acceptAll();
    const b = consent.getSnapshot();
    expect(b).not.toBe(a);
    consent.refresh();
    expect(consent.getSnapshot()).toBe(b);
    expect(Object.isFrozen(b)).toBe(true);
  });

  it('subscribe is called on consent and UI changes, and can unsubscribe', () => {
    const { consent } = setup();
    const listener = vi.fn();
    const off = consent.subscribe(listener);
    consent.openPreferences();
    consent.openPreferences();
    expect(listener).toHaveBeenCalledTimes(1);
    consent.acceptAll();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(consent.getUiState()).toEqual({ bannerVisible: false, preferencesOpen: false });
    off();
    consent.rejectAll();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('reset withdraws everything, forgets the decision and shows the banner again (R12, R13)', () => {
    const { consent, storage } = setup();
    consent.acceptAll();
    const id = consent.getSnapshot().id;
    const records: ConsentRecord[] = [];
    consent.on('record', (r) => records.push(r));
    consent.reset();
    expect(consent.getSnapshot().decided).toBe(false);
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(storage.value).toBeNull();
    expect(consent.getUiState().bannerVisible).toBe(true);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ method: 'reset', consentId: id, categories: { analytics: false, necessary: true } });
  });

  it('change events list the granted and revoked ids', () => {
    const { consent } = setup();
    const changes: { granted: string[]; revoked: string[] }[] = [];
    consent.on('change', ({ granted, revoked }) => changes.push({ granted, revoked }));
    consent.save({ categories: { analytics: true } });
    consent.save({ categories: { advertising: true } });
    expect(changes[0]!.granted.sort()).toEqual(['analytics', 'googleAnalytics', 'hotjar']);
    expect(changes[0]!.revoked).toEqual([]);
    expect(changes[1]!.granted.sort()).toEqual(['advertising', 'googleAds']);
    expect(changes[1]!.revoked.sort()).toEqual(['analytics', 'googleAnalytics', 'hotjar']);
  });

  it('a throwing listener does not break the store; it is reported as an error event', () => {
    const { consent } = setup();
    const errors: string[] = [];
    consent.on('error', (e) => errors.push(e.kind));
    consent.on('change', () => {
      throw new Error('boom');
    });
    consent.acceptAll();
    expect(consent.hasConsent('analytics')).toBe(true);
    expect(errors).toEqual(['listener']);
  });
});

describe('revision and lifetime (R11)', () => {
  it('a decision from an older revision does not count', () => {
    const storage = flakyStorage();
    const old = createConsentManager({ ...config, revision: 2 }, { storage, now: () => T0, gpc: false });
    old.acceptAll();
    const { consent } = setup({ storage });
    expect(consent.getSnapshot().decided).toBe(false);
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(consent.getUiState().bannerVisible).toBe(true);
  });

  it('regression: accepting under the new revision stores the new revision (the banner does not come back forever)', () => {
    const storage = flakyStorage();
    createConsentManager({ ...config, revision: 2 }, { storage, now: () => T0, gpc: false }).acceptAll();
    const { consent } = setup({ storage });
    consent.acceptAll();
    expect(consent.getSnapshot().revision).toBe(3);
    const reloaded = createConsentManager(config, { storage, now: () => T0 + DAY, gpc: false });
    expect(reloaded.getSnapshot().decided).toBe(true);
    expect(reloaded.getSnapshot().revision).toBe(3);
    expect(reloaded.getUiState().bannerVisible).toBe(false);
  });

  it('a decision lapses after expiresAfterDays, exactly at the boundary', () => {
    const storage = flakyStorage();
    const short = { ...config, expiresAfterDays: 30 };
    createConsentManager(short, { storage, now: () => T0, gpc: false }).acceptAll();
    const justBefore = createConsentManager(short, { storage, now: () => T0 + 30 * DAY - 1000, gpc: false });
    expect(justBefore.getSnapshot().decided).toBe(true);
    const atExpiry = createConsentManager(short, { storage, now: () => T0 + 30 * DAY, gpc: false });
    expect(atExpiry.getSnapshot().decided).toBe(false);
    expect(atExpiry.hasConsent('analytics')).toBe(false);
  });

  it('lifetime is whole UTC days, whatever the machine time zone (expiresAt - decidedAt = days x 86400 s)', () => {
    const { consent } = setup({ now: () => Date.UTC(2026, 2, 28, 23, 30) }); // the night before a European DST switch
    consent.acceptAll();
    const s = consent.getSnapshot();
    expect(Date.parse(s.expiresAt!) - Date.parse(s.decidedAt!)).toBe(182 * DAY);
    expect(s.expiresAt!.endsWith('Z')).toBe(true);
  });

  it('never beyond 400 days, even when the stored value claims more', () => {
    const storage = flakyStorage();
    createConsentManager({ ...config, expiresAfterDays: 400 }, { storage, now: () => T0, gpc: false }).acceptAll();
    const forged = storage.value!.split('.');
    forged[4] = Math.floor((T0 + 401 * DAY) / 1000).toString(36);
    storage.value = forged.join('.');
    expect(setup({ storage }).consent.getSnapshot().decided).toBe(false);
  });

  it('the same consent id is kept across changes until reset', () => {
    const { consent } = setup();
    consent.acceptAll();
    const id = consent.getSnapshot().id;
    consent.rejectAll();
    expect(consent.getSnapshot().id).toBe(id);
    consent.reset();
    consent.acceptAll();
    expect(consent.getSnapshot().id).not.toBe(id);
  });

  it('a stored choice for another category/service layout does not count', () => {
    const storage = flakyStorage();
    createConsentManager(config, { storage, now: () => T0, gpc: false }).acceptAll();
    const grown = defineConsentConfig({ ...config, services: { ...config.services!, segment: { category: 'analytics' } } });
    const consent = createConsentManager(grown, { storage, now: () => T0, gpc: false });
    expect(consent.getSnapshot().decided).toBe(false);
    expect(consent.hasConsent('segment')).toBe(false);
  });
});

describe('memoryStorage', () => {
  it('keeps a value for the page life only', () => {
    const storage = memoryStorage();
    createConsentManager(config, { storage, gpc: false }).acceptAll();
    expect(createConsentManager(config, { storage, gpc: false }).getSnapshot().decided).toBe(true);
    expect(createConsentManager(config, { storage: memoryStorage(), gpc: false }).getSnapshot().decided).toBe(false);
  });
});

describe('grant (a gated embed\u2019s "Allow")', () => {
  it('adds one service and keeps every other current choice', () => {
    const { consent } = setup();
    consent.save({ categories: { functional: true } });
    consent.grant('hotjar');
    const s = consent.getSnapshot();
    expect(s.services.hotjar).toBe(true);
    expect(s.services.googleAnalytics).toBe(false);
    expect(s.categories.functional).toBe(true);
    expect(s.method).toBe('custom');
  });

  it('granting a category grants its services; an undecided visitor becomes decided with nothing else granted', () => {
    const { consent } = setup();
    consent.grant('analytics');
    const s = consent.getSnapshot();
    expect(s.decided).toBe(true);
    expect(s.categories).toEqual({ necessary: true, functional: false, analytics: true, advertising: false });
    expect(s.services.googleAnalytics && s.services.hotjar).toBe(true);
  });

  it('unknown ids change nothing', () => {
    const { consent, storage } = setup();
    (consent.grant as (id: string) => void)('nope');
    expect(storage.writes).toEqual([]);
    expect(consent.getSnapshot().decided).toBe(false);
  });
});
