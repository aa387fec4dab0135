import { resolveLanguage } from '@introw/consent-core';

/** The languages Introw's sites ship (R9: Belgium reads nl, fr and en; de is its third official language). */
export const SITE_LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;

/** One of {@link SITE_LANGUAGES}. */
export type SiteLanguage = (typeof SITE_LANGUAGES)[number];

/**
 * The site language for a visitor: the first candidate that matches one of
 * {@link SITE_LANGUAGES} (exact tag, then primary subtag: `nl-BE` -> `nl`), else English.
 *
 * @param candidates - Preferred tags, most preferred first, e.g. `[?lang, ...navigator.languages]`.
 * @example
 * ```ts
 * siteLanguage(['de-BE', 'en']); // 'de'
 * ```
 * @remarks R9: docs/rules.md.
 */
export function siteLanguage(candidates: readonly (string | null | undefined)[]): SiteLanguage {
  return resolveLanguage(SITE_LANGUAGES, candidates, 'en') as SiteLanguage;
}
