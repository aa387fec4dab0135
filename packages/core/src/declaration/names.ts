import type { CategoryConfig, ConsentConfig } from '../config/types';
import type { ConsentTexts } from '../i18n/texts';
import { localize } from '../i18n/resolve';
import { ownValue } from '../config/own';
import { serviceConfig } from '../config/lookups';
import { warnOnce } from '../dev/warnOnce';

/** A category's own text in a language, else the built-in text under `key`. */
function categoryText(
  config: ConsentConfig,
  id: string,
  field: 'title' | 'description',
  texts: ConsentTexts,
  key: string,
  language: string,
): string | undefined {
  const text = localize(ownValue<CategoryConfig>(config.categories, id)?.[field], language, config.defaultLanguage) ?? ownValue<string>(texts, key);
  if (process.env.NODE_ENV !== 'production' && text === undefined && Object.keys(texts).length) {
    warnOnce(
      `Category "${id}" has no ${field} and no built-in one (built-in texts cover necessary, functional, preferences, analytics, statistics, marketing and advertising): set categories.${id}.${field}.`,
    );
  }
  return text;
}

/**
 * A category's title in a language: the config's own `title`, else the built-in text for the
 * id (`category_analytics`), else the id itself.
 *
 * @example
 * ```ts
 * categoryTitle(config, 'analytics', consent.texts, consent.language); // 'Analytics'
 * ```
 * @remarks R6, R9: docs/rules.md.
 */
export function categoryTitle(config: ConsentConfig, id: string, texts: ConsentTexts, language: string): string {
  return categoryText(config, id, 'title', texts, `category_${id}`, language) ?? id;
}

/**
 * A category's description in a language: the config's own `description`, else the built-in
 * text for the id (`category_analytics_description`), else an empty string.
 *
 * @example
 * ```ts
 * categoryDescription(config, 'analytics', consent.texts, consent.language);
 * ```
 * @remarks R6 (the first and second layers say what is asked and why): docs/rules.md.
 */
export function categoryDescription(config: ConsentConfig, id: string, texts: ConsentTexts, language: string): string {
  return categoryText(config, id, 'description', texts, `category_${id}_description`, language) ?? '';
}

/**
 * A service's display name in a language: its `name` (a string, or one per language read with
 * {@link localize}: the exact tag, its primary subtag, the config's default language, then the
 * first entry), else the service id. Used wherever a service is named: the preferences dialog,
 * embed placeholders and the cookie declaration.
 *
 * @param config - The site config.
 * @param id - A service id, e.g. `googleAnalytics`; an id the config does not declare gives itself back.
 * @param language - BCP 47 tag, e.g. `nl-BE`.
 * @returns The name to show. Never throws.
 * @example
 * ```ts
 * // services: { maps: { category: 'functional', name: { en: 'Maps', nl: 'Kaarten' } } }
 * serviceName(config, 'maps', 'nl'); // 'Kaarten'
 * serviceName(config, 'maps', 'fr'); // 'Maps' (default language)
 * ```
 * @remarks R6 (the second layer names each service), R9 (in the site's languages): docs/rules.md.
 */
/* @__NO_SIDE_EFFECTS__ */
export function serviceName(config: ConsentConfig, id: string, language: string): string {
  return localize(serviceConfig(config, id)?.name, language, config.defaultLanguage) ?? id;
}
