import { describe, expect, it } from 'vitest';
import { cookieDeclaration, createConsentManager, googleConsentMode, memoryStorage } from '@introw/consent-core';
import { LANGUAGE_COOKIE, introwConfig } from '@introw/example-config';
import { verifyDemoUser } from '../demoUser';
import { preferredLanguage } from '../languages';
import { websiteUrl } from '../website';

/** A real consent cookie value for a choice, as the browser would store it. */
function consentCookie(categories: ('functional' | 'analytics' | 'advertising')[]): string {
  const storage = memoryStorage();
  createConsentManager(introwConfig, { storage, plugins: [googleConsentMode()] }).save({ categories });
  return `introw_consent=${storage.read()}`;
}

describe('the Platform’s language (statement §4.2: the language cookie needs functional consent)', () => {
  it('follows Accept-Language without a cookie, else English', () => {
    expect(preferredLanguage(null, 'nl-BE,nl;q=0.9,en;q=0.8')).toBe('nl');
    expect(preferredLanguage(null, 'fr-BE')).toBe('fr');
    expect(preferredLanguage(null, 'de-DE')).toBe('de');
    expect(preferredLanguage(null, 'es-ES')).toBe('en');
    expect(preferredLanguage(null, null)).toBe('en');
  });

  it('reads the language cookie only while functional cookies are allowed', () => {
    const language = `${LANGUAGE_COOKIE}=fr`;
    expect(preferredLanguage(language, 'nl')).toBe('nl');
    expect(preferredLanguage(`${consentCookie(['analytics'])}; ${language}`, 'nl')).toBe('nl');
    expect(preferredLanguage(`${consentCookie(['functional'])}; ${language}`, 'nl')).toBe('fr');
    expect(preferredLanguage(`${consentCookie(['functional'])}; ${LANGUAGE_COOKIE}=es`, 'nl')).toBe('nl');
    expect(preferredLanguage(`${consentCookie(['functional'])}; ${LANGUAGE_COOKIE}=de`, 'nl')).toBe('de');
  });

  it('declares the language cookie under the functional category', () => {
    const row = cookieDeclaration(introwConfig, 'en').find((r) => r.cookie === LANGUAGE_COOKIE);
    expect(row).toMatchObject({ categoryId: 'functional', serviceId: 'localePreference', duration: '1 year' });
  });
});

describe('the cookie table marks next-auth as Platform only, in every language', () => {
  it.each([
    ['en', 'Platform only'],
    ['nl', 'alleen Platform'],
    ['fr', 'Plateforme uniquement'],
    ['de', 'nur Plattform'],
  ])('%s', (language, words) => {
    const rows = cookieDeclaration(introwConfig, language).filter((r) => r.serviceId === 'nextAuth');
    expect(rows.map((r) => r.cookie)).toEqual([
      '__Secure-next-auth.session-token',
      '__Secure-next-auth.session-token.<n>',
      '__Secure-next-auth.callback-url',
      '__Host-next-auth.csrf-token',
    ]);
    for (const row of rows) expect(row).toMatchObject({ required: true, service: expect.stringContaining(words) });
  });
});

describe('the demo user', () => {
  it('signs in with its email (any case) and password only', () => {
    expect(verifyDemoUser(' Demo@Introw.io ', 'introw-demo')).toMatchObject({ email: 'demo@introw.io' });
    expect(verifyDemoUser('demo@introw.io', 'introw-demo ')).toBeNull();
    expect(verifyDemoUser('other@introw.io', 'introw-demo')).toBeNull();
    expect(verifyDemoUser(undefined, 'introw-demo')).toBeNull();
    expect(verifyDemoUser(['demo@introw.io'], 'introw-demo')).toBeNull();
  });
});

describe('the website link', () => {
  it('points to the local website beside a local Platform, else to www.introw.io', () => {
    expect(websiteUrl('rooms.introw.test:3000')).toBe('http://www.introw.test:5173');
    expect(websiteUrl('localhost:3000')).toBe('http://localhost:5173');
    expect(websiteUrl('rooms.introw.io')).toBe('https://www.introw.io');
    expect(websiteUrl(null)).toBe('https://www.introw.io');
  });
});
