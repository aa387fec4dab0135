import { LANGUAGE_COOKIE, introwConfig } from '@introw/example-config';
import { SITE_LANGUAGES } from '@introw/example-config/languages';
import { readCookieValue } from '@introw/consent-core';
import { acceptLanguageCandidates, readConsent, resolveLanguage } from '@introw/consent-core/server';

/** The Platform's languages (R9: Belgium reads nl, fr and en; de is its third official language), in the order the switcher shows them. */
export const LANGUAGES = SITE_LANGUAGES;

/** One of the Platform's languages. */
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', nl: 'Nederlands', fr: 'Français', de: 'Deutsch' };

/** True for `en`, `nl`, `fr` and `de` (the first segment of every page's path). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language a visit without one in its URL opens in: the language cookie when the visitor
 * allowed it (functional cookies, statement §4.2; a cookie left behind without that consent is
 * ignored), else the browser's `Accept-Language`, else English.
 *
 * @param cookieHeader - The request's `Cookie` header.
 * @param acceptLanguage - The request's `Accept-Language` header.
 */
export function preferredLanguage(cookieHeader: string | null, acceptLanguage: string | null): Language {
  if (readConsent(cookieHeader, introwConfig).services.localePreference) {
    const remembered = readCookieValue(cookieHeader, LANGUAGE_COOKIE);
    if (isLanguage(remembered)) return remembered;
  }
  const chosen = resolveLanguage(LANGUAGES, acceptLanguageCandidates(acceptLanguage), 'en');
  return isLanguage(chosen) ? chosen : 'en';
}
