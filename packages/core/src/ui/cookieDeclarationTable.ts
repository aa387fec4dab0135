import type { ConsentConfig } from '../config/types';
import type { ConsentTexts } from '../i18n/texts';
import { resolveTexts } from '../i18n/resolve';
import { cookieDeclaration, type CookieDeclarationRow } from '../declaration/cookieDeclaration';

/** What a cookie-declaration table shows: see {@link cookieDeclarationTable}. */
export interface CookieDeclarationTable {
  /** The config listed. */
  config: ConsentConfig;
  /** The table's language (BCP 47): set it as the table's `lang`. */
  language: string;
  /** The texts of that language (caption default: `texts.showServices`). */
  texts: ConsentTexts;
  /** Column headers: category, service, provider, cookie, duration, purpose, party. */
  headers: string[];
  /** One row per cookie ({@link cookieDeclaration}), the consent cookie included. */
  rows: CookieDeclarationRow[];
}

/** The part of a consent manager {@link cookieDeclarationTable} reads. */
export interface CookieDeclarationSource {
  config: ConsentConfig;
  language: string;
  texts: ConsentTexts;
}

/**
 * Decides what a cookie-declaration table lists and in which language, for a component that
 * may sit inside a provider, take its own `config`, or both: a `config` other than the
 * manager's is listed in `language`, else in that config's `defaultLanguage` (else `en`); with
 * no `config` (or the manager's own) the manager's config is listed in `language`, else in the
 * manager's language, reusing the manager's texts when the language is the same.
 *
 * @param props - `{ config?, language? }` as the component got them (`language` a BCP 47 tag).
 * @param manager - The provider's manager (`{ config, language, texts }`), or `null` outside a provider.
 * @returns `{ config, language, texts, headers, rows }`.
 * @throws {Error} When neither `props.config` nor `manager` is given (adapters throw their own, more specific error first).
 * @example
 * ```ts
 * const table = cookieDeclarationTable({ language: 'nl' }, consent);
 * table.headers; // ['Categorie', 'Dienst', ...]
 * ```
 * @remarks R6, R7: docs/rules.md; statement §4 (the published table is generated from the same config as the banner).
 */
/* @__NO_SIDE_EFFECTS__ */
export function cookieDeclarationTable(
  props: { config?: ConsentConfig | undefined; language?: string | undefined },
  manager: CookieDeclarationSource | null | undefined,
): CookieDeclarationTable {
  const own = props.config !== undefined && props.config !== manager?.config;
  const config = own || !manager ? props.config : manager.config;
  if (!config) throw new Error('[@introw/consent] a cookie declaration needs a `config` or a consent provider');
  const language = props.language ?? (own || !manager ? (config.defaultLanguage ?? 'en') : manager.language);
  const texts = !own && manager && language === manager.language ? manager.texts : resolveTexts(config, language);
  return {
    config,
    language,
    texts,
    headers: [texts.tableCategory, texts.tableService, texts.tableProvider, texts.tableCookie, texts.tableDuration, texts.tablePurpose, texts.tableParty],
    rows: cookieDeclaration(config, language),
  };
}
