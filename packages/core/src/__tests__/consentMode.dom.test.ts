import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONSENT_MODE_TYPES,
  consentModeDefaults,
  consentModeHeadSnippet,
  consentModeIssues,
  consentModeMapping,
  consentModeUpdate,
  createConsentManager,
  defineConsentConfig,
  googleConsentMode,
  memoryStorage,
  type ConsentConfig,
  type ConsentStorage,
} from '../index';
import { config as baseConfig } from './fixtures';

const withConsentMode = (googleConsentMode: NonNullable<ConsentConfig['googleConsentMode']> = {}) =>
  defineConsentConfig({ ...baseConfig, googleConsentMode }) as ConsentConfig;

type Holder = { dataLayer?: unknown[] };
const dataLayer = (): unknown[] => (window as unknown as Holder).dataLayer ?? [];
const asArray = (entry: unknown): unknown[] => Array.from(entry as ArrayLike<unknown>);
const isArguments = (entry: unknown): boolean => Object.prototype.toString.call(entry) === '[object Arguments]';
const consentCommands = (): unknown[][] =>
  dataLayer()
    .map(asArray)
    .filter((c) => c[0] === 'consent');

const ALL_DENIED_BUT_SECURITY = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};

describe('Google Consent Mode (R16-R20)', () => {
  beforeEach(() => {
    delete (window as unknown as Holder).dataLayer;
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // Consent Mode is an opt-in import: the plugin carries the code, the config field the settings.
  const manager = (config: ConsentConfig, storage: ConsentStorage = memoryStorage()) =>
    createConsentManager(config, { storage, gpc: false, reloadOnRevoke: false, crossTab: false, plugins: [googleConsentMode()] });

  it('R16: without googleConsentMode nothing is pushed at all', () => {
    manager(baseConfig as ConsentConfig).acceptAll();
    expect((window as unknown as Holder).dataLayer).toBeUndefined();
  });

  it('R16: the config field without the googleConsentMode() plugin pushes nothing and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createConsentManager(withConsentMode(), { storage: memoryStorage(), gpc: false, crossTab: false }).acceptAll();
    expect((window as unknown as Holder).dataLayer).toBeUndefined();
    expect(warn.mock.calls.some((c) => String(c[0]).includes('plugins: [googleConsentMode()]'))).toBe(true);
  });

  it('R16: the default is the first dataLayer entry, pushed synchronously at creation as a gtag arguments object', () => {
    manager(withConsentMode());
    const first = dataLayer()[0];
    expect(isArguments(first)).toBe(true);
    expect(asArray(first)).toEqual(['consent', 'default', ALL_DENIED_BUT_SECURITY]);
    expect(dataLayer()).toHaveLength(1);
  });

  it('R16, R19: wait_for_update, region and the set commands appear only when configured', () => {
    manager(withConsentMode({ waitForUpdate: 500, regions: ['BE', 'US-CA'], adsDataRedaction: true, urlPassthrough: false }));
    expect(dataLayer().map(asArray)).toEqual([
      ['consent', 'default', { ...ALL_DENIED_BUT_SECURITY, wait_for_update: 500, region: ['BE', 'US-CA'] }],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', false],
    ]);
    expect(dataLayer().every(isArguments)).toBe(true);
  });

  it('R17: with a stored choice an update follows the default at once', () => {
    const storage = memoryStorage();
    manager(withConsentMode(), storage).save({ categories: { analytics: true } });
    delete (window as unknown as Holder).dataLayer;
    manager(withConsentMode(), storage);
    expect(dataLayer().map(asArray)).toEqual([
      ['consent', 'default', ALL_DENIED_BUT_SECURITY],
      ['consent', 'update', { ...ALL_DENIED_BUT_SECURITY, analytics_storage: 'granted' }],
    ]);
  });

  it('R17, R13: every visitor action pushes exactly one update listing all seven types; withdrawal pushes denied', () => {
    const m = manager(withConsentMode());
    m.acceptAll();
    m.acceptAll(); // changes nothing (same second) yet is an action
    m.save({ categories: { functional: true } });
    m.reset();
    const updates = consentCommands().filter((c) => c[1] === 'update');
    expect(updates).toHaveLength(4);
    for (const u of updates) expect(Object.keys(u[2] as object).sort()).toEqual([...CONSENT_MODE_TYPES].sort());
    expect(updates[0]![2]).toEqual(Object.fromEntries(CONSENT_MODE_TYPES.map((t) => [t, 'granted'])));
    expect(updates[1]![2]).toEqual(updates[0]![2]);
    expect(updates[2]![2]).toEqual({ ...ALL_DENIED_BUT_SECURITY, functionality_storage: 'granted', personalization_storage: 'granted' });
    expect(updates[3]![2]).toEqual(ALL_DENIED_BUT_SECURITY);
  });

  it('R16: the head snippet runs on its own and yields the same commands the manager would push', () => {
    const config = withConsentMode({ waitForUpdate: 300, urlPassthrough: true });
    const sandbox: Record<string, unknown> = {};
    sandbox.window = sandbox;
    runInNewContext(consentModeHeadSnippet(config), sandbox);
    const pushed = sandbox.dataLayer as unknown[];
    expect(pushed.every(isArguments)).toBe(true);
    manager(config);
    expect(pushed.map(asArray)).toEqual(dataLayer().map(asArray));
    expect(typeof sandbox.gtag).toBe('function');
  });

  it('R16: after the head snippet the manager pushes no second default, only the update', () => {
    const config = withConsentMode({ adsDataRedaction: true });
    const storage = memoryStorage();
    manager(config, storage).acceptAll();
    delete (window as unknown as Holder).dataLayer;
    // What the snippet leaves behind, then a page event before the deferred bundle runs.
    const holder = window as unknown as Holder;
    holder.dataLayer = [];
    const gtag = function (..._args: unknown[]) {
      // biome-ignore lint/complexity/noArguments: a real gtag() pushes its Arguments object
      holder.dataLayer!.push(arguments);
    };
    gtag('consent', 'default', ALL_DENIED_BUT_SECURITY);
    gtag('set', 'ads_data_redaction', true);
    gtag('event', 'page_view');
    manager(config, storage);
    const commands = dataLayer().map(asArray);
    expect(commands.filter((c) => c[0] === 'consent' && c[1] === 'default')).toHaveLength(1);
    expect(commands.filter((c) => c[0] === 'set')).toHaveLength(1);
    expect(commands[3]?.[1]).toBe('update');
  });

  it('R16: warns when gtag events were pushed before any default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const holder = window as unknown as Holder;
    holder.dataLayer = [];
    (function (..._args: unknown[]) {
      // biome-ignore lint/complexity/noArguments: a real gtag() pushes its Arguments object
      holder.dataLayer!.push(arguments);
    })('config', 'G-TEST');
    manager(withConsentMode());
    expect(warn.mock.calls.some((c) => String(c[0]).includes('consentModeHeadSnippet'))).toBe(true);
  });

  it('the head snippet escapes "<" and refuses a config without googleConsentMode', () => {
    const snippet = consentModeHeadSnippet(withConsentMode({ regions: ['BE'] }));
    expect(snippet).not.toContain('<');
    expect(snippet.startsWith('window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}')).toBe(true);
    expect(() => consentModeHeadSnippet(baseConfig as ConsentConfig)).toThrow(/googleConsentMode/);
  });
});

describe('Consent Mode mapping and payloads', () => {
  it("the default mapping is Introw's (VENDORS.md), only for category ids the config has", () => {
    expect(consentModeMapping(baseConfig as ConsentConfig)).toEqual({
      necessary: ['security_storage'],
      functional: ['functionality_storage', 'personalization_storage'],
      analytics: ['analytics_storage'],
      advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    });
    const small = defineConsentConfig({ revision: 1, categories: { necessary: { required: true }, stats: {} } });
    expect(consentModeMapping(small as ConsentConfig)).toEqual({ necessary: ['security_storage'] });
  });

  it('a given mapping is used as is (not merged); a type mapped by several categories is granted when any is', () => {
    const config = withConsentMode({ mapping: { analytics: ['analytics_storage', 'ad_user_data'], advertising: ['ad_user_data'] } });
    expect(consentModeMapping(config)).toEqual({ analytics: ['analytics_storage', 'ad_user_data'], advertising: ['ad_user_data'] });
    const state = {
      categories: { necessary: true, functional: true, analytics: true, advertising: false },
      services: { cloudflare: true, locale: true, googleAnalytics: true, hotjar: true, googleAds: false },
    };
    const update = consentModeUpdate(config, state as never);
    expect(update.analytics_storage).toBe('granted');
    expect(update.ad_user_data).toBe('granted');
    // Unmapped types keep their default: functional being granted grants nothing here.
    expect(update.functionality_storage).toBe('denied');
    expect(update.security_storage).toBe('granted');
  });

  it('C2 regression: Google Ads switched off inside a granted Advertising category denies ad_*; service keys count per service', () => {
    const state = {
      categories: { necessary: true, functional: false, analytics: false, advertising: true },
      services: { cloudflare: true, locale: false, googleAnalytics: true, hotjar: false, googleAds: false },
    };
    const byCategory = consentModeUpdate(withConsentMode(), state as never);
    expect([byCategory.ad_storage, byCategory.ad_user_data, byCategory.ad_personalization]).toEqual(['denied', 'denied', 'denied']);
    expect(byCategory.analytics_storage).toBe('denied');
    const byService = consentModeUpdate(withConsentMode({ mapping: { googleAnalytics: ['analytics_storage'], googleAds: ['ad_storage'] } }), state as never);
    expect(byService.analytics_storage).toBe('granted');
    expect(byService.ad_storage).toBe('denied');
    expect(consentModeIssues(withConsentMode({ mapping: { googleAds: ['ad_storage'] } }))).toEqual([]);
  });

  it('defaults ignore the mapping: everything but security_storage is denied', () => {
    expect(consentModeDefaults({ mapping: { analytics: ['security_storage'] } } as never)).toEqual(ALL_DENIED_BUT_SECURITY);
  });
});

describe('consentModeIssues', () => {
  const issuesOf = (googleConsentMode: unknown) => consentModeIssues({ ...baseConfig, googleConsentMode } as unknown as ConsentConfig);

  it('is empty when absent or valid', () => {
    expect(consentModeIssues(baseConfig as ConsentConfig)).toEqual([]);
    expect(issuesOf({ mapping: { analytics: ['analytics_storage'] }, waitForUpdate: 0, regions: ['BE', 'US-CA', 'GB-ENG'], urlPassthrough: true })).toEqual([]);
  });

  it('reports unknown category ids, unknown types, negative waitForUpdate, bad regions, non-boolean flags and unknown options, with paths', () => {
    const issues = issuesOf({
      mapping: { analytcs: ['analytics_storage'], advertising: ['ads_storage', 'ad_storage'], functional: 'functionality_storage' },
      waitForUpdate: -5,
      regions: ['be', 'Belgium', 'US-CA', 42],
      urlPassthrough: 'yes',
      waitForUpdates: 500,
    });
    expect(issues.map((i) => i.path).sort()).toEqual(
      [
        'googleConsentMode.mapping.analytcs',
        'googleConsentMode.mapping.advertising[0]',
        'googleConsentMode.mapping.functional',
        'googleConsentMode.waitForUpdate',
        'googleConsentMode.regions[0]',
        'googleConsentMode.regions[1]',
        'googleConsentMode.regions[3]',
        'googleConsentMode.urlPassthrough',
        'googleConsentMode.waitForUpdates',
      ].sort(),
    );
    expect(issues.find((i) => i.path === 'googleConsentMode.mapping.analytcs')!.message).toMatch(/unknown category "analytcs"/);
    expect(issuesOf({ waitForUpdate: Number.NaN })).toHaveLength(1);
    expect(issuesOf({ regions: [] })).toHaveLength(1);
    expect(issuesOf('on')).toEqual([{ path: 'googleConsentMode', message: expect.stringMatching(/object/) }]);
  });
});
