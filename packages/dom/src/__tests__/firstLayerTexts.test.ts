// @vitest-environment jsdom
// The script-tag build carries only English's first-layer texts (core's FIRST_LAYER_TEXTS) and
// loads the rest with the dialog: the first layer must render exactly as with the whole table,
// whatever the config (third parties or none, more than five, links, every built-in category).
import { afterEach, describe, expect, it } from 'vitest';
import { createConsentManager, defineConsentConfig, en, memoryStorage, type ConsentConfig } from '@introw/consent-core';
import { FIRST_LAYER_TEXTS } from '@introw/consent-core/ui';
import { mountConsentUi } from '../mountConsentUi';

const firstLayer = Object.fromEntries(FIRST_LAYER_TEXTS.map((key) => [key, en[key]]));
const categories = { necessary: { required: true }, functional: {}, preferences: {}, analytics: {}, statistics: {}, marketing: {}, advertising: {} };
const services = (providers: string[]) =>
  Object.fromEntries(providers.map((provider, i) => [`s${i}`, { category: i % 2 ? 'analytics' : 'advertising', provider }]));
const CONFIGS: Record<string, Omit<ConsentConfig, 'translations'>> = {
  'own cookies only': { revision: 1, categories },
  'two third parties, both links': {
    revision: 1,
    categories,
    services: services(['A Ltd', 'B Inc']),
    cookieStatementUrl: '/cookies',
    privacyPolicyUrl: 'https://example.com/privacy',
  },
  'six third parties': { revision: 1, categories, services: services(['A', 'B', 'C', 'D', 'E', 'F']) },
  'necessary not required (named by its title)': { revision: 1, categories: { necessary: {}, analytics: {} } },
};

/** The first layer as the visitor gets it: the banner and the settings control. */
function firstLayerOf(config: Omit<ConsentConfig, 'translations'>, table: Record<string, string>): string[] {
  document.body.innerHTML = '<footer><button data-ic-open-preferences></button></footer>';
  const manager = createConsentManager(defineConsentConfig({ ...config, translations: { en: table } } as ConsentConfig), {
    storage: memoryStorage(),
    crossTab: false,
    reloadOnRevoke: false,
  });
  const stop = mountConsentUi(manager);
  const banner = document.querySelector('.ic-banner')!.outerHTML.replace(/ic-[a-z0-9]{6}-\d+/g, 'id');
  const opener = document.querySelector('footer')!.innerHTML;
  stop();
  return [banner, opener];
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('first-layer texts', () => {
  it.each(Object.keys(CONFIGS))('%s: the first layer is the same with FIRST_LAYER_TEXTS as with the whole English table', (name) => {
    const config = CONFIGS[name]!;
    const whole = firstLayerOf(config, { ...en });
    expect(whole[0]).toContain(en.bannerTitle);
    expect(firstLayerOf(config, firstLayer)).toEqual(whole);
  });
});
