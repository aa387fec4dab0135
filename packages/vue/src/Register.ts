import type { CategoryIdOf, ConsentConfig, ConsentIdOf, ServiceIdOf } from '@introw/consent-core';

/**
 * Registers the type of your site's consent config once, so that every composable and
 * component of `@introw/consent-vue` accepts only its category and service ids
 * (`useConsent('analytcs')` then fails to compile). Without a registration every id is a plain
 * `string`. Same pattern, same name as `@introw/consent-react`.
 *
 * A single call can also name the config type explicitly, registered or not:
 * `useConsent<typeof config>('analytics')`.
 *
 * @example
 * ```ts
 * // consent.ts
 * export const config = defineConsentConfig({ revision: 1, categories: { necessary: { required: true }, analytics: {} } });
 *
 * declare module '@introw/consent-vue' {
 *   interface Register {
 *     config: typeof config;
 *   }
 * }
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: an app fills it by module augmentation (declaration merging needs an interface)
export interface Register {}

/** The config type given to {@link Register}, or `ConsentConfig` (any string id) when none is registered. */
export type RegisteredConfig = Register extends { config: infer T } ? T : ConsentConfig;

/** Category ids of the {@link Register registered} config (`string` when none is registered). */
export type RegisteredCategoryId = CategoryIdOf<RegisteredConfig>;

/** Service ids of the {@link Register registered} config (`string` when none is registered). */
export type RegisteredServiceId = ServiceIdOf<RegisteredConfig>;

/** Category or service ids of the {@link Register registered} config (`string` when none is registered). */
export type RegisteredConsentId = ConsentIdOf<RegisteredConfig>;
