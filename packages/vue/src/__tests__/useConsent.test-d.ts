/**
 * Vue-specific type tests (vitest typecheck): the ids registered through `Register` on this
 * package's module type the composables (refs and getters included), component props, the plugin
 * and the provider. Types are per package, not behaviour.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { h, ref, type Ref } from 'vue';
import { defineConsentConfig, type ConsentManager, type CookieDeclaration as CoreCookieDeclaration } from '@introw/consent-core';
import {
  ConsentGate,
  ConsentProvider,
  GatedEmbed,
  createConsent,
  useConsent,
  useConsentManager,
  useConsentState,
  useConsentUi,
  type CookieDeclaration,
  type RegisteredCategoryId,
  type RegisteredConfig,
  type RegisteredServiceId,
} from '../index';
import { config } from '@introw/adapter-tests/fixtures';

// What an app writes as `declare module '@introw/consent-vue' { ... }`; here the package's own barrel.
declare module '../index' {
  interface Register {
    config: typeof config;
  }
}

type Categories = 'necessary' | 'functional' | 'analytics' | 'advertising';
type Services = 'cloudflare' | 'hubspot' | 'googleAnalytics' | 'hotjar' | 'youtube';

describe('registered config (module augmentation of Register)', () => {
  it('registers the config type and its ids', () => {
    expectTypeOf<RegisteredConfig>().toEqualTypeOf<typeof config>();
    expectTypeOf<RegisteredCategoryId>().toEqualTypeOf<Categories>();
    expectTypeOf<RegisteredServiceId>().toEqualTypeOf<Services>();
  });

  it('useConsent accepts exactly the category and service ids (or a ref / getter of one) and returns a read-only Ref<boolean>', () => {
    expectTypeOf(useConsent('analytics')).toEqualTypeOf<Readonly<Ref<boolean>>>();
    expectTypeOf(useConsent('hotjar').value).toEqualTypeOf<boolean>();
    useConsent(ref<'analytics' | 'hotjar'>('analytics'));
    useConsent(() => 'functional' as const);
    // @ts-expect-error a typo in a category id does not compile
    useConsent('analytcs');
    // @ts-expect-error a service id that is not in the config does not compile
    useConsent('segment');
    // @ts-expect-error a ref of a wrong id does not compile
    useConsent(ref<'analytcs'>('analytcs'));
    const granted = useConsent('analytics');
    // @ts-expect-error the ref is read-only
    granted.value = true;
  });

  it('useConsentState and useConsentManager are typed by the same ids', () => {
    expectTypeOf(useConsentState().value.categories).toEqualTypeOf<Readonly<Record<Categories, boolean>>>();
    expectTypeOf(useConsentState().value.services).toEqualTypeOf<Readonly<Record<Services, boolean>>>();
    const manager = useConsentManager();
    expectTypeOf(manager.hasConsent).parameter(0).toEqualTypeOf<Categories | Services>();
    // @ts-expect-error unknown id
    manager.hasConsent('analytcs');
  });

  it('useConsentUi returns read-only refs and two actions', () => {
    const ui = useConsentUi();
    expectTypeOf(ui.bannerVisible).toEqualTypeOf<Readonly<Ref<boolean>>>();
    expectTypeOf(ui.preferencesOpen.value).toEqualTypeOf<boolean>();
    expectTypeOf(ui.openPreferences).toEqualTypeOf<() => void>();
  });

  it('ConsentGate and GatedEmbed props take the registered ids', () => {
    h(ConsentGate, { category: 'analytics' });
    h(ConsentGate, { service: 'hotjar' });
    // @ts-expect-error typo in the category
    h(ConsentGate, { category: 'analytcs' });
    // @ts-expect-error a category is not a service
    h(ConsentGate, { service: 'analytics' });
    // @ts-expect-error one of category or service is required
    h(ConsentGate, {});
    h(GatedEmbed, { src: 'https://example.com', title: 't', category: 'advertising', service: 'youtube' });
    // @ts-expect-error typo in the service
    h(GatedEmbed, { src: 'https://example.com', title: 't', category: 'advertising', service: 'yutube' });
    // @ts-expect-error src and title are required
    h(GatedEmbed, { category: 'advertising' });
  });
});

describe('plugin and provider', () => {
  it('createConsent keeps the config ids on its manager', () => {
    const plugin = createConsent(config);
    expectTypeOf(plugin.manager).toEqualTypeOf<ConsentManager<Categories, Services>>();
    // @ts-expect-error unknown id
    plugin.manager.hasConsent('analytcs');
  });

  it('ConsentProvider takes a config or a manager', () => {
    h(ConsentProvider, { config });
    h(ConsentProvider, { manager: createConsent(config).manager });
  });
});

describe('explicit config type per call', () => {
  const other = defineConsentConfig({
    revision: 1,
    categories: { necessary: { required: true }, marketing: {} },
    services: { pixel: { category: 'marketing' } },
  });

  it('useConsent<typeof config>(id) checks against that config instead', () => {
    expectTypeOf(useConsent<typeof other>('marketing')).toEqualTypeOf<Readonly<Ref<boolean>>>();
    // @ts-expect-error not an id of `other`
    useConsent<typeof other>('analytics');
    expectTypeOf(useConsentManager<typeof other>().getSnapshot().services).toEqualTypeOf<Readonly<Record<'pixel', boolean>>>();
  });
});

describe('barrel', () => {
  it("exports core's CookieDeclaration type under the component's name", () => {
    expectTypeOf<CookieDeclaration>().toEqualTypeOf<CoreCookieDeclaration>();
  });
});
