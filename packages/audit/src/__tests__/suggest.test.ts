import { describe, expect, it } from 'vitest';
import { introwConfig } from '@introw/example-config';
import { indexDeclaration } from '../declarations';
import { suggestDeclaration } from '../suggest';
import { lookupKnownCookie } from '../cookieDatabase';
import { NOW } from './helpers';

const index = indexDeclaration(introwConfig);

describe('lookupKnownCookie (the shipped Open Cookie Database)', () => {
  it('finds exact names first, then the longest wildcard family', () => {
    expect(lookupKnownCookie('_ga')).toMatchObject({ platform: 'Google Analytics', wildcard: false, retention: '2 years' });
    expect(lookupKnownCookie('_ga_ABC123')).toMatchObject({ platform: 'Google Analytics', name: '_ga_', wildcard: true });
    expect(lookupKnownCookie('_gac_gb_123')).toMatchObject({ name: '_gac_gb_' });
    expect(lookupKnownCookie('certainly_not_a_known_cookie')).toBeUndefined();
  });

  it('ignores one- and two-character families, which would claim unrelated names', () => {
    expect(lookupKnownCookie('CTfoo')).toBeUndefined();
  });
});

describe('suggestDeclaration', () => {
  it('adds a name the database gives to an existing service of the config to that service, as a pattern for a family', () => {
    const s = suggestDeclaration(index, 'cookie', '_gat_UA-1234', {
      expires: NOW / 1000 + 60,
      observedAt: NOW,
      domain: 'www.introw.io',
      httpOnly: false,
      thirdParty: false,
    });
    expect(s).toMatchObject({
      source: 'open-cookie-database',
      vendor: 'Google Analytics',
      serviceId: 'googleAnalytics',
      categoryId: 'analytics',
      pattern: true,
    });
    expect(s.snippet).toMatch(/^\/\/ add to services\.googleAnalytics\.cookies:\n/);
    expect(s.snippet).toContain('pattern: /^_gat/');
    expect(s.entry).toMatchObject({ services: { googleAnalytics: { cookies: [{ pattern: '^_gat', label: '_gat*' }] } } });
  });

  it('proposes a new service in the matching category, with the database purpose, retention and privacy link', () => {
    const s = suggestDeclaration(index, 'cookie', '_fbp');
    expect(s.categoryId).toBe('advertising');
    expect(s.duration).toEqual({ months: 4 });
    expect(s.snippet).toContain("// add to services:\nfacebook: {\n  category: 'advertising',\n  name: 'Facebook',");
    expect(s.snippet).toContain("privacyPolicyUrl: 'https://www.facebook.com/about/privacy/'");
    const service = (s.entry.services as Record<string, { cookies: unknown[] }>).facebook!;
    expect(service.cookies).toEqual([{ name: '_fbp', duration: { months: 4 }, purpose: expect.stringContaining('Facebook') }]);
  });

  it("warns that the database's Functional may still need consent, and suggests the strictly necessary category", () => {
    const s = suggestDeclaration(index, 'cookie', 'CookieConsent');
    expect(s.categoryId).toBe('necessary');
    expect(s.snippet).toMatch(/files it as Functional .* if the site works without it/s);
  });

  it('without a database entry, builds the entry from what the browser saw, with placeholders', () => {
    const s = suggestDeclaration(index, 'cookie', 'xyz_session', {
      expires: -1,
      observedAt: NOW,
      domain: '.tracker.example',
      httpOnly: true,
      thirdParty: true,
    });
    expect(s.source).toBe('observed');
    expect(s.entry).toEqual({
      services: {
        '<serviceId>': {
          category: '<category>',
          name: '<service name>',
          provider: '<provider>',
          cookies: [
            {
              name: 'xyz_session',
              duration: 'session',
              purpose: '<why this exists, in plain language>',
              thirdParty: true,
              domain: '.tracker.example',
              httpOnly: true,
            },
          ],
        },
      },
    });
    expect(s.snippet).toContain("'<serviceId>': {");
  });

  it('storage keys become storageKeys entries', () => {
    expect(suggestDeclaration(index, 'localStorage', 'my_key').snippet).toContain("storageKeys: ['my_key']");
  });
});
