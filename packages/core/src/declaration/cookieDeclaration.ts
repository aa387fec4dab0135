import type { ConsentConfig, CookieDuration, ServiceConfig } from '../config/types';
import type { ConsentTexts } from '../i18n/texts';
import { formatText } from '../i18n/texts';
import { localize, resolveTexts } from '../i18n/resolve';
import { DEFAULT_COOKIE_NAME, DEFAULT_EXPIRES_AFTER_DAYS } from '../config/model';
import { isRequiredCategory } from '../config/lookups';
import { categoryTitle, serviceName } from './names';

/** One row of the cookie table of a cookie statement (R6; statement §4). */
export interface CookieDeclarationRow {
  /** The category id; `''` for the consent cookie's row when the config has no required category. */
  categoryId: string;
  /** Category title in the requested language. */
  category: string;
  /** Strictly necessary: listed as "always active" (R7). */
  required: boolean;
  /** The service id; `''` for the consent cookie's own row. */
  serviceId: string;
  /** Service display name in the requested language; the site name for the consent cookie's row. */
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

const UNITS = ['years', 'months', 'days', 'hours', 'minutes', 'seconds'] as const;

/**
 * Puts a cookie duration in words in the texts' language: `'session'` -> `Session`,
 * `{ days: 730 }` -> `2 years`, `{ days: 182 }` -> `182 days`, `{ minutes: 30 }` -> `30 minutes`.
 * Whole multiples of 365 days are shown in years.
 */
export function formatDuration(duration: CookieDuration | undefined, texts: ConsentTexts): string {
  if (duration === undefined) return '';
  if (duration === 'session') return texts.session;
  let { years = 0, days = 0 } = duration;
  if (days >= 365 && days % 365 === 0) {
    years += days / 365;
    days = 0;
  }
  const n: Partial<Record<(typeof UNITS)[number], number>> = { ...duration, years, days };
  return UNITS.filter((unit) => n[unit])
    .map((unit) => (n[unit] === 1 ? texts[`${unit}One`] : formatText(texts[unit], { n: n[unit]! })))
    .join(' ');
}

/**
 * The rows of the cookie table of the statement, generated from the same config the banner
 * uses, so the published statement and the banner never drift apart (R6, R7; statement §4).
 * Ordered by category, then service, then cookie, as declared.
 *
 * The consent cookie itself is listed too, as strictly necessary ("always active", R7): name
 * `config.cookie.name` (default `introw_consent`), service and provider `config.siteName`,
 * duration `expiresAfterDays` in words, purpose `texts.consentCookiePurpose`, first party,
 * `serviceId` `''`. It is the first row of the first required category; a config without a
 * required category gets it as the first row, with `categoryId` `''` and the category title
 * `texts.consentCookieCategory`. (A site that stores the decision elsewhere with a custom
 * `storage` sets no such cookie; filter the row out by `serviceId === ''` there.)
 *
 * @param config - The site config.
 * @param language - BCP 47 tag for titles, names, purposes and durations; default the config's default language.
 * @returns The rows, a new array on every call. Never throws for a validated config.
 * @example
 * ```ts
 * for (const row of cookieDeclaration(config, 'nl')) console.log(row.cookie, row.duration, row.purpose);
 * ```
 * @remarks R6, R7: COMPLIANCE.md; CBTF report 2023 §12; WP29 Opinion 04/2012 (the consent cookie is strictly necessary).
 */
export function cookieDeclaration(config: ConsentConfig, language = config.defaultLanguage ?? 'en'): CookieDeclarationRow[] {
  const texts = resolveTexts(config, language);
  const services = Object.entries((config.services ?? {}) as Record<string, ServiceConfig>);
  const categoryIds = Object.keys(config.categories);
  const consentCategory = categoryIds.find((id) => isRequiredCategory(config, id));
  const site = config.siteName ?? '';
  const consentCookie: CookieDeclarationRow = {
    categoryId: consentCategory ?? '',
    category: consentCategory === undefined ? texts.consentCookieCategory : categoryTitle(config, consentCategory, texts, language),
    required: true,
    serviceId: '',
    service: site,
    provider: site,
    cookie: config.cookie?.name ?? DEFAULT_COOKIE_NAME,
    duration: formatDuration({ days: config.expiresAfterDays ?? DEFAULT_EXPIRES_AFTER_DAYS }, texts),
    purpose: texts.consentCookiePurpose,
    party: 'first',
    partyLabel: texts.firstParty,
  };
  const rows = categoryIds.flatMap((categoryId) => {
    const category = categoryTitle(config, categoryId, texts, language);
    const required = isRequiredCategory(config, categoryId);
    const declared = services
      .filter(([, service]) => service.category === categoryId)
      .flatMap(([serviceId, service]) =>
        (service.cookies ?? []).map((cookie): CookieDeclarationRow => {
          const { pattern, thirdParty } = cookie;
          return {
            categoryId,
            category,
            required,
            serviceId,
            service: serviceName(config, serviceId, language),
            provider: service.provider ?? '',
            cookie: cookie.label ?? cookie.name ?? (typeof pattern === 'string' ? pattern : pattern!.source),
            duration: formatDuration(cookie.duration, texts),
            purpose: localize(cookie.purpose, language, config.defaultLanguage) ?? '',
            party: thirdParty ? 'third' : 'first',
            partyLabel: thirdParty ? texts.thirdParty : texts.firstParty,
            ...(service.privacyPolicyUrl ? { privacyPolicyUrl: service.privacyPolicyUrl } : {}),
          };
        }),
      );
    return categoryId === consentCategory ? [consentCookie, ...declared] : declared;
  });
  return consentCategory === undefined ? [consentCookie, ...rows] : rows;
}
