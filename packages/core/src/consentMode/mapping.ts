import type { ConsentConfig, ConsentModeType, ConsentState, GoogleConsentModeConfig } from '../config/types';
import { hasOwn, ownValue } from '../config/own';

/**
 * Google Consent Mode v2 (R16-R20: docs/rules.md; developers.google.com/tag-platform/devguides/consent).
 *
 * Commands are pushed to `window.dataLayer` exactly as the `gtag()` function does
 * (`function gtag(){dataLayer.push(arguments)}`): an `arguments` object, which is what Google's
 * tags look for; a plain array is not a gtag command to them.
 */

/** The seven Consent Mode v2 types, in Google's documented order (R16). */
export const CONSENT_MODE_TYPES: readonly ConsentModeType[] = /* @__PURE__ */ Object.freeze([
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
]);

/** `granted` or `denied`, the two values a Consent Mode type takes. */
export type ConsentModeValue = 'granted' | 'denied';

/** The parameters of `gtag('consent', 'default', ...)`. */
export type ConsentModeDefaultParams = Record<ConsentModeType, ConsentModeValue> & {
  wait_for_update?: number;
  region?: string[];
};

/** The category mapping used when `googleConsentMode.mapping` is absent (VENDORS.md, Introw's choice). */
const INTROW_MAPPING: Readonly<Record<string, readonly ConsentModeType[]>> = {
  necessary: ['security_storage'],
  functional: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

/**
 * The category -> Consent Mode types mapping a config uses: `googleConsentMode.mapping` when
 * given (used as is, not merged), else Introw's mapping for the category ids the config has:
 * `necessary` -> `security_storage`; `functional` -> `functionality_storage`,
 * `personalization_storage`; `analytics` -> `analytics_storage`; `advertising` -> `ad_storage`,
 * `ad_user_data`, `ad_personalization`.
 *
 * @param config - A consent config; its `googleConsentMode` may be absent (the default mapping is returned).
 * @returns A new object, category id -> consent types. Never throws.
 * @example
 * ```ts
 * consentModeMapping(defineConsentConfig({ revision: 1, categories: { necessary: { required: true }, analytics: {} } }));
 * // { necessary: ['security_storage'], analytics: ['analytics_storage'] }
 * ```
 * @remarks R16, R17: docs/rules.md; the default mapping is VENDORS.md "Consent Mode mapping for Introw".
 */
export function consentModeMapping(config: ConsentConfig): Record<string, readonly ConsentModeType[]> {
  const given = config.googleConsentMode?.mapping as Record<string, readonly ConsentModeType[] | undefined> | undefined;
  const out: Record<string, readonly ConsentModeType[]> = {};
  if (given) {
    for (const [id, types] of Object.entries(given)) if (Array.isArray(types)) out[id] = [...types];
    return out;
  }
  for (const id of Object.keys(config.categories)) {
    const types = ownValue<readonly ConsentModeType[]>(INTROW_MAPPING, id);
    if (types) out[id] = [...types];
  }
  return out;
}

/**
 * The parameters of the `default` command: all seven types `denied` except `security_storage`
 * (`granted`), plus `wait_for_update` (ms) and `region` when configured. The mapping does not
 * change the default: nothing but security storage is granted before a choice.
 *
 * @param options - `config.googleConsentMode`: `{ waitForUpdate?: number (ms), regions?: string[] (ISO 3166-2) }`.
 * @returns A new plain object. Never throws.
 * @example
 * ```ts
 * consentModeDefaults({ waitForUpdate: 500 });
 * // { ad_storage: 'denied', ..., security_storage: 'granted', wait_for_update: 500 }
 * ```
 * @remarks R16: docs/rules.md; Google "Set up consent mode" (default command).
 */
export function consentModeDefaults(options: GoogleConsentModeConfig = {}): ConsentModeDefaultParams {
  const params = {} as ConsentModeDefaultParams;
  for (const type of CONSENT_MODE_TYPES) params[type] = type === 'security_storage' ? 'granted' : 'denied';
  if (typeof options.waitForUpdate === 'number') params.wait_for_update = options.waitForUpdate;
  if (options.regions?.length) params.region = [...options.regions];
  return params;
}

/**
 * The parameters of an `update` command for a consent snapshot. Lists all seven types: a mapped
 * type is `granted` when at least one key mapped to it is granted — a service key when that
 * service is granted, a category key when the category and every service in it are granted (a
 * visitor who switched Google Ads off inside Advertising gets `ad_*` denied); a type nothing maps
 * keeps its default (`security_storage` granted, the rest denied).
 *
 * @param config - The consent config (its mapping, see {@link consentModeMapping}).
 * @param state - The snapshot, e.g. `manager.getSnapshot()`.
 * @returns A new object with the seven types. Never throws.
 * @example
 * ```ts
 * consentModeUpdate(config, consent.getSnapshot()).analytics_storage; // 'granted' after acceptAll()
 * ```
 * @remarks R17 (every action lists all types), R13 (withdrawal: denied): docs/rules.md.
 */
export function consentModeUpdate(config: ConsentConfig, state: ConsentState): Record<ConsentModeType, ConsentModeValue> {
  const mapping = consentModeMapping(config);
  const defaults = consentModeDefaults();
  const mapped = new Set<ConsentModeType>();
  const granted = new Set<ConsentModeType>();
  const categories = state.categories as Record<string, boolean>;
  const services = (state.services ?? {}) as Record<string, boolean>;
  const serviceConfigs = (config.services ?? {}) as Record<string, { category: string }>;
  // A service key counts when that service is granted; a category key only when the category and
  // every service in it are granted, so switching Google Ads off inside Advertising denies ad_*.
  const on = (id: string): boolean =>
    hasOwn(services, id)
      ? services[id] === true
      : ownValue(categories, id) === true && Object.keys(serviceConfigs).every((s) => serviceConfigs[s]!.category !== id || ownValue(services, s) === true);
  for (const [id, types] of Object.entries(mapping)) {
    for (const type of types) {
      mapped.add(type);
      if (on(id)) granted.add(type);
    }
  }
  const out = {} as Record<ConsentModeType, ConsentModeValue>;
  for (const type of CONSENT_MODE_TYPES) out[type] = mapped.has(type) ? (granted.has(type) ? 'granted' : 'denied') : defaults[type];
  return out;
}

/**
 * The services that load before consent in Consent Mode's advanced mode: with
 * `googleConsentMode.advanced`, the Google tags (the services the `mapping` names by service id)
 * load on every page with everything denied and send Google cookieless pings; nothing else loads
 * before consent. Empty in basic mode (the default, R18).
 *
 * @param config - The site config.
 * @returns Service ids, e.g. `googleAnalytics`, `googleAds` for Introw's mapping.
 * @example
 * ```ts
 * advancedModeServices(config).has('googleAnalytics'); // true with advanced: true
 * ```
 * @remarks R18: docs/rules.md; developers.google.com/tag-platform/security/concepts/consent-mode#advanced_consent_mode.
 */
export function advancedModeServices(config: ConsentConfig): ReadonlySet<string> {
  const options = config.googleConsentMode;
  const services = config.services ?? {};
  return new Set(options?.advanced === true ? Object.keys(options.mapping ?? {}).filter((id) => hasOwn(services, id)) : []);
}
