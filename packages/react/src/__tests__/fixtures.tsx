import { StrictMode, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
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
import { ConsentProvider } from '../ConsentProvider';

/** A small version of Introw's config: one required category, three optional ones. */
export const config = defineConsentConfig({
  revision: 1,
  siteName: 'Introw',
  // Core bundles no texts: a site imports the tables it ships.
  translations: { en },
  privacyContact: 'privacy@introw.io',
  privacyPolicyUrl: 'https://www.introw.io/cookie-statement',
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

export type TestConfig = typeof config;
export type TestManager = ConsentManager<'necessary' | 'functional' | 'analytics' | 'advertising', 'cloudflare' | 'hubspot' | 'googleAnalytics' | 'hotjar' | 'youtube'>;

/** A manager on memory storage (no cookies, no cross-tab channel). */
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

/** Renders `ui` inside a provider for `manager`, optionally inside `<StrictMode>`. */
export function renderWithConsent(ui: ReactNode, { manager = makeManager(), strict = false }: { manager?: TestManager; strict?: boolean } = {}): RenderResult & { manager: TestManager } {
  const tree: ReactElement = <ConsentProvider manager={manager}>{ui}</ConsentProvider>;
  return { ...render(strict ? <StrictMode>{tree}</StrictMode> : tree), manager };
}

/** The consent components a page renders (passed in, so a test can use freshly imported ones). */
export interface ConsentUi {
  ConsentBanner: ComponentType;
  ConsentPreferences: ComponentType;
  ConsentSettingsButton: ComponentType;
}

/** The demo's layout: the page content in `<main>`, then the banner, the dialog and a footer "Cookie settings" button. */
export function consentLayout(ui: ConsentUi, main: ReactNode = <a href="#top">Page link</a>): ReactElement {
  return (
    <>
      <main>{main}</main>
      <ui.ConsentBanner />
      <ui.ConsentPreferences />
      <footer>
        <ui.ConsentSettingsButton />
      </footer>
    </>
  );
}
