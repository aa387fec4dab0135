import { afterEach, describe, expect, it, vi } from 'vitest';
import { cookieDeclaration, createConsentManager, de, defineConsentConfig, en, fr, nl, resolveTexts, serviceName } from '../index';
import { bannerContent, cookieDeclarationTable, embedPlaceholderText, hostOf, isHttpUrl, isSafeHref } from '../ui';
import { createPreferencesDraft, preferencesSections, privacyContactHref } from '../preferences';
import { flakyStorage } from './fixtures';

/** Introw-like: a required category with a service, optional ones with services, localized names. */
const config = defineConsentConfig({
  revision: 1,
  siteName: 'Introw',
  translations: { en, nl },
  categories: { necessary: { required: true }, analytics: {}, advertising: { title: { en: 'Ads', nl: 'Advertenties' } } },
  services: {
    cloudflare: { category: 'necessary', name: 'Cloudflare', provider: 'Cloudflare, Inc.', cookies: [{ name: '__cf_bm', duration: { minutes: 30 } }] },
    googleAnalytics: {
      category: 'analytics',
      name: { en: 'Google Analytics', nl: 'Google Analytics (statistieken)' },
      provider: 'Google Ireland Ltd',
      description: { en: 'Visit statistics', nl: 'Bezoekstatistieken' },
      privacyPolicyUrl: 'https://policies.google.com/privacy',
      cookies: [{ name: '_ga', duration: { days: 730 }, purpose: 'Distinguishes visitors' }],
    },
    hotjar: { category: 'analytics', cookies: [{ pattern: /^_hjSession_/, label: '_hjSession_<id>', duration: { minutes: 30 } }] },
    youtube: { category: 'advertising', name: 'YouTube' },
  },
});
const texts = resolveTexts(config, 'en');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('safe URLs', () => {
  it.each([
    ['https://www.youtube-nocookie.com/embed/x', true, true, 'www.youtube-nocookie.com'],
    ['http://example.com:8080/a', true, true, 'example.com'],
    ['/embed/x', true, true, ''],
    ['mailto:privacy@introw.io', false, true, ''],
    ['javascript:alert(1)', false, false, ''],
    [' JavaScript:alert(1)', false, false, ''],
    ['data:text/html,<script>x</script>', false, false, ''],
    ['http://[bad', false, false, ''],
  ])('%s: isHttpUrl %s, isSafeHref %s, hostOf %j', (url, http, safe, host) => {
    expect(isHttpUrl(url)).toBe(http);
    expect(isSafeHref(url)).toBe(safe);
    expect(hostOf(url)).toBe(host);
  });
});

describe('privacyContactHref', () => {
  it('links an e-mail address with mailto:, keeps a safe URL, and gives no link for anything else', () => {
    expect(privacyContactHref('privacy@introw.io')).toBe('mailto:privacy@introw.io');
    expect(privacyContactHref('https://introw.io/privacy')).toBe('https://introw.io/privacy');
    expect(privacyContactHref('mailto:dpo@introw.io')).toBe('mailto:dpo@introw.io');
    expect(privacyContactHref('Introw BV, Ghent')).toBeNull();
    expect(privacyContactHref('javascript:alert(1)')).toBeNull();
    expect(privacyContactHref('/privacy')).toBeNull();
  });
});

describe('serviceName', () => {
  it('reads a localized name in the language, falls back to the default language, then to the id', () => {
    expect(serviceName(config, 'googleAnalytics', 'nl-BE')).toBe('Google Analytics (statistieken)');
    expect(serviceName(config, 'googleAnalytics', 'fr')).toBe('Google Analytics');
    expect(serviceName(config, 'cloudflare', 'nl')).toBe('Cloudflare');
    expect(serviceName(config, 'hotjar', 'en')).toBe('hotjar');
    expect(serviceName(config, 'toString', 'en')).toBe('toString');
  });
});

describe('preferencesSections (R5, R6, R7)', () => {
  it('gives every category with its title, description, required flag and services, in declaration order', () => {
    const sections = preferencesSections(config, texts, 'en');
    expect(sections.map((s) => [s.id, s.title, s.required, s.services.map((x) => x.id)])).toEqual([
      ['necessary', 'Strictly necessary', true, ['', 'cloudflare']], // the site's own consent storage first (R7)
      ['analytics', 'Analytics', false, ['googleAnalytics', 'hotjar']],
      ['advertising', 'Ads', false, ['youtube']],
    ]);
    expect(sections[1]!.description).toBe(en.category_analytics_description);
    const ga = sections[1]!.services[0]!;
    expect(ga).toMatchObject({
      name: 'Google Analytics',
      label: 'Google Analytics',
      provider: 'Google Ireland Ltd',
      description: 'Visit statistics',
      privacyPolicyUrl: 'https://policies.google.com/privacy',
    });
    expect(ga.cookies.map((c) => [c.cookie, c.duration, c.purpose])).toEqual([['_ga', '2 years', 'Distinguishes visitors']]);
    expect(sections[1]!.services[1]).toMatchObject({ name: 'hotjar', provider: '', description: '', privacyPolicyUrl: undefined });
    expect(sections[2]!.services[0]!.cookies).toEqual([]);
    // R7: the consent cookie and the marker key are shown in the dialog too, always active.
    expect(sections[0]!.services[0]).toMatchObject({ id: '', name: 'Introw' });
    expect(sections[0]!.services[0]!.cookies.map((c) => c.cookie)).toEqual(['cookie_consent', 'cookie_consent:granted']);
  });

  it('is translated, service names and switch labels included', () => {
    const sections = preferencesSections(config, resolveTexts(config, 'nl'), 'nl');
    expect(sections[2]!.title).toBe('Advertenties');
    expect(sections[1]!.services[0]).toMatchObject({ name: 'Google Analytics (statistieken)', description: 'Bezoekstatistieken' });
    const labelled = preferencesSections(config, { ...texts, serviceLabel: 'Service: {service}' }, 'en');
    expect(labelled[1]!.services[0]!.label).toBe('Service: Google Analytics');
  });

  it('never offers an unsafe privacy-policy link', () => {
    const unsafe = {
      ...config,
      services: { ...config.services, youtube: { category: 'advertising', privacyPolicyUrl: 'javascript:alert(1)' } },
    } as typeof config;
    expect(preferencesSections(unsafe, texts, 'en')[2]!.services[0]!.privacyPolicyUrl).toBeUndefined();
  });
});

describe('createPreferencesDraft (R4, R5, R7)', () => {
  const manager = () => createConsentManager(config, { storage: flakyStorage(), gpc: false });

  it('R4: starts from the snapshot, so an undecided visitor has only the required switches on', () => {
    const draft = createPreferencesDraft(config, manager().getSnapshot());
    expect(draft.categories).toEqual({ necessary: true, analytics: false, advertising: false });
    expect(draft.services).toEqual({ cloudflare: true, googleAnalytics: false, hotjar: false, youtube: false });
  });

  it('a category switch carries its services along; a service can then be switched off on its own (R5)', () => {
    const start = createPreferencesDraft(config, manager().getSnapshot());
    const on = start.withCategory('analytics', true);
    expect(on.categories.analytics).toBe(true);
    expect(on.services).toMatchObject({ googleAnalytics: true, hotjar: true, youtube: false });
    const noHotjar = on.withService('hotjar', false);
    expect(noHotjar.categories.analytics).toBe(true);
    expect(noHotjar.services).toMatchObject({ googleAnalytics: true, hotjar: false });
    // Immutable: every step is a new value, earlier ones are untouched.
    expect(start.categories.analytics).toBe(false);
    expect(on.services.hotjar).toBe(true);
    expect(noHotjar.withCategory('analytics', false).services).toMatchObject({ googleAnalytics: false, hotjar: false });
  });

  it('R7: required categories stay granted whatever a draft says (the dialog shows no switch for them)', () => {
    const m = manager();
    m.save(createPreferencesDraft(config, m.getSnapshot()).withCategory('necessary', false).withService('cloudflare', false).choice());
    expect(m.hasConsent('necessary')).toBe(true);
    expect(m.hasConsent('cloudflare')).toBe(true);
    expect(m.hasConsent('analytics')).toBe(false);
  });

  it('choice() is what save receives: every switch, stored exactly', () => {
    const m = manager();
    const draft = createPreferencesDraft(config, m.getSnapshot()).withCategory('analytics', true).withService('googleAnalytics', false);
    const choice = draft.choice();
    expect(choice).toEqual({ categories: draft.categories, services: draft.services });
    expect(choice.categories).not.toBe(draft.categories);
    m.save(choice);
    expect(m.getSnapshot().categories).toEqual({ necessary: true, analytics: true, advertising: false });
    expect(m.getSnapshot().services).toEqual({ cloudflare: true, googleAnalytics: false, hotjar: true, youtube: false });
    // Reopening starts from the stored choice.
    expect(createPreferencesDraft(config, m.getSnapshot()).services).toEqual(m.getSnapshot().services);
  });
});

describe('cookieDeclarationTable', () => {
  const consent = createConsentManager(config, { storage: flakyStorage(), language: 'nl' });

  it("lists the manager's config in the manager's language, reusing its texts", () => {
    const table = cookieDeclarationTable({}, consent);
    expect(table.config).toBe(consent.config); // the manager's own-properties copy of config (issue 11)
    expect(table.config).toEqual(config);
    expect(table.language).toBe('nl');
    expect(table.texts).toBe(consent.texts);
    expect(table.headers).toEqual([nl.tableCategory, nl.tableService, nl.tableProvider, nl.tableCookie, nl.tableDuration, nl.tablePurpose, nl.tableParty]);
    expect(table.rows).toEqual(cookieDeclaration(config, 'nl'));
  });

  it('takes a language, and its own config in that config’s default language', () => {
    expect(cookieDeclarationTable({ language: 'en' }, consent).texts.tableCookie).toBe(en.tableCookie);
    const other = defineConsentConfig({ ...config, defaultLanguage: 'nl' });
    expect(cookieDeclarationTable({ config: other }, consent)).toMatchObject({ config: other, language: 'nl' });
    expect(cookieDeclarationTable({ config }, null)).toMatchObject({ config, language: 'en' });
    expect(() => cookieDeclarationTable({}, null)).toThrow('needs a `config` or a consent provider');
  });
});

describe('banner and embed texts', () => {
  it('bannerContent: what is always used, the purposes of the optional categories, the third parties, how to withdraw, and the statements (R6, R12)', () => {
    const withLinks = defineConsentConfig({ ...config, cookieStatementUrl: '/cookies', privacyPolicyUrl: 'https://example.test/privacy' });
    const content = bannerContent(withLinks, texts, 'en');
    expect(content.title).toBe(en.bannerTitle);
    expect(content.description).toBe(
      'We use cookies that this site needs to work. With your consent, we and our partners also use cookies and similar technologies for measuring how the site is used and personalised advertising. ' +
        'Third parties set some of them: Google Ireland Ltd. You can change or withdraw your choice at any time with "Cookie settings".',
    );
    expect(content.links).toEqual([
      { href: '/cookies', text: 'Cookie statement' },
      { href: 'https://example.test/privacy', text: 'Privacy statement' },
    ]);
    // Only safe links; none without URLs.
    expect(bannerContent(defineConsentConfig({ ...config, privacyPolicyUrl: 'javascript:alert(1)' }), texts, 'en').links).toEqual([]);
  });

  it('bannerContent: a site with necessary, analytics and marketing and no texts of its own gets neutral, correct texts in en, nl, fr and de', () => {
    const plain = defineConsentConfig({
      revision: 1,
      translations: { en, nl, fr, de },
      categories: { necessary: { required: true }, analytics: {}, marketing: {} },
      services: { ga: { category: 'analytics', provider: 'Google' }, ads: { category: 'marketing', provider: 'Meta' } },
    });
    const expected: Record<string, [string, string]> = {
      en: ['measuring how the site is used and marketing', 'Google and Meta'],
      nl: ['het meten van het gebruik van de site en marketing', 'Google en Meta'],
      fr: ['mesurer l’utilisation du site et le marketing', 'Google et Meta'],
      de: ['die Messung der Nutzung der Website und Marketing', 'Google und Meta'],
    };
    for (const [lang, [purposes, parties]] of Object.entries(expected)) {
      const t = resolveTexts(plain, lang);
      const { description } = bannerContent(plain, t, lang);
      expect(description).toContain(purposes);
      expect(description).toContain(parties);
      expect(description).toContain(t.cookieSettings);
      expect(description).not.toMatch(/Introw|platform|platform/i);
      // Every text of the table is neutral: it names no company or platform.
      for (const text of Object.values(t)) expect(text).not.toMatch(/Introw|\bplatform\b|plateforme|Plattform/i);
    }
  });

  it('bannerContent: a site without third parties speaks for itself alone (no "partners")', () => {
    const own = defineConsentConfig({ revision: 1, translations: { en }, categories: { necessary: { required: true }, analytics: {} } });
    const { description } = bannerContent(own, resolveTexts(own, 'en'), 'en');
    expect(description).toContain('With your consent, we also use cookies and similar technologies for measuring how the site is used.');
    expect(description).not.toMatch(/partner|third part/i);
  });

  it("bannerContent: lists join with the table's word (no Intl.ListFormat on the first layer); a table without it falls back to Intl", () => {
    const services = {
      a: { category: 'analytics' as const, provider: 'A Ltd' },
      b: { category: 'marketing' as const, provider: 'B Inc' },
      c: { category: 'functional' as const, provider: 'C SA' },
    };
    const three = defineConsentConfig({
      revision: 1,
      translations: { en, nl, es: { ...en, listAnd: '' } },
      categories: { necessary: { required: true }, functional: {}, analytics: {}, marketing: {} },
      services,
    });
    const listFormat = vi.spyOn(Intl, 'ListFormat');
    try {
      expect(bannerContent(three, resolveTexts(three, 'en'), 'en').description).toContain('Third parties set some of them: A Ltd, B Inc and C SA.');
      expect(bannerContent(three, resolveTexts(three, 'nl'), 'nl').description).toContain('A Ltd, B Inc en C SA');
      expect(listFormat).not.toHaveBeenCalled();
    } finally {
      listFormat.mockRestore();
    }
    expect(bannerContent(three, resolveTexts(three, 'es'), 'es').description).toContain('A Ltd, B Inc y C SA');
  });

  it('bannerContent: many third parties are counted, not named; an unknown category without texts warns once in development', () => {
    const services = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`s${i}`, { category: 'analytics' as const, provider: `Vendor ${i}` }]));
    const many = defineConsentConfig({ revision: 1, translations: { en }, categories: { necessary: { required: true }, analytics: {} }, services });
    expect(bannerContent(many, resolveTexts(many, 'en'), 'en').description).toContain(
      'Some of them are set by 7 third parties, listed in the cookie settings.',
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const odd = defineConsentConfig({ revision: 1, translations: { en }, categories: { necessary: { required: true }, social: {} } });
    expect(bannerContent(odd, resolveTexts(odd, 'en'), 'en').description).toContain('for social.');
    expect(warn.mock.calls.filter(([m]) => String(m).includes('Category "social" has no title'))).toHaveLength(1);
  });

  it('embedPlaceholderText names the (localized) service and category, else the host, else the title', () => {
    const nlTexts = resolveTexts(config, 'nl');
    const embed = { category: 'analytics', service: 'googleAnalytics', src: 'https://www.example.com/x', title: 'Chart' };
    expect(embedPlaceholderText(config, nlTexts, 'nl', embed)).toBe(
      nl.embedBlocked.replace('{service}', 'Google Analytics (statistieken)').replace('{category}', nl.category_analytics),
    );
    const noService = { ...embed, service: undefined };
    expect(embedPlaceholderText(config, texts, 'en', noService)).toContain('www.example.com');
    expect(embedPlaceholderText(config, texts, 'en', { ...noService, src: '/local' })).toContain('Chart');
  });
});

describe('entry points: the preferences dialog helpers live only in the ./preferences subpath', () => {
  it('the package root does not re-export them (a re-export would pull them into every first load)', async () => {
    const root = await import('../index');
    const preferences = await import('../preferences');
    const ui = await import('../ui');
    for (const name of Object.keys(preferences)) {
      expect(Object.keys(root)).not.toContain(name);
      expect(Object.keys(ui)).not.toContain(name);
    }
    expect(Object.keys(preferences).sort()).toEqual([
      'bindModalDialog',
      'createPreferencesDialogModel',
      'createPreferencesDraft',
      'handleModalKeydown',
      'openModalDialog',
      'preferencesSections',
      'privacyContactHref',
      'supportsShowModal',
      'tabbableIn',
    ]);
  });
});
