import { describe, expect, it, vi } from 'vitest';
import {
  acceptLanguageCandidates,
  createConsentManager,
  de,
  defineConsentConfig,
  en,
  formatText,
  fr,
  localize,
  nl,
  resolveLanguage,
  resolveTexts,
} from '../index';
import { config, flakyStorage } from './fixtures';

describe('language choice (R9)', () => {
  const langs = ['en', 'nl', 'fr', 'de'];
  it.each([
    [['nl-BE'], 'nl'],
    [['nl_BE'], 'nl'],
    [['FR-be'], 'fr'],
    [['en-GB', 'nl'], 'en'],
    [['es', 'de-AT'], 'de'],
    [['es', 'it'], 'en'],
    [['', null, undefined, 'fr'], 'fr'],
  ])('%j -> %s', (candidates, expected) => {
    expect(resolveLanguage(langs, candidates as string[], 'en')).toBe(expected);
  });

  it('an exact tag wins over the primary subtag', () => {
    expect(resolveLanguage(['pt', 'pt-BR'], ['pt-BR'])).toBe('pt-BR');
    expect(resolveLanguage(['pt', 'pt-BR'], ['pt-PT'])).toBe('pt');
  });

  it('falls back to the default, then to the first language', () => {
    expect(resolveLanguage(['nl', 'fr'], ['es'], 'fr')).toBe('fr');
    expect(resolveLanguage(['nl', 'fr'], ['es'], 'xx')).toBe('nl');
  });

  it('parses Accept-Language by quality', () => {
    expect(acceptLanguageCandidates('fr;q=0.5, nl-BE,nl;q=0.9,*;q=0.1,en;q=0')).toEqual(['nl-BE', 'nl', 'fr']);
    expect(acceptLanguageCandidates(null)).toEqual([]);
  });

  it('the manager picks: explicit option, then <html lang>, then navigator.languages, then the default', () => {
    const multi = defineConsentConfig({ ...config, translations: { en, nl, fr }, defaultLanguage: 'nl' });
    expect(createConsentManager(multi, { storage: flakyStorage(), language: 'fr-BE' }).language).toBe('fr');
    const g = globalThis as unknown as { document?: unknown; navigator: unknown };
    const nav = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    try {
      g.document = { documentElement: { lang: 'fr' } };
      Object.defineProperty(globalThis, 'navigator', { value: { languages: ['en-US'] }, configurable: true });
      expect(createConsentManager(multi, { storage: flakyStorage() }).language).toBe('fr');
      g.document = { documentElement: { lang: '' } };
      expect(createConsentManager(multi, { storage: flakyStorage() }).language).toBe('en');
      Object.defineProperty(globalThis, 'navigator', { value: { languages: ['es'] }, configurable: true });
      expect(createConsentManager(multi, { storage: flakyStorage() }).language).toBe('nl');
    } finally {
      delete g.document;
      if (nav) Object.defineProperty(globalThis, 'navigator', nav);
    }
  });
});

describe('translations', () => {
  it('built-in en, nl, fr and de tables have exactly the same keys and no empty text', () => {
    for (const table of [nl, fr, de]) {
      expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
      for (const v of Object.values(table)) expect(v.trim().length).toBeGreaterThan(0);
    }
    expect([en.rejectAll, nl.rejectAll, fr.rejectAll, de.rejectAll]).toEqual(['Reject all', 'Alles weigeren', 'Tout refuser', 'Alle ablehnen']);
  });

  it('site overrides per text win, missing texts come from the default language, then English (when shipped)', () => {
    const c = defineConsentConfig({ ...config, defaultLanguage: 'nl', translations: { nl, fr: { acceptAll: "D'accord" } } });
    const frTexts = resolveTexts(c, 'fr');
    expect(frTexts.acceptAll).toBe("D'accord");
    expect(frTexts.rejectAll).toBe(nl.rejectAll);
    const bare = defineConsentConfig({ ...config, translations: { en, xx: { save: 'S' } }, defaultLanguage: 'xx' });
    expect(resolveTexts(bare, 'xx').rejectAll).toBe('Reject all');
    expect(resolveTexts(bare, 'xx').save).toBe('S');
  });

  it('core bundles no texts: without translations every text is its key name, with a development warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { translations: _none, ...untranslated } = config;
      const consent = createConsentManager(defineConsentConfig(untranslated), { storage: flakyStorage() });
      expect(consent.texts.acceptAll).toBe('acceptAll');
      expect(consent.texts.bannerDescription.replace('{site}', 'x')).toBe('bannerDescription');
      expect(consent.language).toBe('en');
      expect(warn.mock.calls.some((c) => String(c[0]).includes('translations'))).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });

  it('formatText fills placeholders as plain text and leaves hostile strings inert', () => {
    expect(formatText('Hello {site}, {missing}', { site: '<b>Introw</b>' })).toBe('Hello <b>Introw</b>, {missing}');
    expect(formatText('{n} days', { n: 30 })).toBe('30 days');
  });

  it('localize reads exact tag, primary subtag, fallback, then first entry', () => {
    const t = { en: 'E', 'nl-BE': 'V', fr: 'F' };
    expect(localize(t, 'nl-BE')).toBe('V');
    expect(localize(t, 'fr-CA')).toBe('F');
    expect(localize(t, 'de', 'fr')).toBe('F');
    expect(localize({ de: 'D' }, 'xx')).toBe('D');
    expect(localize('plain', 'nl')).toBe('plain');
    expect(localize(undefined, 'nl')).toBeUndefined();
  });
});
