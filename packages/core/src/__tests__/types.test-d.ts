import { describe, expectTypeOf, it } from 'vitest';
import { createConsentManager, defineConsentConfig, type ConsentState, type LocalizedText, type ServiceConfig } from '../index';
import { readConsent } from '../server';

const config = defineConsentConfig({
  revision: 1,
  categories: { necessary: { required: true }, analytics: {}, advertising: {} },
  services: { googleAnalytics: { category: 'analytics' }, googleAds: { category: 'advertising' } },
});

describe('literal ids', () => {
  it('hasConsent accepts only category and service ids of the config', () => {
    const consent = createConsentManager(config);
    consent.hasConsent('analytics');
    consent.hasConsent('googleAds');
    // @ts-expect-error typo in a category id is a compile error
    consent.hasConsent('analytcs');
    // @ts-expect-error unknown service id
    consent.hasConsent('hotjar');
    expectTypeOf(consent.getSnapshot().categories).toEqualTypeOf<Readonly<Record<'necessary' | 'analytics' | 'advertising', boolean>>>();
    expectTypeOf(consent.getSnapshot().services).toEqualTypeOf<Readonly<Record<'googleAnalytics' | 'googleAds', boolean>>>();
  });

  it('save only takes known ids', () => {
    const consent = createConsentManager(config);
    consent.save({ categories: { analytics: true }, services: { googleAds: false } });
    // @ts-expect-error unknown category in a choice
    consent.save({ categories: { analytic: true } });
  });

  it('a service naming an unknown category does not compile', () => {
    defineConsentConfig({
      revision: 1,
      categories: { analytics: {} },
      // @ts-expect-error 'analytic' is not a category of this config
      services: { hotjar: { category: 'analytic' } },
    });
  });

  it('readConsent returns the typed snapshot', () => {
    expectTypeOf(readConsent('', config)).toEqualTypeOf<ConsentState<'necessary' | 'analytics' | 'advertising', 'googleAnalytics' | 'googleAds'>>();
  });
});

describe('service names', () => {
  it('are a string or one per language (LocalizedText)', () => {
    expectTypeOf<ServiceConfig['name']>().toEqualTypeOf<LocalizedText | undefined>();
    defineConsentConfig({
      revision: 1,
      categories: { functional: {} },
      services: { maps: { category: 'functional', name: { en: 'Maps', nl: 'Kaarten' } }, chat: { category: 'functional', name: 'Chat' } },
    });
    defineConsentConfig({
      revision: 1,
      categories: { functional: {} },
      // @ts-expect-error a name is text, not a number
      services: { maps: { category: 'functional', name: 1 } },
    });
  });
});
