import type { ConsentConfig, ConsentConfigInput } from './types';

/**
 * Declares a site's consent configuration and keeps its category and service ids as literal
 * types, so that `hasConsent('analytcs')` or `useConsent('analytcs')` fails to compile.
 * It returns the object unchanged; validation happens in {@link createConsentManager}
 * (which throws one {@link ConsentConfigError} listing every problem).
 *
 * @param config - `{ revision, categories, services?, expiresAfterDays?, cookie?, ... }`;
 *   `expiresAfterDays` is in days (1..400, default 182).
 * @returns The same config, typed with its literal ids.
 * @example
 * ```ts
 * const config = defineConsentConfig({
 *   revision: 1,
 *   categories: { necessary: { required: true }, analytics: {} },
 *   services: { googleAnalytics: { category: 'analytics', cookies: [{ name: '_ga', duration: { days: 730 } }] } },
 * });
 * ```
 * @remarks R4, R5, R11: docs/rules.md (no default-on categories; per-category and per-service choice; revision).
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineConsentConfig<const C extends string, const S extends string = never>(config: ConsentConfigInput<C, S>): ConsentConfig<C, S> {
  return config as ConsentConfig<C, S>;
}
