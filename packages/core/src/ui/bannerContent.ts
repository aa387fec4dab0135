import type { CategoryConfig, ConsentConfig, ServiceConfig } from '../config/types';
import type { ConsentTexts } from '../i18n/texts';
import { formatText } from '../i18n/texts';
import { localize } from '../i18n/resolve';
import { isRequiredCategory } from '../config/lookups';
import { ownValue } from '../config/own';
import { categoryTitle } from '../declaration/names';
import { warnOnce } from '../dev/warnOnce';
import { isSafeHref } from './isSafeHref';

/** A link of the first layer. */
export interface BannerLink {
  href: string;
  text: string;
}

/** What the first layer says (R6); renderers show it as text, never as HTML. */
export interface BannerContent {
  /** The heading, also the banner's accessible name. */
  title: string;
  /** What is always used, what consent is asked for, who else is involved, and how to change or withdraw it. */
  description: string;
  /** The cookie statement and the privacy statement, when the config gives their URLs (safe links only). */
  links: BannerLink[];
}

/** Up to this many third parties are named; more are counted and left to the preferences' list. */
const MAX_NAMED_PARTIES = 5;

/**
 * `items` joined with commas and the table's word before the last (`a, b and c`,
 * {@link ConsentTexts.listAnd}); through `Intl.ListFormat` only for a table without that word.
 */
function listOf(items: string[], and: string | undefined, language: string): string {
  if (items.length < 2) return items.join('');
  if (and) return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * The first layer's content, generated from the config so it describes exactly the categories and
 * partners the site has (R6): the always-used cookies (`bannerDescription`, `{site}` the site
 * name); the purposes of the optional categories (a category's own `purpose`, else the built-in
 * one for a well-known id, else its title); the providers of the optional services (named up to
 * five, else counted; the `controller`'s own services are not third parties); that the choice can be changed or withdrawn at any time and where (R12);
 * and the cookie statement (`config.cookieStatementUrl`) and privacy statement
 * (`config.privacyPolicyUrl`) links.
 *
 * @param config - The site config.
 * @param texts - The texts of the banner's language.
 * @param language - BCP 47 tag of those texts.
 * @example
 * ```ts
 * const { title, description, links } = bannerContent(consent.config, consent.texts, consent.language);
 * ```
 * @remarks R6, R9, R12: docs/rules.md; EDPB Cookie Banner Taskforce report 2023 §12.
 */
export function bannerContent(config: ConsentConfig, texts: ConsentTexts, language: string): BannerContent {
  const categories = config.categories as Readonly<Record<string, CategoryConfig>>;
  const optional = Object.keys(categories).filter((id) => !isRequiredCategory(config, id));
  const purposes = optional.map(
    (id) =>
      localize(ownValue<CategoryConfig>(categories, id)?.purpose, language, config.defaultLanguage) ??
      ownValue<string>(texts, `purpose_${id}`) ??
      categoryTitle(config, id, texts, language),
  );
  const parties = [
    ...new Set(
      Object.values((config.services ?? {}) as Readonly<Record<string, ServiceConfig>>)
        .filter((service) => optional.includes(service.category) && service.provider && service.provider !== config.controller)
        .map((service) => service.provider!),
    ),
  ];
  if (process.env.NODE_ENV !== 'production' && !config.siteName && texts.bannerDescription.includes('{site}')) {
    warnOnce('config.siteName is not set; the banner text names the site through {site}.');
  }
  const sentences = [formatText(texts.bannerDescription, { site: config.siteName ?? '' })];
  // "We and our partners" only when there are partners: a first-party-only site says "we".
  if (purposes.length)
    sentences.push(formatText(parties.length ? texts.bannerPurposes : texts.bannerPurposesOwn, { purposes: listOf(purposes, texts.listAnd, language) }));
  if (parties.length) {
    sentences.push(
      parties.length > MAX_NAMED_PARTIES
        ? formatText(texts.bannerThirdPartiesMany, { count: parties.length })
        : formatText(texts.bannerThirdParties, { parties: listOf(parties, texts.listAnd, language) }),
    );
  }
  sentences.push(formatText(texts.bannerWithdraw, { settings: texts.cookieSettings }));
  const links: BannerLink[] = [];
  for (const [href, text] of [
    [config.cookieStatementUrl, texts.cookieStatement],
    [config.privacyPolicyUrl, texts.privacyPolicy],
  ] as const) {
    if (href && isSafeHref(href) && !links.some((l) => l.href === href)) links.push({ href, text });
  }
  return { title: texts.bannerTitle, description: sentences.map((s) => s.trim().replace(/\.\.$/, '.')).join(' '), links };
}
