import {
  createConsentManager,
  defineConsentConfig,
  en,
  nl,
  memoryStorage,
  type ConsentManager,
  type ConsentManagerOptions,
  type ConsentStorage,
} from '@introw/consent-core';

/**
 * Test data shared by the adapter suite and the adapters' own framework-specific tests (SSR):
 * a small version of Introw's config, one required category and three optional ones.
 */
export const config = defineConsentConfig({
  revision: 1,
  cookie: { name: 'introw_consent' },
  siteName: 'Introw',
  // Core bundles no texts: a site imports the tables it ships.
  translations: { en },
  privacyContact: 'privacy@introw.io',
  cookieStatementUrl: 'https://www.introw.io/cookie-statement',
  privacyPolicyUrl: 'https://www.introw.io/privacy-statement',
  categories: {
    necessary: { required: true },
    functional: {},
    analytics: {},
    advertising: { gpcOptOut: true },
  },
  services: {
    cloudflare: {
      category: 'necessary',
      name: 'Cloudflare',
      provider: 'Cloudflare, Inc.',
      cookies: [{ name: '__cf_bm', duration: { minutes: 30 }, purpose: 'Bot protection' }],
    },
    hubspot: {
      category: 'functional',
      name: 'HubSpot',
      provider: 'HubSpot, Inc.',
      cookies: [{ name: '__hs_opt_out', duration: { days: 180 }, purpose: 'Remembers a chat opt-out' }],
    },
    googleAnalytics: {
      category: 'analytics',
      name: 'Google Analytics',
      provider: 'Google LLC',
      privacyPolicyUrl: 'https://policies.google.com/privacy',
      cookies: [
        { name: '_ga', duration: { days: 730 }, purpose: 'Distinguishes visitors' },
        { pattern: /^_ga_/, label: '_ga_<container-id>', duration: { days: 730 }, purpose: 'Keeps the session state' },
      ],
    },
    hotjar: {
      category: 'analytics',
      name: 'Hotjar',
      provider: 'Hotjar Ltd.',
      cookies: [{ pattern: '^_hjSessionUser_', label: '_hjSessionUser_<site-id>', duration: { days: 365 }, purpose: 'Keeps a visitor id', thirdParty: true }],
    },
    youtube: {
      category: 'advertising',
      name: 'YouTube',
      provider: 'Google LLC',
      cookies: [{ name: 'VISITOR_INFO1_LIVE', duration: { days: 180 }, purpose: 'Estimates bandwidth', thirdParty: true }],
    },
  },
});

export type TestManager = ConsentManager<
  'necessary' | 'functional' | 'analytics' | 'advertising',
  'cloudflare' | 'hubspot' | 'googleAnalytics' | 'hotjar' | 'youtube'
>;

/** A manager on memory storage (no cookies, no cross-tab channel, no reload on withdrawal). */
export function makeManager(options: ConsentManagerOptions<string, string> & { storage?: ConsentStorage } = {}): TestManager {
  return createConsentManager(config, { storage: memoryStorage(), crossTab: false, reloadOnRevoke: false, ...options }) as TestManager;
}

/**
 * A Dutch-speaking manager whose config names Hotjar and YouTube per language (a service `name`
 * may be `LocalizedText`): `Hotjar (bezoekersgedrag)`, `YouTube (video)` in `nl`.
 */
export function localizedManager(): TestManager {
  const localized = defineConsentConfig({
    ...config,
    translations: { en, nl },
    services: {
      ...config.services!,
      hotjar: { ...config.services!.hotjar, name: { en: 'Hotjar', nl: 'Hotjar (bezoekersgedrag)' } },
      youtube: { ...config.services!.youtube, name: { en: 'YouTube', nl: 'YouTube (video)' } },
    },
  });
  return createConsentManager(localized, { storage: memoryStorage(), language: 'nl', crossTab: false, reloadOnRevoke: false }) as TestManager;
}

/** A storage that already holds a decision, made by `decide` on a throwaway manager. */
export function storageWith(decide: (manager: TestManager) => void): ConsentStorage {
  const storage = memoryStorage();
  decide(makeManager({ storage }));
  return storage;
}

/** Wraps `manager.mount` to count starts and stops of the browser side. */
export function countMounts(manager: ConsentManager<string, string>): { mount: number; stop: number } {
  const calls = { mount: 0, stop: 0 };
  const original = manager.mount;
  manager.mount = () => {
    calls.mount++;
    const stop = original();
    return () => {
      calls.stop++;
      stop();
    };
  };
  return calls;
}
