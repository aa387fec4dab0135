import { defineComponent, h, nextTick, type Component, type VNodeChild } from 'vue';
import { mount, type VueWrapper } from '@vue/test-utils';
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
import { createConsent } from '../createConsent';

/** A small version of Introw's config: one required category, three optional ones (the React tests' fixture). */
export const config = defineConsentConfig({
  revision: 1,
  siteName: 'Introw',
  privacyContact: 'privacy@introw.io',
  privacyPolicyUrl: 'https://www.introw.io/cookie-statement',
  // Core bundles no texts: a site imports the tables it ships.
  translations: { en },
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

/** Lets Vue apply pending updates (the scheduler flushes in a microtask). */
export const flush = (): Promise<void> => nextTick();

/** How the manager reaches the tree: `<ConsentProvider :manager>` or `app.use(createConsent(manager))`. */
export type Via = 'provider' | 'plugin';

export interface Rendered {
  wrapper: VueWrapper;
  manager: TestManager;
  /** The element the app is mounted in (attached to `document.body`). */
  container: HTMLElement;
}

/**
 * Mounts `render()` (a render function: `() => h(...)`) attached to the document, inside a
 * `<ConsentProvider :manager>` (default) or with the plugin installed on the app.
 */
export function renderWithConsent(render: () => VNodeChild, { manager = makeManager(), via = 'provider' }: { manager?: TestManager; via?: Via } = {}): Rendered {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const Root = defineComponent({
    name: 'TestRoot',
    setup: () => () => (via === 'provider' ? h(ConsentProvider, { manager }, { default: render }) : render()),
  });
  const wrapper = mount(Root, {
    attachTo: container,
    global: via === 'plugin' ? { plugins: [createConsent(manager)] } : {},
  });
  return { wrapper, manager, container };
}

/** Mounts `render()` without any provider or plugin. */
export function renderBare(render: () => VNodeChild): Rendered & { manager: never } {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const wrapper = mount(defineComponent({ name: 'BareRoot', setup: () => render }), { attachTo: container });
  return { wrapper, manager: undefined as never, container };
}

/** The consent components a page renders (passed in, so a test can use freshly imported ones). */
export interface ConsentUi {
  ConsentBanner: Component;
  ConsentPreferences: Component;
  ConsentSettingsButton: Component;
}

/** The demo's layout: the page content in `<main>`, then the banner, the dialog and a footer "Cookie settings" button. */
export function consentLayout(ui: ConsentUi, main: () => VNodeChild = () => h('a', { href: '#top' }, 'Page link')) {
  return defineComponent({
    name: 'App',
    setup: () => () => [h('main', [main()]), h(ui.ConsentBanner), h(ui.ConsentPreferences), h('footer', [h(ui.ConsentSettingsButton)])],
  });
}
