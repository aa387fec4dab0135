import type { ConsentConfig, ServiceConfig } from '../config/types';
import type { ConsentTexts } from '../i18n/texts';
import { formatText } from '../i18n/texts';
import { localize } from '../i18n/resolve';
import { cookieDeclaration, type CookieDeclarationRow } from '../declaration/cookieDeclaration';
import { categoryDescription, categoryTitle, serviceName } from '../declaration/names';
import { isSafeHref } from './isSafeHref';
import { isRequiredCategory } from '../config/lookups';

/** One service as the preferences dialog shows it (see {@link preferencesSections}). */
export interface PreferencesService {
  id: string;
  /** Display name in the language ({@link serviceName}). */
  name: string;
  /** `texts.serviceLabel` with the name filled in: the label of the service's switch. */
  label: string;
  /** Who runs it, e.g. `Google Ireland Ltd`; `''` when not configured. */
  provider: string;
  /** What it does, in the language; `''` when not configured. */
  description: string;
  /** The provider's privacy policy when it is a safe link ({@link isSafeHref}); else `undefined`. */
  privacyPolicyUrl: string | undefined;
  /** Its rows of the cookie declaration: name, provider, duration, purpose, party (R6). */
  cookies: readonly CookieDeclarationRow[];
}

/** One category as the preferences dialog shows it (see {@link preferencesSections}). */
export interface PreferencesSection {
  id: string;
  /** Title in the language ({@link categoryTitle}). */
  title: string;
  /** Description in the language ({@link categoryDescription}); `''` when none. */
  description: string;
  /** Strictly necessary: "always active", no switch for it or its services (R7). */
  required: boolean;
  /** Its services, in declaration order. */
  services: readonly PreferencesService[];
}

/**
 * Everything the preferences dialog says about the categories and services of a config, in a
 * language, in declaration order: per category its title, description and whether it is
 * strictly necessary; per service its name, switch label, provider, description, privacy-policy
 * link (only when safe) and its cookie rows. Adapters render it; they compute none of it.
 * Compute it once per config and language (it builds the whole cookie declaration).
 *
 * @param config - The site config.
 * @param texts - The texts of `language` (`manager.texts`).
 * @param language - BCP 47 tag (`manager.language`).
 * @returns One section per category. Never throws for a validated config.
 * @example
 * ```ts
 * for (const section of preferencesSections(consent.config, consent.texts, consent.language)) {
 *   console.log(section.title, section.required ? consent.texts.alwaysActive : 'switch');
 *   for (const service of section.services) console.log(' ', service.label, service.cookies.length);
 * }
 * ```
 * @remarks R5 (choice per category and per service), R6 (per cookie: name, provider, purpose,
 * duration, party), R7 (strictly necessary shown as always active), R9: docs/rules.md.
 */
/* @__NO_SIDE_EFFECTS__ */
export function preferencesSections(config: ConsentConfig, texts: ConsentTexts, language: string): PreferencesSection[] {
  const rows = cookieDeclaration(config, language);
  const services = Object.entries((config.services ?? {}) as Readonly<Record<string, ServiceConfig>>);
  // The site's own consent storage (cookie and marker key) is listed too, under the first
  // strictly necessary category: always active, never a switch (R7).
  const own = rows.filter((row) => row.serviceId === '');
  const ownService: PreferencesService = {
    id: '',
    name: own[0]!.service,
    label: formatText(texts.serviceLabel, { service: own[0]!.service }),
    provider: own[0]!.provider,
    description: '',
    privacyPolicyUrl: undefined,
    cookies: own,
  };
  const ownCategory = own[0]!.categoryId;
  return Object.keys(config.categories).map((categoryId) => ({
    id: categoryId,
    title: categoryTitle(config, categoryId, texts, language),
    description: categoryDescription(config, categoryId, texts, language),
    required: isRequiredCategory(config, categoryId),
    services: [
      ...(categoryId === ownCategory ? [ownService] : []),
      ...services
        .filter(([, service]) => service.category === categoryId)
        .map(([id, service]): PreferencesService => {
          const name = serviceName(config, id, language);
          const policy = service.privacyPolicyUrl;
          return {
            id,
            name,
            label: formatText(texts.serviceLabel, { service: name }),
            provider: service.provider ?? '',
            description: localize(service.description, language, config.defaultLanguage) ?? '',
            privacyPolicyUrl: policy && isSafeHref(policy) ? policy : undefined,
            cookies: rows.filter((row) => row.serviceId === id),
          };
        }),
    ],
  }));
}
