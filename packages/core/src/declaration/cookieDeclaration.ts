import type { ConsentConfig, CookieDuration, ServiceConfig } from '../config/types';
import type { ConsentTexts } from '../i18n/texts';
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
  /** `localStorage` for a browser-storage key (not a cookie); absent for cookies. */
  storage?: 'localStorage';
  /** Shown after the name, e.g. `local storage` (in the table's language). */
  note?: string;
}

const UNITS = [
  ['years', 'year'],
  ['months', 'month'],
  ['days', 'day'],
  ['hours', 'hour'],
  ['minutes', 'minute'],
  ['seconds', 'second'],
] as const;

/** `n` of a unit in words, in the language's own plural forms (`Intl`); a plain English fallback where `Intl` lacks the locale. */
function unitText(language: string, unit: string, n: number): string {
  try {
    return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
  } catch {
    return `${n} ${unit}${n === 1 ? '' : 's'}`;
  }
}

/**
 * Puts a cookie duration in words in a language, with that language's plural rules (`Intl`):
 * `'session'` -> `Session` (`texts.session`), `{ days: 730 }` -> `2 years` / `2 jaar` / `2 ans`,
 * `{ days: 182 }` -> `182 days`, `{ minutes: 30 }` -> `30 minutes`, `{ years: 1, months: 6 }` ->
 * `1 year 6 months`. Whole multiples of 365 days are shown in years.
 *
 * @param duration - From a cookie declaration.
 * @param texts - The language's texts (for `session`).
 * @param language - BCP 47 tag. Default `en`.
 * @example
 * ```ts
 * formatDuration({ days: 730 }, nl, 'nl'); // '2 jaar'
 * ```
 * @remarks R6 (the second layer names each cookie's duration), R9: docs/rules.md.
 */
export function formatDuration(duration: CookieDuration | undefined, texts: ConsentTexts, language = 'en'): string {
  if (duration === undefined) return '';
  if (duration === 'session') return texts.session;
  let { years = 0, days = 0 } = duration;
  if (days >= 365 && days % 365 === 0) {
    years += days / 365;
    days = 0;
  }
  const n: Partial<Record<(typeof UNITS)[number][0], number>> = { ...duration, years, days };
  const parts = UNITS.filter(([key]) => n[key]).map(([key, unit]) => unitText(language, unit, n[key]!));
  try {
    return new Intl.ListFormat(language, { style: 'narrow', type: 'unit' }).format(parts);
  } catch {
    return parts.join(' ');
  }
}

/**
 * The rows of the cookie table of the statement, generated from the same config the banner
 * uses, so the published statement and the banner never drift apart (R6, R7; statement §4).
 * Ordered by category, then service, then cookie, as declared.
 *
 * The library's own storage is listed too, as strictly necessary ("always active", R7): the
 * consent cookie (name `config.cookie.name`, default `cookie_consent`; service and provider
 * `config.siteName`, else `texts.consentService`; duration `expiresAfterDays` in words; purpose
 * `texts.consentCookiePurpose`; first party) and the browser-storage key `<cookie name>:granted`
 * (`storage: 'localStorage'`, `note` in words, purpose `texts.consentMarkerPurpose`), both with
 * `serviceId` `''`. They are the first rows of the first required category; a config without a
 * required category gets them first, with `categoryId` `''` and the category title
 * `texts.consentCookieCategory`. (A site that stores the decision elsewhere with a custom
 * `storage` sets no such cookie; filter the rows out by `serviceId === ''` there.)
 *
 * @param config - The site config.
 * @param language - BCP 47 tag for titles, names, purposes and durations; default the config's default language.
 * @returns The rows, a new array on every call. Never throws for a validated config.
 * @example
 * ```ts
 * for (const row of cookieDeclaration(config, 'nl')) console.log(row.cookie, row.duration, row.purpose);
 * ```
 * @remarks R6, R7: docs/rules.md; CBTF report 2023 §12; WP29 Opinion 04/2012 (the consent cookie is strictly necessary).
 */
export function cookieDeclaration(config: ConsentConfig, language = config.defaultLanguage ?? 'en'): CookieDeclarationRow[] {
  const texts = resolveTexts(config, language);
  const services = Object.entries((config.services ?? {}) as Record<string, ServiceConfig>);
  const categoryIds = Object.keys(config.categories);
  const consentCategory = categoryIds.find((id) => isRequiredCategory(config, id));
  const site = config.siteName ?? '';
  const cookieName = config.cookie?.name ?? DEFAULT_COOKIE_NAME;
  const consentCookie: CookieDeclarationRow = {
    categoryId: consentCategory ?? '',
    category: consentCategory === undefined ? texts.consentCookieCategory : categoryTitle(config, consentCategory, texts, language),
    required: true,
    serviceId: '',
    service: site || texts.consentService,
    provider: site,
    cookie: cookieName,
    duration: formatDuration({ days: config.expiresAfterDays ?? DEFAULT_EXPIRES_AFTER_DAYS }, texts, language),
    purpose: texts.consentCookiePurpose,
    party: 'first',
    partyLabel: texts.firstParty,
  };
  // The browser-storage key that lists what was granted (the withdrawal module's marker): no expiry.
  const consentMarker: CookieDeclarationRow = {
    ...consentCookie,
    cookie: `${cookieName}:granted`,
    storage: 'localStorage',
    note: texts.localStorage,
    duration: '',
    purpose: texts.consentMarkerPurpose,
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
            duration: formatDuration(cookie.duration, texts, language),
            purpose: localize(cookie.purpose, language, config.defaultLanguage) ?? '',
            party: thirdParty ? 'third' : 'first',
            partyLabel: thirdParty ? texts.thirdParty : texts.firstParty,
            ...(service.privacyPolicyUrl ? { privacyPolicyUrl: service.privacyPolicyUrl } : {}),
          };
        }),
      );
    return categoryId === consentCategory ? [consentCookie, consentMarker, ...declared] : declared;
  });
  return consentCategory === undefined ? [consentCookie, consentMarker, ...rows] : rows;
}
