/**
 * React-specific type tests (vitest typecheck): the ids registered through `Register` on this
 * package's module type the hooks and component props. Types are per package, not behaviour.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { defineConsentConfig, type CookieDeclaration as CoreCookieDeclaration } from '@introw/consent-core';
import {
  ConsentGate,
  GatedEmbed,
  useConsent,
  useConsentManager,
  useConsentState,
  type CookieDeclaration,
  type RegisteredCategoryId,
  type RegisteredConfig,
  type RegisteredServiceId,
} from '../index';
import type { config } from '@introw/adapter-tests/fixtures';

// What an app writes as `declare module '@introw/consent-react' { ... }`; here the package's own barrel.
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

  it('useConsent accepts exactly the category and service ids and returns a boolean', () => {
    expectTypeOf(useConsent<RegisteredConfig>)
      .parameter(0)
      .toEqualTypeOf<Categories | Services>();
    expectTypeOf(useConsent('analytics')).toEqualTypeOf<boolean>();
    expectTypeOf(useConsent('hotjar')).toEqualTypeOf<boolean>();
    // @ts-expect-error a typo in a category id does not compile
    useConsent('analytcs');
    // @ts-expect-error a service id that is not in the config does not compile
    useConsent('segment');
  });

  it('useConsentState and useConsentManager are typed by the same ids', () => {
    expectTypeOf(useConsentState().categories).toEqualTypeOf<Readonly<Record<Categories, boolean>>>();
    expectTypeOf(useConsentState().services).toEqualTypeOf<Readonly<Record<Services, boolean>>>();
    const manager = useConsentManager();
    expectTypeOf(manager.hasConsent).parameter(0).toEqualTypeOf<Categories | Services>();
    // @ts-expect-error unknown id
    manager.hasConsent('analytcs');
  });

  it('ConsentGate and GatedEmbed props take the registered ids', () => {
    void (<ConsentGate category="analytics">x</ConsentGate>);
    void (<ConsentGate service="hotjar">x</ConsentGate>);
    // @ts-expect-error typo in the category
    void (<ConsentGate category="analytcs">x</ConsentGate>);
    // @ts-expect-error a category is not a service
    void (<ConsentGate service="analytics">x</ConsentGate>);
    // @ts-expect-error one of category or service is required
    void (<ConsentGate>x</ConsentGate>);
    void (<GatedEmbed src="https://example.com" title="t" category="advertising" service="youtube" />);
    // @ts-expect-error typo in the service
    void (<GatedEmbed src="https://example.com" title="t" category="advertising" service="yutube" />);
  });
});

describe('explicit config type per call', () => {
  const other = defineConsentConfig({
    revision: 1,
    categories: { necessary: { required: true }, marketing: {} },
    services: { pixel: { category: 'marketing' } },
  });

  it('useConsent<typeof config>(id) checks against that config instead', () => {
    expectTypeOf(useConsent<typeof other>)
      .parameter(0)
      .toEqualTypeOf<'necessary' | 'marketing' | 'pixel'>();
    expectTypeOf(useConsent<typeof other>('marketing')).toEqualTypeOf<boolean>();
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
