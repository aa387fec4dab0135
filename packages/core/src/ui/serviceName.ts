import type { ConsentConfig } from '../types';
import { localize } from '../i18n/resolve';
import { serviceConfig } from './lookups';

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
 * @remarks R6 (the second layer names each service), R9 (in the site's languages): COMPLIANCE.md.
 */
/* @__NO_SIDE_EFFECTS__ */
export function serviceName(config: ConsentConfig, id: string, language: string): string {
  return localize(serviceConfig(config, id)?.name, language, config.defaultLanguage) ?? id;
}
