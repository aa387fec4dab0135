import type { ConsentConfig, CookieDuration, ServiceConfig, CategoryConfig } from './types';
import type { ConsentTexts } from './i18n/texts';
import { formatText } from './i18n/texts';
import { localize, resolveTexts } from './i18n/resolve';

/** One row of the cookie table of a cookie statement (R6; statement §4). */
export interface CookieDeclarationRow {
  categoryId: string;
  /** Category title in the requested language. */
  category: string;
  /** Strictly necessary: listed as "always active" (R7). */
  required: boolean;
  serviceId: string;
  /** Service display name. */
  service: string;
  provider: string;
  /** Cookie name, or its label / pattern source for a cookie family. */
  cookie: string;
  /** Duration in words, e.g. `2 years`, `Session`. */
  duration: string;
  purpose: string;
  party: 'first' | 'third';
  /** `First party` / `Third party` in the requested language. */
  partyLabel: string;
  privacyPolicyUrl?: string;
}

const plural = (texts: ConsentTexts, unit: 'seconds' | 'minutes' | 'hours' | 'days' | 'months' | 'years', n: number): string =>
  n === 1 ? texts[`${unit}One`] : formatText(texts[unit], { n });

/**
 * Puts a cookie duration in words in the texts' language: `'session'` -> `Session`,
 * `{ days: 730 }` -> `2 years`, `{ days: 182 }` -> `182 days`, `{ minutes: 30 }` -> `30 minutes`.
 * Whole multiples of 365 days are shown in years.
 */
export function formatDuration(duration: CookieDuration | undefined, texts: ConsentTexts): string {
  if (duration === undefined) return '';
  if (duration === 'session') return texts.session;
  const parts: string[] = [];
  let { days = 0 } = duration;
  let years = duration.years ?? 0;
  if (days >= 365 && days % 365 === 0) {
    years += days / 365;
    days = 0;
  }
  if (years) parts.push(plural(texts, 'years', years));
  if (duration.months) parts.push(plural(texts, 'months', duration.months));
  if (days) parts.push(plural(texts, 'days', days));
  if (duration.hours) parts.push(plural(texts, 'hours', duration.hours));
  if (duration.minutes) parts.push(plural(texts, 'minutes', duration.minutes));
  if (duration.seconds) parts.push(plural(texts, 'seconds', duration.seconds));
  return parts.join(' ');
}

/**
 * A category's title in a language: the config's own `title`, else the built-in text for the
 * id (`category_analytics`), else the id itself.
 *
 * @example
 * ```ts
 * categoryTitle(config, 'analytics', consent.texts, consent.language); // 'Analytics'
 * ```
 * @remarks R6, R9: COMPLIANCE.md.
 */
export function categoryTitle(config: ConsentConfig, id: string, texts: ConsentTexts, language: string): string {
  const category = (config.categories as Record<string, CategoryConfig>)[id];
  return localize(category?.title, language, config.defaultLanguage) ?? (texts as unknown as Record<string, string>)[`category_${id}`] ?? id;
}

/**
 * A category's description in a language: the config's own `description`, else the built-in
 * text for the id (`category_analytics_description`), else an empty string.
 *
 * @example
 * ```ts
 * categoryDescription(config, 'analytics', consent.texts, consent.language);
 * ```
 * @remarks R6 (the first and second layers say what is asked and why): COMPLIANCE.md.
 */
export function categoryDescription(config: ConsentConfig, id: string, texts: ConsentTexts, language: string): string {
  const category = (config.categories as Record<string, CategoryConfig>)[id];
  return localize(category?.description, language, config.defaultLanguage) ?? (texts as unknown as Record<string, string>)[`category_${id}_description`] ?? '';
}

/**
 * The rows of the cookie table of the statement, generated from the same config the banner
 * uses, so the published statement and the banner never drift apart (R6, R7; statement §4).
 * Ordered by category, then service, then cookie, as declared.
 *
 * @param config - The site config.
 * @param language - BCP 47 tag for titles, purposes and durations; default the config's default language.
 * @example
 * ```ts
 * for (const row of cookieDeclaration(config, 'nl')) console.log(row.cookie, row.duration, row.purpose);
 * ```
 * @remarks R6, R7: COMPLIANCE.md; CBTF report 2023 §12.
 */
export function cookieDeclaration(config: ConsentConfig, language = config.defaultLanguage ?? 'en'): CookieDeclarationRow[] {
  const texts = resolveTexts(config, language);
  const services = Object.entries((config.services ?? {}) as Record<string, ServiceConfig>);
  const rows: CookieDeclarationRow[] = [];
  for (const categoryId of Object.keys(config.categories)) {
    const category = categoryTitle(config, categoryId, texts, language);
    const required = (config.categories as Record<string, CategoryConfig>)[categoryId]?.required === true;
    for (const [serviceId, service] of services) {
      if (service.category !== categoryId) continue;
      for (const cookie of service.cookies ?? []) {
        const party = cookie.thirdParty ? 'third' : 'first';
        rows.push({
          categoryId,
          category,
          required,
          serviceId,
          service: service.name ?? serviceId,
          provider: service.provider ?? '',
          cookie: cookie.label ?? cookie.name ?? (typeof cookie.pattern === 'string' ? cookie.pattern : cookie.pattern!.source),
          duration: formatDuration(cookie.duration, texts),
          purpose: localize(cookie.purpose, language, config.defaultLanguage) ?? '',
          party,
          partyLabel: party === 'third' ? texts.thirdParty : texts.firstParty,
          ...(service.privacyPolicyUrl ? { privacyPolicyUrl: service.privacyPolicyUrl } : {}),
        });
      }
    }
  }
  return rows;
}
