import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildModel } from '../config/model';
import { decodeConsent, decodeCopies, encodeConsent, type StoredConsent } from '../storage/encoding';
import { createConsentManager, defineConsentConfig } from '../index';
import { config, DAY, flakyStorage } from './fixtures';

const T0 = Date.UTC(2026, 10, 29);
const model = buildModel(config);

function stored(granted: string[]): StoredConsent {
  return {
    revision: 3,
    id: 'AbCdEfGhIjKlMnOpQrStUv',
    decidedAt: T0,
    expiresAt: T0 + 182 * DAY,
    method: 'custom',
    gpcAtDecision: false,
    fingerprint: model.fingerprint,
    granted: new Set(granted),
  };
}

describe('stored consent encoding (R29, R30)', () => {
  it('round-trips every field', () => {
    const value = encodeConsent(stored(['analytics', 'hotjar', 'googleAds']), model);
    const back = decodeConsent(value, model, T0)!;
    expect(back.revision).toBe(3);
    expect(back.id).toBe('AbCdEfGhIjKlMnOpQrStUv');
    expect(back.decidedAt).toBe(T0);
    expect(back.expiresAt).toBe(T0 + 182 * DAY);
    expect(back.method).toBe('custom');
    expect([...back.granted].sort()).toEqual(['analytics', 'googleAds', 'hotjar']);
  });

  it('has no raw ; , space or quote, and stays well under 4096 bytes with 200 services and per-service choices', () => {
    const services: Record<string, { category: 'analytics' | 'advertising' }> = {};
    for (let i = 0; i < 200; i++) services[`vendorWithALongServiceIdentifier${i}`] = { category: i % 2 ? 'analytics' : 'advertising' };
    const big = defineConsentConfig({ revision: 12345, categories: { necessary: { required: true }, analytics: {}, advertising: {} }, services });
    const storage = flakyStorage();
    const consent = createConsentManager(big, { storage, gpc: false });
    const choice: Record<string, boolean> = {};
    for (const [i, id] of Object.keys(services).entries()) choice[id] = i % 3 === 0;
    consent.save({ categories: { analytics: true }, services: choice });
    const cookie = `introw_consent=${storage.value}`;
    expect(cookie).not.toMatch(/[;, "']/);
    expect(new TextEncoder().encode(cookie).length).toBeLessThan(200);
    const reloaded = createConsentManager(big, { storage, gpc: false });
    expect(reloaded.getSnapshot().services).toEqual(consent.getSnapshot().services);
  });

  it.each([
    ['truncated JSON', '{"v":1,"c":["analytics"'],
    ['[object Object]', '[object Object]'],
    ['broken percent-encoding', '%E0%A4%A'],
    ['JSON with wrong types', '{"decided":"yes","categories":{"analytics":"true"}}'],
    ['null', 'null'],
    ['empty', ''],
    ['5 KB of junk', 'x'.repeat(5 * 1024)],
    ['a valid value truncated', 'TRUNC'],
    ['a valid value with one extra field', 'EXTRA'],
    ['another format version', 'VERSION'],
    ['decided in the far future', 'FUTURE'],
    ['padding bits set', 'PADDING'],
  ])('%s decodes to "no decision" without throwing', (_name, raw) => {
    const good = encodeConsent(stored(['analytics']), model);
    const parts = good.split('.');
    const value =
      raw === 'TRUNC'
        ? good.slice(0, -3)
        : raw === 'EXTRA'
          ? `${good}.x`
          : raw === 'VERSION'
            ? `2${good.slice(1)}`
            : raw === 'FUTURE'
              ? [
                  ...parts.slice(0, 3),
                  Math.floor((T0 + 10 * DAY) / 1000).toString(36),
                  Math.floor((T0 + 20 * DAY) / 1000).toString(36),
                  ...parts.slice(5),
                ].join('.')
              : raw === 'PADDING'
                ? [...parts.slice(0, 8), '__'].join('.')
                : raw;
    expect(() => decodeConsent(value, model, T0)).not.toThrow();
    expect(decodeConsent(value, model, T0)).toBeNull();
  });

  it('values that contradict themselves are refused: a refusal with grants, a required item stored as a choice', () => {
    const refusal = { ...stored(['analytics']), method: 'reject-all' as const };
    expect(decodeConsent(encodeConsent(refusal, model), model, T0)).toBeNull();
    expect(decodeConsent(encodeConsent(stored(['necessary']), model), model, T0)).toBeNull();
    expect(decodeConsent(encodeConsent(stored(['cloudflare', 'analytics']), model), model, T0)).toBeNull();
    expect(decodeConsent(encodeConsent({ ...stored([]), method: 'reject-all' }, model), model, T0)).not.toBeNull();
  });

  it('duplicates: the newest valid decision wins, whatever the order; garbage is ignored', () => {
    const older = encodeConsent(stored(['analytics']), model);
    const newer = encodeConsent({ ...stored([]), method: 'reject-all', decidedAt: T0 + 1000 }, model);
    expect(decodeCopies([older, newer], model, T0 + 2000)!.method).toBe('reject-all');
    expect(decodeCopies([newer, older], model, T0 + 2000)!.method).toBe('reject-all');
    expect(decodeCopies(['garbage', older, '%ZZ'], model, T0)!.method).toBe('custom');
    expect(decodeCopies(['garbage', null], model, T0)).toBeNull();
    expect(decodeCopies([], model, T0)).toBeNull();
  });

  it('non-string inputs decode to null', () => {
    for (const v of [null, undefined, 42, {}, [], true]) expect(decodeConsent(v, model, T0)).toBeNull();
  });

  it('property: decoding any string never throws and never grants anything unless it is a well-formed value', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (raw) => {
        const result = decodeConsent(raw, model, T0);
        if (result !== null) expect(raw).toMatch(/^1\.[0-9a-z]+\.[A-Za-z0-9_-]+\.[0-9a-z]+\.[0-9a-z]+\.[arc]\.[01]\.[0-9a-z]+\.[A-Za-z0-9_-]*$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: a manager reading arbitrary stored bytes never throws on load and never grants', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 600 }),
          fc.stringMatching(/^1\.[0-9a-z]{1,3}\.[A-Za-z0-9_-]{8,30}\.[0-9a-z]{1,8}\.[0-9a-z]{1,8}\.[arc]\.[01]\.[0-9a-z]{1,8}\.[A-Za-z0-9_-]{0,4}$/),
        ),
        (raw) => {
          const consent = createConsentManager(config, { storage: flakyStorage(raw), gpc: false, now: () => T0 });
          const s = consent.getSnapshot();
          expect(s.decided).toBe(false);
          expect(consent.hasConsent('analytics') || consent.hasConsent('googleAds') || consent.hasConsent('hotjar')).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property: every choice round-trips through storage exactly', () => {
    const ids = [...model.optional];
    fc.assert(
      fc.property(fc.subarray(ids), (granted) => {
        const value = encodeConsent(stored(granted), model);
        expect([...decodeConsent(value, model, T0)!.granted].sort()).toEqual([...granted].sort());
      }),
    );
  });
});
