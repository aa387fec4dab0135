import type { ConsentChoice, ConsentConfig, ConsentIdOf, ConsentMethod, ConsentState, ConsentStorage } from './types';
import type { ConsentTexts } from './i18n/texts';
import type { ConsentRecord, ConsentRecordSink } from './records';
import { buildModel, type ConsentModel } from './model';
import { validateConsentConfig } from './validateConfig';
import { decodeConsent, encodeConsent, type StoredConsent } from './encoding';
import { deriveState, diffGrants, isGranted, sameState } from './state';
import { cookieStorage } from './storage/cookieStorage';
import { readGpcSignal, randomConsentId } from './env';
import { availableLanguages, browserLanguageCandidates, resolveLanguage, resolveTexts } from './i18n/resolve';
import { startBrowserSide } from './dom/mount';
import { attachConsentMode } from './consentMode';
import type { RevocationReport } from './dom/revocation';

const DAY_MS = 86_400_000;

/** What the banner and dialog show; a stable snapshot like {@link ConsentState}. */
export interface ConsentUiState {
  /** The first layer is shown: no valid decision yet (R1, R11). */
  readonly bannerVisible: boolean;
  /** The preferences dialog is open. */
  readonly preferencesOpen: boolean;
}

/** Payload of the `change` event. */
export interface ConsentChangeEvent<C extends string = string, S extends string = string> {
  state: ConsentState<C, S>;
  previous: ConsentState<C, S>;
  /** Category and service ids that became granted. */
  granted: string[];
  /** Category and service ids that became denied (revocation acts on these: R13). */
  revoked: string[];
}

/** Payload of the `error` event: something failed but the page goes on (R30). */
export interface ConsentErrorEvent {
  /** `storage-read`, `storage-write`, `storage-verify`, `storage-clear`, `record`, `hook`, `gating`, ... */
  kind: string;
  message: string;
  error?: unknown;
}

/** Events a manager emits. */
export interface ConsentEventMap<C extends string = string, S extends string = string> {
  change: ConsentChangeEvent<C, S>;
  record: ConsentRecord;
  error: ConsentErrorEvent;
  /** A withdrawal deleted cookies and storage keys; lists what could not be removed (R13, R32). */
  revocation: RevocationEvent;
}

/** Payload of the `revocation` event. */
export interface RevocationEvent extends RevocationReport {
  /** A withdrawn service's script already ran on this page: only a reload stops it (R13). */
  needsReload: boolean;
}

/** Options of {@link createConsentManager}. */
export interface ConsentManagerOptions<C extends string = string, S extends string = string> {
  /** Where the decision is kept. Default: a first-party cookie built from `config.cookie`. */
  storage?: ConsentStorage;
  /** Explicit UI language (BCP 47). Default: `<html lang>`, then `navigator.languages`, then `config.defaultLanguage`. */
  language?: string;
  /** Override GPC detection (tests, or the server's `Sec-GPC` reading). Default: `navigator.globalPrivacyControl === true`. */
  gpc?: boolean;
  /** Clock, epoch ms. Default `Date.now`. */
  now?: () => number;
  /** The snapshot the server rendered with (`readConsent` from `@introw/consent-core/server`); used as the server snapshot for hydration. */
  initialState?: ConsentState<C, S>;
  /** Receives every consent record (R14). See `beaconRecordSink`. */
  onRecord?: ConsentRecordSink;
  /** Share decisions with the site's other open tabs (BroadcastChannel). Default true. */
  crossTab?: boolean;
  /**
   * Reload the page once when a withdrawn service's script already ran on it (a running script
   * cannot be unloaded: R13). Default true; when false, the `revocation` event says `needsReload`.
   */
  reloadOnRevoke?: boolean;
}

/**
 * The consent store and its controls. A `useSyncExternalStore`-compatible store (`subscribe`,
 * `getSnapshot`, `getServerSnapshot`) plus the visitor's actions.
 */
export interface ConsentManager<C extends string = string, S extends string = string> {
  readonly config: ConsentConfig<C, S>;
  /** The language the texts are in. */
  readonly language: string;
  /** The resolved UI texts for {@link ConsentManager.language}. */
  readonly texts: ConsentTexts;
  /** Current snapshot; the same reference until something changes. */
  getSnapshot(): ConsentState<C, S>;
  /** The snapshot the server rendered with (`initialState`, else the first snapshot). */
  getServerSnapshot(): ConsentState<C, S>;
  /** Banner / dialog state; the same reference until it changes. */
  getUiState(): ConsentUiState;
  /** The UI state matching {@link ConsentManager.getServerSnapshot}. */
  getServerUiState(): ConsentUiState;
  /** Calls `listener` after every change of the snapshot or the UI state; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** True when the category or service is granted. Unknown ids are never granted. */
  hasConsent(id: ConsentIdOf<ConsentConfig<C, S>>): boolean;
  /** Grants every category and service (GPC-covered ones stay off while GPC is on: R22). */
  acceptAll(): void;
  /** Grants only the required categories (R3). */
  rejectAll(): void;
  /** Stores a custom choice; unlisted categories are denied, services follow their category unless listed. */
  save(choice: ConsentChoice<C, S>): void;
  /**
   * Grants one more category (with its services) or one service, keeping every other current
   * choice: the "Allow" button of a gated embed. It records a custom decision, so an undecided
   * visitor counts as having decided (everything else stays denied, as with "Reject all").
   * Unknown ids are ignored.
   */
  grant(id: ConsentIdOf<ConsentConfig<C, S>>): void;
  /** Withdraws everything and forgets the decision; the banner shows again (R12, R13). */
  reset(): void;
  /** Opens the preferences dialog (the "Cookie settings" control: R12). */
  openPreferences(): void;
  /** Closes the preferences dialog without deciding. */
  closePreferences(): void;
  /** Subscribes to `change`, `record` or `error`; returns the unsubscribe function. */
  on<K extends keyof ConsentEventMap<C, S>>(type: K, handler: (event: ConsentEventMap<C, S>[K]) => void): () => void;
  /** Starts the browser side (script and embed gating, cross-tab sync); returns the stop function. Safe to call repeatedly. */
  mount(): () => void;
  /** Re-reads the storage (another tab decided, or a test changed the cookie). */
  refresh(): void;
}

/**
 * Creates the consent store for a site: reads the stored decision (fail-closed), exposes the
 * snapshot, and records every decision. Touches no browser API until used; `mount()` starts
 * the browser side.
 *
 * @param config - From {@link defineConsentConfig}.
 * @param options - `{ storage?, language?, gpc?, now?, initialState?, onRecord?, crossTab? }`.
 * @throws {ConsentConfigError} When the config is invalid; lists every problem with its path.
 * @example
 * ```ts
 * const consent = createConsentManager(config);
 * consent.subscribe(() => console.log(consent.getSnapshot()));
 * consent.acceptAll();
 * consent.hasConsent('analytics'); // true
 * ```
 * @remarks R1, R4, R10, R11, R14, R22, R30: COMPLIANCE.md.
 */
export function createConsentManager<C extends string, S extends string>(
  config: ConsentConfig<C, S>,
  options: ConsentManagerOptions<C, S> = {},
): ConsentManager<C, S> {
  validateConsentConfig(config);
  const model: ConsentModel = buildModel(config);
  const storage: ConsentStorage =
    options.storage ?? cookieStorage({ ...config.cookie, days: model.expiresAfterDays });
  const now = options.now ?? Date.now;
  const gpc = options.gpc ?? readGpcSignal();
  const languages = availableLanguages(config);
  const language = resolveLanguage(
    languages,
    [options.language, ...(options.language ? [] : browserLanguageCandidates())],
    config.defaultLanguage ?? 'en',
  );
  const texts = resolveTexts(config, language);

  const listeners = new Set<() => void>();
  const handlers: { [K in keyof ConsentEventMap]?: Set<(e: ConsentEventMap[K]) => void> } = {};
  const emit = <K extends keyof ConsentEventMap>(type: K, event: ConsentEventMap[K]): void => {
    for (const h of [...(handlers[type] ?? [])] as ((e: ConsentEventMap[K]) => void)[]) {
      try {
        h(event);
      } catch (error) {
        if (type !== 'error') emit('error', { kind: 'listener', message: `A ${type} handler threw`, error });
      }
    }
  };
  // Errors during construction are emitted on the next microtask, so `consent.on('error')` right after creation hears them.
  let constructing = true;
  const fail = (kind: string, message: string, error?: unknown): void => {
    if (constructing) queueMicrotask(() => emit('error', { kind, message, error }));
    else emit('error', { kind, message, error });
  };

  let persisted = true;
  let stored: StoredConsent | null = null;

  const readStored = (): StoredConsent | null => {
    try {
      return decodeConsent(storage.read(), model, now());
    } catch (error) {
      fail('storage-read', 'Could not read the stored consent; treating it as no decision', error);
      return null;
    }
  };

  stored = readStored();
  let state = deriveState(model, stored, { now: now(), gpc, persisted }) as ConsentState<C, S>;
  const serverState = options.initialState ?? state;
  let preferencesOpen = false;
  const uiFor = (s: ConsentState, open: boolean): ConsentUiState => Object.freeze({ bannerVisible: !s.decided, preferencesOpen: open });
  let ui = uiFor(state, preferencesOpen);
  const serverUi = uiFor(serverState, false);

  const notify = (): void => {
    for (const l of [...listeners]) l();
  };

  const setUi = (open: boolean): boolean => {
    const next = uiFor(state, open);
    preferencesOpen = open;
    if (next.bannerVisible === ui.bannerVisible && next.preferencesOpen === ui.preferencesOpen) return false;
    ui = next;
    return true;
  };

  const commit = (next: ConsentState<C, S>, open: boolean): void => {
    const previous = state;
    const stateChanged = !sameState(previous, next);
    if (stateChanged) state = next;
    const uiChanged = setUi(open);
    if (stateChanged || uiChanged) notify();
    if (stateChanged) {
      const { granted, revoked } = diffGrants(previous, next);
      emit('change', { state: next, previous, granted, revoked } as ConsentChangeEvent);
    }
  };

  const record = (method: ConsentRecord['method'], s: ConsentState, id: string): void => {
    const entry: ConsentRecord = {
      consentId: id,
      timestamp: new Date(now()).toISOString(),
      revision: model.config.revision,
      method,
      categories: { ...s.categories },
      services: { ...s.services },
      language,
      gpc,
    };
    emit('record', entry);
    if (options.onRecord) {
      try {
        Promise.resolve(options.onRecord(entry)).catch((error) => fail('record', 'The record sink failed', error));
      } catch (error) {
        fail('record', 'The record sink failed', error);
      }
    }
  };

  let channel: { post(value: string | null): void } | null = null;

  const decide = (granted: Set<string>, method: ConsentMethod): void => {
    const t = now();
    const id = state.id ?? stored?.id ?? randomConsentId();
    const next: StoredConsent = {
      revision: model.config.revision,
      id,
      decidedAt: t,
      expiresAt: t + model.expiresAfterDays * DAY_MS,
      method,
      gpcAtDecision: gpc,
      fingerprint: model.fingerprint,
      granted,
    };
    const value = encodeConsent(next, model);
    persisted = true;
    try {
      storage.write(value, { expiresAt: new Date(next.expiresAt) });
      let readBack: string | null = null;
      try {
        readBack = storage.read();
      } catch {
        readBack = null;
      }
      if (readBack !== value) {
        persisted = false;
        fail('storage-verify', 'The consent was written but could not be read back (cookie blocked or dropped); it applies to this page only');
      }
    } catch (error) {
      persisted = false;
      fail('storage-write', 'Could not store the consent; it applies to this page only', error);
    }
    // Re-decode what we encoded so that the in-memory state is exactly what a reload computes.
    stored = decodeConsent(value, model, t) ?? next;
    const s = deriveState(model, stored, { now: t, gpc, persisted }) as ConsentState<C, S>;
    commit(s, false);
    record(method, s, id);
    if (persisted) channel?.post(value);
  };

  const grantable = (ids: readonly string[], skipGpc: boolean): string[] =>
    ids.filter((id) => !(skipGpc && gpc && model.gpcOptOut.has(id)));

  const nonRequiredCategories = model.categoryIds.filter((id) => !model.requiredCategories.has(id));
  const nonRequiredServices = model.serviceIds.filter((id) => !model.requiredCategories.has(model.serviceCategory.get(id)!));

  const manager: ConsentManager<C, S> = {
    config,
    language,
    texts,
    getSnapshot: () => state,
    getServerSnapshot: () => serverState,
    getUiState: () => ui,
    getServerUiState: () => serverUi,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    hasConsent: (id) => isGranted(state, id as string),
    acceptAll() {
      decide(new Set([...grantable(nonRequiredCategories, true), ...grantable(nonRequiredServices, true)]), 'accept-all');
    },
    rejectAll() {
      decide(new Set(), 'reject-all');
    },
    save(choice) {
      const granted = new Set<string>();
      const cats = choice.categories;
      const catOn = (id: string): boolean =>
        Array.isArray(cats) ? cats.includes(id) : (cats as Record<string, boolean> | undefined)?.[id] === true;
      for (const id of nonRequiredCategories) if (catOn(id)) granted.add(id);
      const services = (choice.services ?? {}) as Record<string, boolean | undefined>;
      for (const id of nonRequiredServices) {
        const explicit = services[id];
        if (explicit === true || (explicit === undefined && granted.has(model.serviceCategory.get(id)!))) granted.add(id);
      }
      decide(granted, 'custom');
    },
    grant(id) {
      const key = id as string;
      const granted = new Set<string>();
      for (const c of nonRequiredCategories) if (state.categories[c as C]) granted.add(c);
      for (const sid of nonRequiredServices) if (state.services[sid as S]) granted.add(sid);
      if (model.categoryIds.includes(key)) for (const sid of [key, ...(model.servicesOf.get(key) ?? [])]) granted.add(sid);
      else if (model.serviceIds.includes(key)) granted.add(key);
      else return;
      for (const r of model.requiredCategories) granted.delete(r);
      decide(granted, 'custom');
    },
    reset() {
      const id = state.id ?? stored?.id;
      try {
        storage.clear();
      } catch (error) {
        fail('storage-clear', 'Could not clear the stored consent', error);
      }
      stored = null;
      const s = deriveState(model, null, { now: now(), gpc, persisted }) as ConsentState<C, S>;
      commit(s, false);
      if (id) record('withdrawal', s, id);
      channel?.post(null);
    },
    openPreferences() {
      if (setUi(true)) notify();
    },
    closePreferences() {
      if (setUi(false)) notify();
    },
    on(type, handler) {
      const set = (handlers[type] ??= new Set() as never) as Set<typeof handler>;
      set.add(handler);
      return () => {
        set.delete(handler);
      };
    },
    refresh() {
      stored = readStored();
      commit(deriveState(model, stored, { now: now(), gpc, persisted }) as ConsentState<C, S>, preferencesOpen);
    },
    mount: () => mountOnce(),
  };

  let mounts = 0;
  let stopBrowser: (() => void) | null = null;
  const mountOnce = (): (() => void) => {
    mounts++;
    if (mounts === 1) {
      // A sink that queues undelivered records (beaconRecordSink) delivers them on a later page.
      void (options.onRecord as { flush?: () => Promise<void> } | undefined)?.flush?.().catch((error: unknown) => fail('record', 'Flushing queued records failed', error));
      const started = startBrowserSide(manager as unknown as ConsentManager, model, {
        crossTab: options.crossTab !== false,
        reloadOnRevoke: options.reloadOnRevoke !== false,
        onRevocation: (report) => emit('revocation', report),
        onRemoteValue: (value) => {
          const remote = value === null ? null : decodeConsent(value, model, now());
          // Prefer what storage says; fall back to the message (storage may be blocked here).
          const local = readStored();
          stored = value === null ? local : local && local.decidedAt >= (remote?.decidedAt ?? 0) ? local : remote;
          commit(deriveState(model, stored, { now: now(), gpc, persisted }) as ConsentState<C, S>, preferencesOpen);
        },
        fail,
      });
      channel = started.channel;
      stopBrowser = started.stop;
    }
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      mounts--;
      if (mounts === 0 && stopBrowser) {
        stopBrowser();
        stopBrowser = null;
        channel = null;
      }
    };
  };

  // Google Consent Mode (R16, R17): the default goes to dataLayer now, before any gated tag, and
  // its change handler is registered before mount()'s, so an update precedes the tags it unlocks.
  attachConsentMode(manager as unknown as ConsentManager);
  constructing = false;
  return manager;
}
