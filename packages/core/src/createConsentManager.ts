import type { ConsentChoice, ConsentConfig, ConsentIdOf, ConsentMethod, ConsentState, ConsentStorage } from './types';
import type { ConsentTexts } from './i18n/texts';
import type { ConsentRecord, ConsentRecordSink } from './records';
import { buildModel, DAY_MS } from './model';
import { ownValue } from './own';
import { validateConsentConfig } from './validateConfig';
import { ConsentConfigError } from './errors';
import { decodeConsent, decodeCopies, encodeConsent, type StoredConsent } from './encoding';
import { deriveState, diffGrants, isGranted } from './state';
import { cookieStorage } from './storage/cookieStorage';
import { getDocument, getWindow, readGpcSignal, randomConsentId, warnOnce, whenIdle } from './env';
import { availableLanguages, browserLanguageCandidates, resolveLanguage, resolveTexts } from './i18n/resolve';
import { CONSENT_MODE_PLUGIN } from './consentMode';
import type { RevocationReport } from './dom/revocation';
import type { Withdrawals } from './dom/withdrawals';
import { createScriptActivator, ownScripts, pageNonce } from './dom/scripts';
import { syncEmbeds } from './dom/embeds';
import { EMBED_SELECTOR, SCRIPT_SELECTOR } from './dom/gatedElements';

/** `setTimeout` takes at most 2^31-1 ms (about 24.8 days); the on-demand module re-arms longer waits. */
const MAX_TIMEOUT_MS = 2_147_483_647;


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
  /** `storage-read`, `storage-write`, `storage-verify`, `storage-clear`, `record`, `listener`, `hook`, `gating`, `cross-tab`, `revocation`, `plugin`, `module` (an on-demand module could not load). */
  kind: string;
  /** What failed and what it means, in development builds; in production builds the `kind` (a short code). */
  message: string;
  /** What was thrown, when something threw. */
  error?: unknown;
}

/**
 * An optional feature a site opts into by importing it, so sites that do not use it do not
 * ship its code: e.g. {@link googleConsentMode}. Passed in {@link ConsentManagerOptions.plugins}.
 */
export interface ConsentPlugin {
  /** Identifies the plugin (e.g. `google-consent-mode`), for warnings about a missing plugin. */
  readonly name: string;
  /**
   * Called once by {@link createConsentManager}, in `plugins` order, before it returns and
   * before anything else can subscribe: a plugin's `change` handler runs before the one
   * `mount()` adds (which activates gated scripts).
   */
  setup(manager: ConsentManager): void;
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
  /**
   * The page's CSP nonce: only `<script type="text/plain">` placeholders carrying it are
   * activated. Default: the nonce of the first executable script on the page that has one; none
   * on the page means every placeholder is trusted (core README, "Security model").
   */
  nonce?: string;
  /** Opt-in features, e.g. `[googleConsentMode()]` (Google Consent Mode v2, R16-R20). Default none. */
  plugins?: readonly ConsentPlugin[];
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
  /**
   * Starts the browser side (script and embed gating, cross-tab sync); returns the stop function.
   * Safe to call repeatedly. With nothing optional granted, gating starts in the next task (or at
   * the first change): see {@link createConsentManager}.
   */
  mount(): () => void;
  /** Re-reads the storage (another tab decided, or a test changed the cookie). */
  refresh(): void;
}

/** The `error` event's `message` in development builds, by kind (production builds use the kind). */
function devErrorMessage(kind: string): string {
  return ({
    'storage-read': 'Could not read the stored consent; treating it as no decision',
    'storage-write': 'Could not store the consent; it applies to this page only',
    'storage-verify': 'The consent was written but could not be read back (cookie blocked or dropped); it applies to this page only',
    'storage-clear': 'Could not clear the stored consent',
    record: 'The record sink failed',
    listener: 'An event handler threw',
    hook: "A service's onGrant or onRevoke hook threw",
    gating: 'Activating gated scripts or embeds failed',
    'cross-tab': 'BroadcastChannel unavailable; decisions are not shared with other tabs',
    revocation: 'Deleting the withdrawn cookies or storage keys failed (storage blocked); the reload, when needed, still happens',
    plugin: 'A plugin failed to start (e.g. a non-array window.dataLayer); the page goes on without it',
    module:
      'The on-demand withdrawal module could not be loaded or started (offline, or removed by a deploy): this withdrawal was not swept here and no `revocation` event follows; a needed reload still happens, the next change tries again, and the next page sweeps what is left',
  } as Record<string, string>)[kind]!;
}

/**
 * Creates the consent store for a site: reads the stored decision (fail-closed), exposes the
 * snapshot, and records every decision. Touches no browser API until used; `mount()` starts
 * the browser side. Opt-in features (Google Consent Mode) come as `plugins`.
 *
 * In development builds the config is validated in full (see {@link validateConsentConfig});
 * production builds (`process.env.NODE_ENV === 'production'`) only check that it has
 * `categories` and no service id that is also a category id. Either way nothing but required
 * categories is granted without a decision (R4).
 *
 * `mount()` starts cross-tab sync at once, then, in this order: `onGrant` of granted services
 * (once per page, across remounts); activation of consented scripts and embeds, now and on every change, also for
 * elements added later (MutationObserver, `data-src` changes); on every granted -> denied
 * change (a choice, `reset()`, a lapse, another tab) the `onRevoke` hooks and embeds unloaded
 * at once; a re-read when the page comes back from the back/forward cache. When nothing
 * optional is granted at mount (a first visit, a refusal), all of this but cross-tab sync starts
 * in a task of its own right after the one that called `mount()`, or at the first change if that
 * comes sooner (then exactly as if it had been running): the first paint needs none of it, and
 * only a required category's elements could be activated.
 *
 * The rest lives in a module loaded on demand, only when there is something to do: at the first
 * change; once the browser is idle after first paint (at the latest 500 ms later) when what the
 * previous page view granted differs from what this one grants; or when the decision lapses
 * while the page is open. A first visit, or a returning visitor whose choice still stands,
 * never loads it. It
 * sweeps the withdrawn ids' cookies and storage keys after each withdrawal (a `revocation`
 * event, a few milliseconds after the change) and, when a withdrawn script already ran,
 * reloads once (`reloadOnRevoke`) or reports `needsReload: true`; sweeps what the previous
 * page granted and this one did not at mount (a lapse, a new revision, a withdrawal on another
 * subdomain: `trigger: 'load'`, no hooks); and arms a timer (with `visibilitychange`) that
 * notices when the decision lapses while the page is open. When the module cannot load
 * (offline), an `error` event (`module`) says so, a needed reload still happens and the next
 * change tries again.
 * Plugins attach before all of this. On a server (no `document`) `mount()` does nothing.
 *
 * @param config - From {@link defineConsentConfig}.
 * @param options - `{ storage?, language?, gpc?, now?, initialState?, onRecord?, crossTab?, reloadOnRevoke?, plugins? }`.
 * @throws {ConsentConfigError} When the config is invalid; lists every problem with its path.
 * @example
 * ```ts
 * const consent = createConsentManager(config, { plugins: [googleConsentMode()] });
 * consent.subscribe(() => console.log(consent.getSnapshot()));
 * consent.acceptAll();
 * consent.hasConsent('analytics'); // true
 * ```
 * @remarks R1, R4, R10-R14, R20, R22, R27, R28, R30, R32: COMPLIANCE.md.
 */
export function createConsentManager<C extends string, S extends string>(
  input: ConsentConfig<C, S>,
  given: ConsentManagerOptions<C, S> = {},
): ConsentManager<C, S> {
  // Own properties only: a polluted Object.prototype cannot supply a storage, a GPC value or a config field.
  const options: ConsentManagerOptions<C, S> = Object.assign(Object.create(null), given);
  const plugins = options.plugins ?? [];
  if (process.env.NODE_ENV !== 'production') {
    validateConsentConfig(input);
    if (input.googleConsentMode && !plugins.some((p) => p.name === CONSENT_MODE_PLUGIN)) {
      warnOnce(
        'config.googleConsentMode is set, but Google Consent Mode is an opt-in import, so nothing is pushed to dataLayer. ' +
          "Pass the plugin: `import { googleConsentMode } from '@introw/consent-core'` and " +
          '`createConsentManager(config, { plugins: [googleConsentMode()] })` (React: `<ConsentProvider options={{ plugins: [googleConsentMode()] }}>`).',
      );
    }
  }
  // Fail closed in production too: no categories, or a service id that is also a category id
  // (it could grant one through the other). Development builds named the problem above.
  const model = input?.categories && buildModel(input);
  const config = model && (model.config as ConsentConfig<C, S>);
  if (!model || model.serviceIds.some((id) => model.servicesOf.has(id))) {
    throw new ConsentConfigError([{ path: 'categories', message: 'missing, or a service id equals a category id' }]);
  }
  const { optional, serviceCategory, servicesOf } = model;
  const storage = options.storage ?? cookieStorage({ ...config.cookie, days: model.expiresAfterDays });
  const now = options.now ?? Date.now;
  // The server read `Sec-GPC: 1` and rendered with it: honoured here too, also where the browser
  // exposes no navigator.globalPrivacyControl (R21, R22).
  const gpc = options.gpc ?? (readGpcSignal() || options.initialState?.gpc === true);
  const languages = availableLanguages(config);
  // One language needs no browser preferences (reading them costs a main-thread round trip).
  const language =
    languages.length > 1
      ? resolveLanguage(languages, options.language ? [options.language] : browserLanguageCandidates(), config.defaultLanguage ?? 'en')
      : languages[0]!;

  type Handler = (event: never) => void;
  const listeners = new Set<() => void>();
  const handlers: Record<string, Set<Handler>> = {};
  const on = (type: string, handler: Handler): (() => void) => {
    const set = (handlers[type] ??= new Set());
    set.add(handler);
    return () => {
      set.delete(handler);
    };
  };
  const emit = (type: string, event: unknown): void => {
    for (const h of [...(handlers[type] ?? [])]) {
      try {
        h(event as never);
      } catch (error) {
        if (type !== 'error') fail('listener', error);
      }
    }
  };
  // Errors during construction are emitted on the next microtask, so `consent.on('error')` right after creation hears them.
  let constructing = true;
  const fail = (kind: string, error?: unknown): void => {
    const event: ConsentErrorEvent = { kind, message: process.env.NODE_ENV !== 'production' ? devErrorMessage(kind) : kind, error };
    if (constructing) queueMicrotask(() => emit('error', event));
    else emit('error', event);
  };

  let persisted = true;
  let stored: StoredConsent | null = null;
  /** Every stored value (duplicates in several cookie scopes included). */
  const values = (): (string | null)[] => (storage.readAll ? storage.readAll() : [storage.read()]);
  const readStored = (): StoredConsent | null => {
    try {
      return decodeCopies(values(), model, now());
    } catch (error) {
      fail('storage-read', error);
      return null;
    }
  };
  const derive = (t = now()) => deriveState(model, stored, { now: t, gpc, persisted }) as ConsentState<C, S>;

  stored = readStored();
  let state = derive();
  let stateJson = JSON.stringify(state);
  const has = (id: string): boolean => isGranted(state, id);
  const isService = (id: string): boolean => serviceCategory.has(id);
  const serverState = options.initialState ?? state;
  let preferencesOpen = false;
  const uiFor = (s: ConsentState, open: boolean): ConsentUiState => Object.freeze({ bannerVisible: !s.decided, preferencesOpen: open });
  let ui = uiFor(state, false);
  const serverUi = uiFor(serverState, false);

  const notify = (): void => {
    for (const l of [...listeners]) l();
  };
  /** Sets the UI state for the current snapshot; true when it changed. */
  const setUi = (open: boolean): boolean => {
    preferencesOpen = open;
    if (ui.bannerVisible === !state.decided && ui.preferencesOpen === open) return false;
    ui = uiFor(state, open);
    return true;
  };
  const commit = (next: ConsentState<C, S>, open = preferencesOpen): void => {
    const previous = state;
    const json = JSON.stringify(next);
    const changed = json !== stateJson;
    if (changed) {
      state = next;
      stateJson = json;
    }
    if (setUi(open) || changed) notify();
    if (changed) emit('change', { state: next, previous, ...diffGrants(previous, next) });
  };
  const refresh = (): void => {
    stored = readStored();
    commit(derive());
  };

  const record = (method: ConsentRecord['method'], id: string): void => {
    const entry: ConsentRecord = {
      consentId: id,
      timestamp: new Date(now()).toISOString(),
      revision: model.revision,
      method,
      categories: { ...state.categories },
      services: { ...state.services },
      language,
      gpc,
    };
    emit('record', entry);
    try {
      options.onRecord && Promise.resolve(options.onRecord(entry)).catch((error) => fail('record', error));
    } catch (error) {
      fail('record', error);
    }
  };

  /** The cross-tab channel while mounted. */
  let channel: BroadcastChannel | null = null;

  const decide = (granted: Set<string>, method: ConsentMethod): void => {
    // Whole seconds, as stored: the in-memory state is exactly what a reload computes.
    const t = Math.floor(now() / 1000) * 1000;
    const id = state.id ?? stored?.id ?? randomConsentId();
    const next: StoredConsent = {
      revision: model.revision,
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
    } catch (error) {
      persisted = false;
      fail('storage-write', error);
    }
    // A blocked or dropped write is found by reading it back (R30).
    const verify = (): void => {
      let back: StoredConsent | null = null;
      try {
        back = decodeCopies(values(), model, t);
      } catch {
        // unreadable: not stored
      }
      if (!back || encodeConsent(back, model) !== value) {
        persisted = false;
        fail('storage-verify');
      }
    };
    stored = next;
    // A decision that only grants is applied first and verified after its scripts are inserted;
    // one that revokes is verified first, since a reload (reloadOnRevoke) needs it stored.
    const late = persisted && !diffGrants(state, derive(t)).revoked.length;
    if (persisted && !late) verify();
    commit(derive(t), false);
    if (late) {
      verify();
      commit(derive(t), false); // nothing changes when the read-back matched
    }
    record(method, id);
    if (persisted) channel?.postMessage({ value });
  };

  /**
   * Gating, hooks and the on-demand withdrawal module (see the TSDoc above); returns its stop
   * function. `pending`: the change that started it late (see `startBrowser`), handled as if it
   * had been running before that change.
   */
  const startGating = (doc: Document, win: Window, pending?: ConsentChangeEvent): (() => void) => {
    const scripts = createScriptActivator(doc, has, (error) => fail('gating', error), options.nonce ?? pageNonce(doc));
    const markerKey = `${model.cookieName}:granted`;
    const hooks = model.granted;

    const runHook = (id: string, hook: 'onGrant' | 'onRevoke'): void => {
      hooks[hook === 'onGrant' ? 'add' : 'delete'](id);
      try {
        model.services[id]![hook]?.({ serviceId: id, categoryId: serviceCategory.get(id)! });
      } catch (error) {
        fail('hook', error);
      }
    };
    // Consented scripts start at once, before anything else this change does (e.g. the
    // stored-cookie check of "Accept all").
    const sync = (): void => {
      try {
        scripts.activate(true);
        syncEmbeds(doc, has);
      } catch (error) {
        fail('gating', error);
      }
    };

    // Hooks of services granted when the page starts (once per page), then gated elements.
    // Started late, nothing optional was granted at mount.
    const grantedAtMount = pending ? [] : optional.filter(has).sort();
    for (const id of grantedAtMount) if (isService(id) && !hooks.has(id)) runHook(id, 'onGrant');
    sync();

    // Sweeping, the marker of granted ids and the lapse timer (dom/withdrawals) matter only once
    // something was decided or granted: loaded on demand, so a first visit does not download it.
    let stopped = false;
    let withdrawals: Withdrawals | undefined;
    let loading: Promise<void> | undefined;
    const withWithdrawals = (task?: (w: Withdrawals) => void, onFailure?: () => void): void => {
      loading ??= import('./dom/withdrawals')
        .then(({ startWithdrawals }) => {
          if (stopped) return;
          withdrawals = startWithdrawals({
            doc,
            win,
            model,
            markerKey,
            grantedAtMount,
            state: () => state,
            readStored,
            now,
            gpc,
            reloadOnRevoke: options.reloadOnRevoke !== false,
            refresh,
            emit,
            fail,
          });
        })
        .catch((error: unknown) => {
          // Offline, or a chunk removed by a deploy: say so; the next change tries again.
          loading = undefined;
          fail('module', error);
        });
      if (withdrawals) task?.(withdrawals);
      else
        void loading.then(() => {
          if (withdrawals) task?.(withdrawals);
          else if (!stopped) onFailure?.();
        });
    };
    // Loaded only when there is something to do: what the previous page view granted differs
    // from now (a lapse, a new revision, a withdrawal on another subdomain: at idle), a change,
    // or the decision lapsing while the page is open (a timer, or the page coming back on screen).
    let marker: string | null = null;
    try {
      marker = win.localStorage.getItem(markerKey);
    } catch {
      // No localStorage (R30): what a previous page granted is unknown; the module finds out.
    }
    if ((marker ?? '[]') !== JSON.stringify(grantedAtMount)) whenIdle(() => stopped || withWithdrawals());
    const lapseTimer = state.decided ? setTimeout(() => withWithdrawals(), Math.min(Date.parse(state.expiresAt!) - Date.now(), MAX_TIMEOUT_MS)) : undefined;

    const onChange = ({ granted, revoked }: ConsentChangeEvent): void => {
      for (const id of granted) if (isService(id)) runHook(id, 'onGrant');
      for (const id of revoked) if (isService(id)) runHook(id, 'onRevoke');
      sync();
      const needsReload = revoked.some((id) => scripts.ranIds.has(id));
      withWithdrawals(
        (w) => w.change(revoked, needsReload),
        // The module could not load (offline): a withdrawn script that ran is still stopped (R13).
        () => needsReload && options.reloadOnRevoke !== false && state.persisted && win.location.reload(),
      );
    };
    const offChange = on('change', onChange as Handler);

    // Restored from the back/forward cache: another tab may have decided meanwhile. Back on
    // screen (timers may have slept): the decision may have lapsed.
    const onShow = (event: Event): void => {
      if ((event as PageTransitionEvent).persisted) refresh();
      else if (doc.visibilityState === 'visible' && state.decided && Date.parse(state.expiresAt!) <= Date.now()) withWithdrawals();
    };
    win.addEventListener('pageshow', onShow);
    doc.addEventListener('visibilitychange', onShow);

    // Scripts and embeds added later, and embeds whose data-src / id changes. Our own script
    // copies are skipped (querySelector on an element without children returns at once).
    const gated = `${SCRIPT_SELECTOR},${EMBED_SELECTOR}`;
    const relevant = (n: Node): boolean => n.nodeType === 1 && !ownScripts.has(n as Element) && ((n as Element).matches(gated) || !!(n as Element).querySelector(gated));
    let scheduled = false;
    const observer = new MutationObserver((mutations) => {
      if (!scheduled && mutations.some((m) => (m.type === 'attributes' ? (m.target as Element).matches(EMBED_SELECTOR) : [...m.addedNodes].some(relevant)))) {
        scheduled = true;
        queueMicrotask(() => {
          scheduled = false;
          sync();
        });
      }
    });
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-src', 'data-category', 'data-service'],
    });

    if (pending) onChange(pending);

    return () => {
      offChange();
      stopped = true; // a deferred start that has not run yet no longer does
      withdrawals?.stop();
      clearTimeout(lapseTimer);
      observer.disconnect();
      win.removeEventListener('pageshow', onShow);
      doc.removeEventListener('visibilitychange', onShow);
    };
  };

  /** The browser side (see the TSDoc above); returns its stop function. */
  const startBrowser = (): (() => void) => {
    const doc = getDocument();
    const win = getWindow();
    if (!doc || !win) return () => {};
    // Cross-tab: another tab's decision (or withdrawal, `null`) applies here without a reload.
    if (options.crossTab !== false && typeof BroadcastChannel !== 'undefined') {
      try {
        channel = new BroadcastChannel(`introw-consent:${model.cookieName}`);
        channel.onmessage = (e: MessageEvent) => {
          const value = ownValue(e.data, 'value');
          if (value !== null && typeof value !== 'string') return;
          const remote = value === null ? null : decodeConsent(value, model, now());
          // Prefer what storage says; fall back to the message (storage may be blocked here).
          const local = readStored();
          stored = value === null || (local && local.decidedAt >= (remote?.decidedAt ?? 0)) ? local : remote;
          commit(derive());
        };
      } catch (error) {
        fail('cross-tab', error);
      }
    }

    // Nothing optional granted (a first visit, a refusal): only a required category's elements
    // could be activated and the first paint needs none of it, so gating starts in a task of its
    // own, or at the first change if that comes sooner (4x CPU budget, issue 7).
    let stopGating: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = (pending?: ConsentChangeEvent): void => {
      clearTimeout(timer);
      offStart();
      stopGating ??= startGating(doc, win, pending);
    };
    const offStart = on('change', start as Handler);
    if (optional.some(has)) start();
    else timer = setTimeout(start, 0);

    return () => {
      clearTimeout(timer);
      offStart();
      stopGating?.();
      channel?.close();
      channel = null;
    };
  };

  let mounts = 0;
  let stopBrowser = (): void => {};

  const manager: ConsentManager<C, S> = {
    config,
    language,
    texts: resolveTexts(config, language),
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
    hasConsent: has,
    acceptAll() {
      // GPC-covered categories and services stay off while GPC is on (R22).
      decide(new Set(optional.filter((id) => !(gpc && model.gpcOptOut.has(id)))), 'accept-all');
    },
    rejectAll() {
      decide(new Set(), 'reject-all');
    },
    save(choice) {
      // Own properties only: a polluted prototype cannot add a grant to the visitor's choice.
      const cats = ownValue<readonly string[] | Record<string, boolean>>(choice, 'categories');
      const chosen = ownValue(choice, 'services');
      const granted = new Set(optional.filter((id) => servicesOf.has(id) && (Array.isArray(cats) ? cats.includes(id) : ownValue(cats, id) === true)));
      for (const id of optional) {
        const explicit = ownValue(chosen, id);
        if (isService(id) && (explicit === true || (explicit === undefined && granted.has(serviceCategory.get(id)!)))) granted.add(id);
      }
      decide(granted, 'custom');
    },
    grant(id) {
      const add = servicesOf.get(id) ?? (serviceCategory.has(id) ? [] : null);
      if (add) decide(new Set(optional.filter((o) => o === id || add.includes(o) || has(o))), 'custom');
    },
    reset() {
      const id = state.id ?? stored?.id;
      try {
        storage.clear();
      } catch (error) {
        fail('storage-clear', error);
      }
      stored = null;
      commit(derive(), false);
      if (id) record('withdrawal', id);
      channel?.postMessage({ value: null });
    },
    openPreferences() {
      if (setUi(true)) notify();
    },
    closePreferences() {
      if (setUi(false)) notify();
    },
    on: on as ConsentManager<C, S>['on'],
    refresh,
    mount() {
      if (!mounts++) {
        // A sink that queues undelivered records (beaconRecordSink) delivers them on a later page.
        (options.onRecord as { flush?: () => Promise<void> } | undefined)?.flush?.().catch((error: unknown) => fail('record', error));
        stopBrowser = startBrowser();
      }
      let stopped = false;
      return () => {
        if (!stopped && ((stopped = true), !--mounts)) stopBrowser();
      };
    },
  };
  // Plugins (Google Consent Mode: R16, R17) attach now, before anything else can subscribe, so
  // the default goes to dataLayer before any gated tag and each update precedes the tags it unlocks.
  for (const plugin of plugins) {
    // A hostile page (a frozen or non-array dataLayer, say) must not crash the page: report it, go on.
    try {
      plugin.setup(manager as unknown as ConsentManager);
    } catch (error) {
      fail('plugin', error);
    }
  }
  constructing = false;
  return manager;
}
