// @vitest-environment-options { "url": "http://app.example.test/app/page.html" }
import { afterEach, describe, expect, it } from 'vitest';
import { defineConsentConfig } from '../config/defineConsentConfig';
import { buildModel } from '../config/model';
import type { ConsentConfig } from '../config/types';
import { matchingCookieNames, revokeServices } from '../browser/revocation';
import { cookieNames, domainCandidates, pathCandidates } from '../storage/cookieScopes';

const expireAll = (): void => {
  for (const name of cookieNames(document.cookie)) {
    for (const path of pathCandidates(location.pathname)) {
      document.cookie = `${name}=; Max-Age=0; Path=${path}`;
      for (const d of domainCandidates(location.hostname)) document.cookie = `${name}=; Max-Age=0; Path=${path}; Domain=${d}`;
    }
  }
};

describe('domainCandidates (R28)', () => {
  it('host and every parent domain, not the top-level label', () => {
    expect(domainCandidates('app.example.test')).toEqual(['app.example.test', 'example.test']);
    expect(domainCandidates('a.b.example.test')).toEqual(['a.b.example.test', 'b.example.test', 'example.test']);
    expect(domainCandidates('WWW.Example.Test.')).toEqual(['www.example.test', 'example.test']);
  });
  it('none for IP addresses, IPv6 and single-label hosts (host-only cookies only)', () => {
    expect(domainCandidates('127.0.0.1')).toEqual([]);
    expect(domainCandidates('::1')).toEqual([]);
    expect(domainCandidates('localhost')).toEqual([]);
    expect(domainCandidates('')).toEqual([]);
  });
});

describe('pathCandidates (R28)', () => {
  it('/ and every prefix of the path, with and without trailing slash', () => {
    expect(pathCandidates('/')).toEqual(['/']);
    expect(pathCandidates('/app')).toEqual(['/', '/app', '/app/']);
    expect(pathCandidates('/app/x/')).toEqual(['/', '/app', '/app/', '/app/x', '/app/x/']);
    expect(pathCandidates('/app/page.html')).toEqual(['/', '/app', '/app/', '/app/page.html', '/app/page.html/']);
  });
  it('adds configured paths and ignores ones not starting with /', () => {
    expect(pathCandidates('/app', ['/blog', 'blog', '/app'])).toEqual(['/', '/app', '/app/', '/blog']);
  });
});

describe('cookie names are compared literally (R13)', () => {
  it('parses document.cookie names', () => {
    expect(cookieNames('_ga=GA1.1; a.b*c|d=1;  x = y ; flag')).toEqual(['_ga', 'a.b*c|d', 'x', 'flag']);
    expect(cookieNames('')).toEqual([]);
  });
  it('".", "*" and "|" in a declared name are plain characters', () => {
    expect(matchingCookieNames({ name: 'a.b' }, ['a.b', 'axb', 'a.bc'])).toEqual(['a.b']);
    expect(matchingCookieNames({ name: 'x*' }, ['x', 'xx', 'x*', 'xxx'])).toEqual(['x*']);
    expect(matchingCookieNames({ name: 'a|b' }, ['a', 'b', 'a|b', 'ab'])).toEqual(['a|b']);
    expect(matchingCookieNames({ name: '_ga' }, ['_ga_ABC123', '__ga'])).toEqual([]);
  });
  it('only a declared pattern is a regular expression (RegExp or its source; a g flag does not skip matches)', () => {
    expect(matchingCookieNames({ pattern: /^_ga_/ }, ['_ga', '_ga_ABC123', 'x_ga_'])).toEqual(['_ga_ABC123']);
    expect(matchingCookieNames({ pattern: '^_hjSession_' }, ['_hjSession_1', '_hjSessionUser_1'])).toEqual(['_hjSession_1']);
    expect(matchingCookieNames({ pattern: /^_hj/g }, ['_hjA', '_hjB', '_hjC'])).toEqual(['_hjA', '_hjB', '_hjC']);
  });
});

describe('revokeServices in jsdom (R13, R27, R28, R32)', () => {
  afterEach(() => {
    expireAll();
    localStorage.clear();
    sessionStorage.clear();
  });

  const model = buildModel(
    defineConsentConfig({
      revision: 1,
      cookie: { name: 'introw_consent' },
      categories: { necessary: { required: true }, analytics: {} },
      services: {
        cloudflare: { category: 'necessary', cookies: [{ name: '__cflb' }, { pattern: /^session\.\d+$/ }] },
        greedy: {
          category: 'analytics',
          cookies: [
            { pattern: /^_/ }, // also matches __cflb: must still be kept
            { pattern: /^(introw|session)/ }, // would match the consent cookie and a necessary chunk: kept
            { name: 'a.b*c|d' },
            { name: 'hs_http', httpOnly: true },
            { name: 'IDE', thirdParty: true },
            { name: 'dc', domain: '.doubleclick.net' },
            { name: 'blog_only', paths: ['/blog'] },
          ],
          // The three forms: a name, a RegExp, and `{ pattern }` with a source string (a JSON config).
          storageKeys: ['ajs_user_id', /^_hj/, { pattern: '^seg_' }],
        },
      },
    }) as ConsentConfig,
  );

  it('deletes host-only and parent-domain cookies on every path, never the consent or a strictly necessary cookie', () => {
    document.cookie = '_ga=1; Path=/';
    document.cookie = '_ga=2; Path=/app';
    document.cookie = '_ga=3; Path=/; Domain=example.test';
    document.cookie = '_ga=4; Path=/app; Domain=example.test';
    document.cookie = '_ga_ABC123=5; Path=/';
    document.cookie = 'a.b*c|d=6; Path=/';
    document.cookie = 'aXbYcZd=7; Path=/';
    document.cookie = '__cflb=8; Path=/';
    document.cookie = 'session.0=9; Path=/';
    document.cookie = 'introw_consent=10; Path=/';
    const report = revokeServices(document, model, ['greedy']);
    const left = cookieNames(document.cookie).sort();
    expect(left).toEqual(['__cflb', 'aXbYcZd', 'introw_consent', 'session.0']);
    expect(report.deletedCookies.sort()).toEqual(['_ga', '_ga_ABC123', 'a.b*c|d']);
    expect(report.services).toEqual(['greedy']);
  });

  it('reports HttpOnly, third-party and foreign-domain declarations instead of trying', () => {
    const report = revokeServices(document, model, ['greedy']);
    expect(report.notRemovable).toEqual([
      { service: 'greedy', cookie: 'hs_http', reason: 'http-only' },
      { service: 'greedy', cookie: 'IDE', reason: 'third-party' },
      { service: 'greedy', cookie: 'dc', reason: 'third-party' },
    ]);
  });

  it('deletes declared storage keys in both storages, keeps the protected and unrelated ones', () => {
    localStorage.setItem('ajs_user_id', 'u');
    localStorage.setItem('_hjTLDTest', '1');
    localStorage.setItem('ajs_user_id_copy', 'keep');
    localStorage.setItem('seg_traits', '{}');
    localStorage.setItem('introw_consent:granted', '["analytics"]');
    sessionStorage.setItem('_hjSession', '1');
    const report = revokeServices(document, model, ['greedy'], ['introw_consent:granted']);
    expect(report.deletedStorageKeys.sort()).toEqual(['_hjSession', '_hjTLDTest', 'ajs_user_id', 'seg_traits']);
    expect(localStorage.getItem('ajs_user_id_copy')).toBe('keep');
    expect(localStorage.getItem('introw_consent:granted')).toBe('["analytics"]');
  });

  it('does nothing for required or unknown services', () => {
    document.cookie = '__cflb=1; Path=/';
    const report = revokeServices(document, model, ['cloudflare', 'nope']);
    expect(report.services).toEqual([]);
    expect(cookieNames(document.cookie)).toEqual(['__cflb']);
  });
});
