import { describe, expect, it } from 'vitest';
import { cookieDeclaration } from '@introw/consent-core';
import { introwConfig } from '../../index';
import { SITE_LANGUAGES } from '../../languages';
import { cookieStatement, statementToHtml, type StatementBlock, type StatementSection, type StatementService } from '../index';

const allSections = (sections: StatementSection[]): StatementSection[] => sections.flatMap((s) => [s, ...allSections(s.subsections)]);
const servicesOf = (sections: StatementSection[]): StatementService[] =>
  allSections(sections).flatMap((s) => s.blocks.flatMap((b: StatementBlock) => (b.kind === 'services' ? b.services : [])));

describe('cookieStatement: the whole statement from one source', () => {
  it.each(SITE_LANGUAGES)('%s: sections 1 to 7 with 4.1 to 4.4, in the statement’s order', (language) => {
    const doc = cookieStatement(language);
    expect(doc.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(doc.sections[3]!.subsections.map((s) => s.number)).toEqual(['4.1', '4.2', '4.3', '4.4']);
    expect(doc.lang).toBe('en');
    expect(doc.language).toBe(language);
    expect(Boolean(doc.note)).toBe(language !== 'en');
  });

  it('lists every cookie of the declaration exactly once, in the visitor’s language', () => {
    for (const language of SITE_LANGUAGES) {
      const listed = servicesOf(cookieStatement(language).sections).flatMap((s) => s.cookies.map((c) => `${s.id}/${c.name}/${c.duration}`));
      const declared = cookieDeclaration(introwConfig, language).map((r) => `${r.serviceId}/${r.cookie}/${r.duration}`);
      expect(listed.sort()).toEqual(declared.sort());
    }
    const nl = servicesOf(cookieStatement('nl').sections).find((s) => s.id === 'googleAnalytics')!;
    expect(nl.cookies[0]).toMatchObject({ name: '_ga', duration: '2 jaar' });
    expect(nl.description).toMatch(/^Verzamelt anonieme gegevens/);
  });

  it('every vendor links its privacy policy and shows its description; Platform-only and additions are marked', () => {
    const services = servicesOf(cookieStatement('en').sections);
    for (const s of services) {
      expect(s.privacyPolicyUrl, s.id).toMatch(/^https:\/\//);
      expect(s.description.length, s.id).toBeGreaterThan(20);
    }
    const byId = Object.fromEntries(services.map((s) => [s.id, s]));
    expect(byId.hotjar!.description).toContain('pseudonymized user profile');
    expect(byId.nextAuth!.platformOnly).toBe(true);
    expect(services.filter((s) => s.platformOnly).map((s) => s.id)).toEqual(['nextAuth']);
    expect(byId.localePreference!.addition).toMatch(/^Addition to the statement/);
    expect(byId['']!.addition).toMatch(/^Addition to the statement/);
    expect(byId.cloudflare!.addition).toBeUndefined();
  });

  it('a language the site does not ship reads English', () => {
    expect(cookieStatement('es').language).toBe('en');
    expect(cookieStatement('de-BE').language).toBe('de');
  });
});

describe('statementToHtml', () => {
  const html = statementToHtml(cookieStatement('fr'), { settingsHtml: '<button type="button">Cookie settings</button>' });

  it('renders every section, §5’s browser links, §6’s authority and the settings control', () => {
    for (const n of ['1', '2', '3', '4', '4-1', '4-2', '4-3', '4-4', '5', '6', '7']) expect(html).toContain(`id="statement-${n}"`);
    expect(html).toContain('href="http://www.aboutcookies.org/"');
    expect(html).toContain('href="https://support.apple.com/en-gb/HT201265"');
    expect(html).toContain('+32 (0)2 274 48 00');
    expect(html).toContain('href="mailto:contact@apd-gba.be"');
    expect(html).toContain('<p class="statement-settings"><button type="button">Cookie settings</button></p>');
    expect(html).toContain('<div class="statement-services" lang="fr">');
    expect(html).toContain('data-platform-only=""');
    expect(html).toContain('<td data-label="Durée">2 ans</td>');
  });

  it('escapes texts and writes only http(s) and mailto links', () => {
    const doc = cookieStatement('en');
    doc.title = '<script>alert(1)</script>';
    doc.sections[0]!.blocks = [{ kind: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }, '"&'] }];
    const out = statementToHtml(doc);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toContain('javascript:');
    expect(out).toContain('<p>x&quot;&amp;</p>');
  });
});
