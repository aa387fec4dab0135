import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromScriptConfig } from '../iife/scriptConfig';
import { assertScriptConfig, validateScriptConfig } from '../iife/validateScriptConfig';

/** Introw's config in its JSON form, as the static demo's pages carry it (examples/static/sync-config.mjs). */
const introw = JSON.parse(readFileSync(new URL('../../../../examples/static/consent-config.json', import.meta.url), 'utf8'));
const minimal = { revision: 1, categories: { necessary: { required: true }, analytics: {} } };
const paths = (input: unknown) => validateScriptConfig(input, 'www.introw.io').map((i) => i.path);

describe('the script-tag config (JSON form)', () => {
  it("Introw's JSON config is valid", () => {
    expect(validateScriptConfig(introw, 'www.introw.io')).toEqual([]);
    expect(validateScriptConfig(introw, '127.0.0.1')).toEqual([]);
  });

  it("becomes a core config: core's JSON form as it is, translations as given (the tables load later), options apart", () => {
    const { config, options } = fromScriptConfig(introw);
    expect(options).toEqual({ records: '/consent/records' });
    expect(config).not.toHaveProperty('options');
    expect(config).not.toHaveProperty('$schema');
    expect(config.services!.hotjar!.storageKeys).toEqual([{ pattern: '^_hj' }]);
    expect(config.services!.segment!.storageKeys).toEqual(['ajs_anonymous_id', 'ajs_user_id', 'ajs_user_traits', 'ajs_group_properties']);
    // Cookie patterns stay strings: core reads them as RegExp sources.
    expect(config.services!.googleAnalytics!.cookies![1]).toMatchObject({ pattern: '^_ga_' });
    expect(config.translations).toEqual({ en: {}, nl: {}, fr: {}, de: {} });
  });

  it('fails closed on malformed parts: English without translations, no options', () => {
    const { config, options } = fromScriptConfig({ ...minimal, options: 'bar' });
    expect(config.translations).toEqual({ en: {} });
    expect(options).toEqual({});
    expect(fromScriptConfig(null).config.translations).toEqual({ en: {} });
  });

  it('reports every problem with its path: the JSON form, then core rules', () => {
    const issues = validateScriptConfig(
      {
        revision: -1,
        categores: {},
        categories: { necessary: { required: true }, analytics: { default: true } },
        services: {
          hotjar: { category: 'analytic', storageKeys: [{ pattern: '(' }, 3], cookies: [{ name: '_hj', pattern: '^_hj' }] },
          segment: { category: 'analytics', storageKeys: 'ajs' },
        },
        translations: { en: { acceptAll: 3 }, es: {} },
        options: { layout: 'sidebar', theme: 'sepia', records: 'javascript:alert(1)', language: 1, colour: 'red' },
        googleConsentMode: { mapping: { analytics: ['analytics_store'] } },
      },
      'www.introw.io',
    );
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath.categores).toMatch(/unknown key/);
    expect(byPath['options.colour']).toMatch(/unknown option/);
    expect(byPath['options.layout']).toBe('must be "bar", "corner" or "center"');
    expect(byPath['options.theme']).toBe('must be "light", "dark" or "auto"');
    expect(byPath['options.records']).toMatch(/URL/);
    expect(byPath['options.language']).toMatch(/language tag/);
    expect(byPath['translations.en']).toMatch(/strings/);
    expect(byPath['services.hotjar.storageKeys[0]']).toMatch(/key name, a RegExp or/);
    expect(byPath['services.hotjar.storageKeys[1]']).toMatch(/key name, a RegExp or/);
    expect(byPath['services.segment.storageKeys']).toMatch(/must be an array/);
    // Core's own rules, on the config the JSON becomes.
    expect(byPath.revision).toMatch(/non-negative integer/);
    expect(byPath['categories.analytics.default']).toMatch(/R4/);
    expect(byPath['services.hotjar.category']).toMatch(/unknown category "analytic"/);
    expect(byPath['services.hotjar.cookies[0]']).toMatch(/exactly one of name/);
    expect(byPath['googleConsentMode.mapping.analytics[0]']).toMatch(/unknown consent type/);
  });

  it('a language without a built-in table needs every text or an English fallback', () => {
    expect(paths({ ...minimal, translations: { es: { acceptAll: 'Aceptar' } } })).toEqual(['translations.es']);
    expect(paths({ ...minimal, translations: { en: {}, es: { acceptAll: 'Aceptar' } } })).toEqual([]);
  });

  it('the page host is checked against the consent cookie domain', () => {
    expect(paths({ ...minimal, cookie: { domain: 'introw.io' } })).toEqual([]);
    expect(validateScriptConfig({ ...minimal, cookie: { domain: 'introw.io' } }, 'evil.example')[0]).toMatchObject({ path: 'cookie.domain' });
  });

  it('assertScriptConfig throws one ConsentConfigError that lists them', () => {
    expect(() => assertScriptConfig(minimal)).not.toThrow();
    expect(() => assertScriptConfig({ revision: 1, categories: {}, extra: 1 })).toThrow(
      /Invalid consent config:\n {2}- extra: unknown key .*\n {2}- categories: must be an object with at least one category/,
    );
    expect(() => assertScriptConfig('{}')).toThrow(/must be a JSON object/);
  });
});
