import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../config/model';
import { CLOCK_SKEW_MS, decodeCopies, decodeConsent, encodeConsent, type StoredConsent } from '../storage/encoding';
import { createConsentManager, isGranted } from '../index';
import { readConsent } from '../server';
import { ownCopy, ownValue } from '../config/own';
import { cookieDomainFor } from '../storage/cookieScopes';
import { config, DAY, flakyStorage } from './fixtures';

const T0 = Date.UTC(2026, 11, 3);
const model = buildModel(config);
const stored = (granted: string[], method: StoredConsent['method'], decidedAt = T0): StoredConsent => ({
  revision: 3,
  id: 'AbCdEfGhIjKlMnOpQrStUv',
  decidedAt,
  expiresAt: decidedAt + 182 * DAY,
  method,
  gpcAtDecision: false,
  fingerprint: model.fingerprint,
  granted: new Set(granted),
});
const ALL = ['functional', 'analytics', 'advertising', 'locale', 'googleAnalytics', 'hotjar', 'googleAds'];
const accept = (at = T0) => encodeConsent(stored(ALL, 'accept-all', at), model);
const reject = (at = T0) => encodeConsent(stored([], 'reject-all', at), model);

describe('issue 11: a stored decision is the visitor own, or no decision', () => {
  it('a decision dated beyond the 5-minute clock-skew allowance is no decision', () => {
    expect(CLOCK_SKEW_MS).toBe(300_000);
    expect(decodeConsent(accept(T0 + CLOCK_SKEW_MS), model, T0)).not.toBeNull();
    expect(decodeConsent(accept(T0 + CLOCK_SKEW_MS + 1000), model, T0)).toBeNull();
    expect(decodeConsent(accept(T0 + 3600_000), model, T0)).toBeNull();
  });

  it('among copies, one that grants more never beats a refusal, whatever date it claims', () => {
    expect(decodeCopies([accept(T0 + 60_000), reject(T0)], model, T0 + 120_000)!.method).toBe('reject-all');
    expect(decodeCopies([reject(T0), accept(T0 + 60_000)], model, T0 + 120_000)!.method).toBe('reject-all');
    // The most restrictive of comparable copies wins; incomparable copies mean no decision.
    const analytics = encodeConsent(stored(['analytics', 'googleAnalytics', 'hotjar'], 'custom'), model);
    const ads = encodeConsent(stored(['advertising', 'googleAds'], 'custom', T0 + 1000), model);
    expect(decodeCopies([accept(), analytics], model, T0 + 2000)!.method).toBe('custom');
    expect(decodeCopies([analytics, ads], model, T0 + 2000)).toBeNull();
    // Agreeing copies: the newest counts.
    expect(decodeCopies([reject(T0), reject(T0 + 1000)], model, T0 + 2000)!.decidedAt).toBe(T0 + 1000);
  });

  it('copies of an older revision or past their lifetime do not compete, but keep the consent id', () => {
    const old = encodeConsent({ ...stored([], 'reject-all'), revision: 2 }, model);
    expect(decodeCopies([old, accept()], model, T0 + 1000)!.method).toBe('accept-all');
    expect(decodeCopies([old], model, T0 + 1000)!.revision).toBe(2);
  });

  it('the server applies the same rule to the Cookie header', () => {
    const header = `introw_consent=${accept(T0 + 60_000)}; introw_consent=${reject(T0)}`;
    expect(readConsent(header, config, { now: T0 + 120_000 }).method).toBe('reject-all');
  });

  it('cookie.domain candidates: the first the host is under, else host-only', () => {
    expect(cookieDomainFor(['introw.io', 'introw.test'], 'rooms.introw.test')).toBe('introw.test');
    expect(cookieDomainFor(['.introw.io'], 'www.introw.io')).toBe('introw.io');
    expect(cookieDomainFor(['introw.io', 'introw.test'], 'localhost')).toBeUndefined();
    expect(cookieDomainFor('introw.io', 'evilintrow.io')).toBeUndefined();
    expect(cookieDomainFor(undefined, 'www.introw.io')).toBeUndefined();
  });
});

describe('issue 11: a polluted Object.prototype grants nothing', () => {
  // Not `value`: the test runner's own property descriptors would inherit it.
  const keys = ['required', 'service', 'category', 'categories', 'services', 'analytics', 'googleAnalytics', 'storage', 'gpc', 'initialState'];
  const pollute = (value: (key: string) => unknown) => {
    for (const key of keys) Object.defineProperty(Object.prototype, key, { value: value(key), configurable: true, writable: true });
  };
  afterEach(() => {
    for (const key of keys) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it('ownCopy and ownValue read own properties only', () => {
    pollute(() => true);
    const copy = ownCopy({ a: { b: [1, { c: 2 }] } });
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect((copy.a as Record<string, unknown>).required).toBeUndefined();
    expect(ownValue({}, 'required')).toBeUndefined();
    expect(ownValue({ required: false }, 'required')).toBe(false);
  });

  it('no category becomes required, nothing is granted, an empty choice grants nothing', () => {
    pollute((key) =>
      key === 'categories'
        ? ['analytics']
        : key === 'services'
          ? { googleAnalytics: true }
          : key === 'storage'
            ? undefined
            : key === 'category'
              ? 'necessary'
              : true,
    );
    const consent = createConsentManager(config, { storage: flakyStorage() });
    const state = consent.getSnapshot();
    expect(Object.keys(state.categories).filter((id) => isGranted(state, id))).toEqual(['necessary']);
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(consent.hasConsent('unknown' as never)).toBe(false);
    consent.save({});
    expect(Object.keys(consent.getSnapshot().services).filter((id) => consent.hasConsent(id as never))).toEqual(['cloudflare']);
    expect(readConsent(null, config).categories.analytics).toBe(false);
  });
});
