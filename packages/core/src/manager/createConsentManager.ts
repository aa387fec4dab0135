import type { ConsentConfig } from '../config/types';
import type { ConsentManager, ConsentManagerOptions } from './types';
import { buildModel } from '../config/model';
import { validateConsentConfig } from '../config/validateConfig';
import { ConsentConfigError } from '../config/errors';
import { warnOnce } from '../dev/warnOnce';
import { browserPlatform } from '../browser/platform';
import { createBrowserSide } from '../browser/mount';
import { cookieStorage } from '../storage/cookieStorage';
import { availableLanguages, resolveLanguage, resolveTexts } from '../i18n/resolve';
import { CONSENT_MODE_PLUGIN } from '../consentMode/plugin';
import { createEmitter } from './emitter';
import { createStore } from './store';
import { createPersistence } from './persistence';
import { createActions } from './actions';
import { deriveState, isGranted } from './state';

/**
 * Creates the consent store for a site: reads the stored decision (fail closed), exposes the
 * snapshot, and records every decision. Touches no browser API until used; `mount()` starts the
 * browser side (gating, cross-tab sync, withdrawals: see the core README, "The browser side").
 * Opt-in features (Google Consent Mode) come as `plugins` and attach before anything else.
 *
 * Development builds validate the config in full ({@link validateConsentConfig}); production
 * builds only check that it has `categories` and no service id that is also a category id.
 * Either way nothing but required categories is granted without a decision (R4), and nothing is
 * read from `Object.prototype` (the core README, "Security model").
 *
 * @param config - From {@link defineConsentConfig}.
 * @param options - `{ storage?, language?, gpc?, now?, platform?, initialState?, onRecord?, crossTab?, reloadOnRevoke?, nonce?, plugins? }`.
 * @throws {ConsentConfigError} When the config is invalid; lists every problem with its path.
 * @example
 * ```ts
 * const consent = createConsentManager(config, { plugins: [googleConsentMode()] });
 * consent.subscribe(() => console.log(consent.getSnapshot()));
 * consent.acceptAll();
 * consent.hasConsent('analytics'); // true
 * ```
 * @remarks R1, R4, R10-R14, R20, R22, R27, R28, R30, R32: docs/rules.md.
 */
export function createConsentManager<C extends string, S extends string>(
  input: ConsentConfig<C, S>,
  given: ConsentManagerOptions<C, S> = {},
): ConsentManager<C, S> {
  // Own properties only: a polluted Object.prototype cannot supply a storage, a GPC value, a platform.
  const options: ConsentManagerOptions<C, S> = Object.assign(Object.create(null), given);
  const plugins = options.plugins ?? [];
  const platform = options.platform ?? browserPlatform();
  if (process.env.NODE_ENV !== 'production') {
    validateConsentConfig(input, platform.window?.location?.hostname);
    if (input.googleConsentMode && !plugins.some((p) => p.name === CONSENT_MODE_PLUGIN)) {
      warnOnce(
        'config.googleConsentMode is set, but Google Consent Mode is an opt-in import, so nothing is pushed to dataLayer. ' +
          "Pass the plugin: `import { googleConsentMode } from '@introw/consent-core'` and " +
          '`createConsentManager(config, { plugins: [googleConsentMode()] })` (React: `<ConsentProvider options={{ plugins: [googleConsentMode()] }}>`).',
      );
    }
  }
  // Fail closed in production too: no categories, or a service id that is also a category id.
  const model = input?.categories && buildModel(input);
  if (!model || model.serviceIds.some((id) => model.servicesOf.has(id))) {
    throw new ConsentConfigError([{ path: 'categories', message: 'missing, or a service id equals a category id' }]);
  }
  const config = model.config as ConsentConfig<C, S>;
  const now = options.now ?? platform.now;
  // The server's `Sec-GPC: 1` reading is honoured after hydration too (R21, R22).
  const gpc = options.gpc ?? (platform.gpc() || options.initialState?.gpc === true);
  const languages = availableLanguages(config);
  // One language needs no browser preferences (reading them costs a main-thread round trip).
  const language =
    languages.length > 1
      ? resolveLanguage(languages, options.language ? [options.language] : platform.languages(), config.defaultLanguage ?? 'en')
      : languages[0]!;

  const events = createEmitter();
  const storage = options.storage ?? cookieStorage({ ...config.cookie, days: model.expiresAfterDays }, () => platform.document);
  const persistence = createPersistence(model, storage, events);
  const t0 = now();
  const stored = persistence.read(t0);
  const store = createStore(deriveState(model, stored, { now: t0, gpc, persisted: true }), options.initialState, events);
  // Late-bound: the browser side needs the actions, the actions broadcast through the browser side.
  let broadcast = (_value: string | null): void => {};
  const actions = createActions({
    model,
    store,
    events,
    persistence,
    now,
    gpc,
    language,
    onRecord: options.onRecord,
    stored,
    broadcast: (v) => broadcast(v),
    afterFrame: (task) => (platform.document ? platform.afterFrame(task) : task()),
  });
  const browser = createBrowserSide({
    platform,
    model,
    store,
    events,
    actions,
    now,
    gpc,
    reloadOnRevoke: options.reloadOnRevoke !== false,
    crossTab: options.crossTab !== false,
    nonce: options.nonce,
    // A sink that queues undelivered records (beaconRecordSink) delivers them on a later page.
    flushRecords: () => (options.onRecord as { flush?: () => Promise<void> } | undefined)?.flush?.().catch((error: unknown) => events.fail('record', error)),
  });
  broadcast = browser.broadcast;

  const { commit: _commit, ...storeApi } = store;
  const manager = {
    config,
    language,
    texts: resolveTexts(config, language),
    // getSnapshot, getServerSnapshot, getUiState, getServerUiState, subscribe, open/closePreferences
    ...storeApi,
    hasConsent: (id: string) => isGranted(store.getSnapshot(), id),
    acceptAll: actions.acceptAll,
    rejectAll: actions.rejectAll,
    save: actions.save,
    grant: actions.grant,
    reset: actions.reset,
    refresh: actions.refresh,
    on: events.on,
    mount: browser.mount,
  } as unknown as ConsentManager<C, S>;
  // Plugins (Google Consent Mode: R16, R17) attach now, before anything else can subscribe, so the
  // default goes to dataLayer before any gated tag and each update precedes the tags it unlocks.
  for (const plugin of plugins) {
    // A hostile page (a frozen or non-array dataLayer, say) must not crash the page: report it, go on.
    try {
      plugin.setup(manager as unknown as ConsentManager, platform);
    } catch (error) {
      events.fail('plugin', error);
    }
  }
  events.ready();
  return manager;
}
