import { describe, expect, it } from 'vitest';
import { createConsentManager, ConsentConfigError, defineConsentConfig, memoryStorage, validateConsentConfig } from '../index';
import type { ConsentConfig } from '../config/types';
import { cookieDomainProblem } from '../config/validateConfig';
import { config } from './fixtures';

function issuesOf(bad: unknown): { path: string; message: string }[] {
  try {
    validateConsentConfig(bad as ConsentConfig);
  } catch (e) {
    expect(e).toBeInstanceOf(ConsentConfigError);
    return [...(e as ConsentConfigError).issues];
  }
  throw new Error('expected a ConsentConfigError');
}

describe('config validation', () => {
  it('accepts a valid config', () => {
    expect(() => validateConsentConfig(config)).not.toThrow();
  });

  it('lists every problem at once, each with its path', () => {
    const issues = issuesOf({
      revision: 1,
      categories: { necessary: { required: true }, analytics: {}, marketing: { default: true } },
      services: {
        hotjar: { category: 'analytic' },
        ga: { category: 'analytics', default: true },
        analytics: { category: 'analytics' },
        leaky: { category: 'analytics', cookies: [{ name: 'cookie_consent' }] },
      },
      expiresAfterDays: 0,
    });
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'services.hotjar.category',
        'categories.marketing.default',
        'services.ga.default',
        'services.analytics',
        'services.leaky.cookies[0].name',
        'expiresAfterDays',
      ]),
    );
    expect(issues.find((i) => i.path === 'services.hotjar.category')!.message).toContain('unknown category "analytic"');
    expect(issues.length).toBeGreaterThanOrEqual(6);
  });

  it('the error message names each path (R4: no pre-ticked boxes)', () => {
    const bad = { revision: 1, categories: { analytics: { default: true } } } as unknown as ConsentConfig;
    expect(() => createConsentManager(bad, { storage: memoryStorage() })).toThrowError(/categories\.analytics\.default: .*R4/);
  });

  it.each([
    [0, 'zero'],
    [-5, 'negative'],
    [401, 'over 400'],
    ['365', 'a string'],
    [Number.NaN, 'NaN'],
    [12.5, 'fractional'],
  ] as [unknown, string][])('expiresAfterDays %s (%s) is an error, never coerced', (days) => {
    const issues = issuesOf({ revision: 1, categories: { a: {} }, expiresAfterDays: days });
    expect(issues.map((i) => i.path)).toContain('expiresAfterDays');
  });

  it('R13: storage keys are names, RegExps or { pattern } with a valid source (the JSON form)', () => {
    const withKeys = (storageKeys: unknown) => ({ ...config, services: { ...config.services, s: { category: 'analytics', storageKeys } } });
    expect(() => validateConsentConfig(withKeys(['ajs_user_id', /^_hj/, { pattern: '^seg_' }, { pattern: /^x/ }]) as ConsentConfig)).not.toThrow();
    expect(issuesOf(withKeys('ajs')).map((i) => i.path)).toEqual(['services.s.storageKeys']);
    expect(issuesOf(withKeys(['', { pattern: '(' }, 3, { name: 'x' }])).map((i) => i.path)).toEqual([0, 1, 2, 3].map((i) => `services.s.storageKeys[${i}]`));
  });

  it('accepts 1 and 400 days', () => {
    expect(() => validateConsentConfig({ ...config, expiresAfterDays: 1 })).not.toThrow();
    expect(() => validateConsentConfig({ ...config, expiresAfterDays: 400 })).not.toThrow();
  });

  it('rejects a pattern that would match the consent cookie', () => {
    const issues = issuesOf({ revision: 1, categories: { a: {} }, services: { s: { category: 'a', cookies: [{ pattern: /^cookie_/ }] } } });
    expect(issues[0]!.path).toBe('services.s.cookies[0].pattern');
  });

  it('rejects a custom consent cookie name declared by a service', () => {
    const issues = issuesOf({ revision: 1, cookie: { name: 'cc' }, categories: { a: {} }, services: { s: { category: 'a', cookies: [{ name: 'cc' }] } } });
    expect(issues[0]!.path).toBe('services.s.cookies[0].name');
  });

  it('rejects duplicate cookie declarations across services, and cookies with neither or both name and pattern', () => {
    const issues = issuesOf({
      revision: 1,
      categories: { a: {} },
      services: {
        s: { category: 'a', cookies: [{ name: '_x' }, {}] },
        t: { category: 'a', cookies: [{ name: '_x' }, { name: 'y', pattern: 'y' }, { pattern: '(' }] },
      },
    });
    expect(issues.map((i) => i.path)).toEqual([
      'services.s.cookies[1]',
      'services.t.cookies[0].name',
      'services.t.cookies[1]',
      'services.t.cookies[2].pattern',
    ]);
  });

  it('rejects SameSite=None without Secure, and a bad revision', () => {
    const issues = issuesOf({ revision: -1, categories: { a: {} }, cookie: { sameSite: 'None' } });
    expect(issues.map((i) => i.path)).toEqual(['revision', 'cookie.sameSite']);
    expect(() => validateConsentConfig({ ...config, cookie: { sameSite: 'None', secure: true } })).not.toThrow();
  });

  it('rejects an empty or missing categories object and a non-object config', () => {
    expect(issuesOf({ revision: 1, categories: {} }).map((i) => i.path)).toEqual(['categories']);
    expect(issuesOf(null).map((i) => i.path)).toEqual(['(config)']);
  });

  describe('cookie domain', () => {
    it.each([
      ['https://introw.io', 'scheme'],
      ['introw.io/path', 'scheme or path'],
      ['.be', 'public suffix'],
      ['com', 'public suffix'],
      ['intr ow.io', 'not a valid host'],
    ])('%s is refused (%s)', (domain, why) => {
      expect(cookieDomainProblem(domain, undefined)).toContain(why);
    });
    it('must match the page host', () => {
      expect(cookieDomainProblem('.introw.io', 'www.introw.io')).toBeNull();
      expect(cookieDomainProblem('introw.io', 'introw.io')).toBeNull();
      expect(cookieDomainProblem('.introw.io', 'evilintrow.io')).toContain('does not match');
      expect(cookieDomainProblem('.example.com', 'www.introw.io')).toContain('does not match');
    });
    it('is reported with its path', () => {
      expect(issuesOf({ revision: 1, categories: { a: {} }, cookie: { domain: 'https://x.io' } }).map((i) => i.path)).toEqual(['cookie.domain']);
    });
  });

  it('defineConsentConfig returns the object unchanged', () => {
    const c = { revision: 1, categories: { a: {} } };
    expect(defineConsentConfig(c)).toBe(c);
  });
});

describe('googleConsentMode validation (R16)', () => {
  it('reports unknown categories, consent types and bad options with their paths', () => {
    const issues = issuesOf({
      revision: 1,
      categories: { analytics: {}, advertising: {} },
      googleConsentMode: { mapping: { analytic: ['analytics_storage'], advertising: ['ad_storag'] }, waitForUpdate: -1, regions: ['be'] },
    });
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        'googleConsentMode.mapping.analytic',
        'googleConsentMode.mapping.advertising[0]',
        'googleConsentMode.waitForUpdate',
        'googleConsentMode.regions[0]',
      ]),
    );
  });
});
