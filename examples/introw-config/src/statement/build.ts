import {
  categoryTitle,
  cookieDeclaration,
  localize,
  resolveTexts,
  serviceName,
  type ConsentConfig,
  type CookieDeclarationRow,
  type ServiceConfig,
} from '@introw/consent-core';
import { introwConfig } from '../index';
import { siteLanguage } from '../languages';
import { CONSENT_STORAGE_DESCRIPTION, LABELS, PLATFORM_ONLY, STATEMENT_ADDITIONS, TRANSLATION_NOTE, pick } from './notes';
import { AFTER_DECLARATION, BEFORE_DECLARATION, CATEGORY_PROSE, DECLARATION_SECTION, STATEMENT_TITLE, type ProseSection } from './text';
import type { StatementBlock, StatementDocument, StatementSection, StatementService } from './types';

const section = ({ number, title, blocks }: ProseSection, subsections: StatementSection[] = []): StatementSection => ({
  id: `statement-${number.replace('.', '-')}`,
  number,
  title,
  blocks,
  subsections,
});

/** The declaration's rows grouped per service, in declaration order, with the service's category. */
function serviceGroups(config: ConsentConfig, language: string): { categoryId: string; service: StatementService }[] {
  const services = (config.services ?? {}) as Record<string, ServiceConfig>;
  const groups = new Map<string, { categoryId: string; service: StatementService }>();
  for (const row of cookieDeclaration(config, language)) {
    let group = groups.get(row.serviceId);
    if (!group) {
      group = { categoryId: row.categoryId, service: describe(config, services, row, language) };
      groups.set(row.serviceId, group);
    }
    group.service.cookies.push({
      name: row.cookie,
      ...(row.note ? { note: row.note } : {}),
      duration: row.duration,
      purpose: row.purpose,
      party: row.partyLabel,
    });
  }
  return [...groups.values()];
}

function describe(config: ConsentConfig, services: Record<string, ServiceConfig>, row: CookieDeclarationRow, language: string): StatementService {
  const id = row.serviceId;
  const own = id === '';
  const service = services[id];
  const privacyPolicyUrl = own ? config.privacyPolicyUrl : service?.privacyPolicyUrl;
  const addition = STATEMENT_ADDITIONS[id];
  return {
    id,
    name: own ? row.service : serviceName(config, id, language),
    provider: row.provider,
    description: own ? pick(CONSENT_STORAGE_DESCRIPTION, language) : (localize(service?.description, language, config.defaultLanguage) ?? ''),
    ...(privacyPolicyUrl ? { privacyPolicyUrl } : {}),
    platformOnly: PLATFORM_ONLY.has(id),
    ...(addition ? { addition: pick(addition, language) } : {}),
    cookies: [],
  };
}

/**
 * Introw's whole cookie statement (sections 1 to 7) as data, for a visitor's language: the
 * statement's own words (English, as Introw writes them; `lang: 'en'`) with section 4's lists
 * generated from the config's declaration in the visitor's language: per category, each service
 * with its description, provider, privacy-policy link and a row per cookie (name, duration in
 * words, purpose, party), Platform-only services and additions to the statement marked. Every
 * renderer (the React and Vue demos, the Next.js Platform, a static-HTML build through
 * `statementToHtml`) shows this one document.
 *
 * @param language - BCP 47 tag; anything but nl, fr or de (after `nl-BE` -> `nl`) gives English.
 * @param config - The config to list. Default: Introw's.
 * @returns A new document on every call. Never throws for a validated config.
 * @example
 * ```ts
 * const doc = cookieStatement('nl');
 * doc.sections.map((s) => `${s.number}. ${s.title}`); // ['1. Introduction', ..., '7. Questions in relation to the use of cookies?']
 * ```
 * @remarks R6, R7: docs/rules.md (the statement names each cookie's name, provider, purpose, duration and party).
 */
export function cookieStatement(language: string, config: ConsentConfig = introwConfig): StatementDocument {
  const lang = siteLanguage([language]);
  const groups = serviceGroups(config, lang);
  const categoryIds = [...new Set([...Object.keys(config.categories), ...groups.map((g) => g.categoryId)])];
  const subsections = categoryIds.map((categoryId, i): StatementSection => {
    const prose = CATEGORY_PROSE[categoryId];
    const inCategory = groups.filter((g) => g.categoryId === categoryId).map((g) => g.service);
    const blocks: StatementBlock[] = [...(prose?.blocks ?? [])];
    const everywhere = inCategory.filter((s) => !s.platformOnly);
    const platform = inCategory.filter((s) => s.platformOnly);
    for (const [services, leadIn] of [
      [everywhere, prose?.all],
      [platform, prose?.platform],
    ] as const) {
      if (!services.length) continue;
      if (leadIn) blocks.push({ kind: 'paragraph', content: [leadIn] });
      blocks.push({ kind: 'services', lang, services });
    }
    const title = prose?.title ?? categoryTitle(config, categoryId, resolveTexts(config, lang), lang);
    return section({ number: prose?.number ?? `4.${i + 1}`, title, blocks });
  });
  const declaration = section(
    { number: DECLARATION_SECTION.number, title: DECLARATION_SECTION.title, blocks: [{ kind: 'paragraph', content: [DECLARATION_SECTION.lead] }] },
    subsections,
  );
  const note = pick(TRANSLATION_NOTE, lang);
  return {
    lang: 'en',
    language: lang,
    title: STATEMENT_TITLE,
    ...(note ? { note } : {}),
    labels: LABELS[lang],
    sections: [...BEFORE_DECLARATION.map((s) => section(s)), declaration, ...AFTER_DECLARATION.map((s) => section(s))],
  };
}
