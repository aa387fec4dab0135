/**
 * The manager's public types: the store, its events, options and plugins. In a module of their
 * own, so that nothing (Consent Mode, the browser side, the adapters) imports back from the
 * manager's implementation.
 */
import type { ConsentChoice, ConsentConfig, ConsentIdOf, ConsentState, ConsentStorage } from '../config/types';
import type { ConsentTexts } from '../i18n/texts';
import type { ConsentRecord, ConsentRecordMethod, ConsentRecordSink } from '../records/records';
import type { ConsentPlatform } from '../browser/platform';

/**
 * What an `error` event is about (R30: something failed and the page goes on):
 * - `storage-read`, `storage-write`, `storage-verify` (written but not readable back), `storage-clear`;
 * - `record`: the record sink failed; `listener`: an event handler threw; `hook`: a service's
 *   `onGrant` / `onRevoke` threw; `plugin`: a plugin failed to start;
 * - `gating`: activating scripts or embeds failed; `cross-tab`: no BroadcastChannel;
 * - `revocation`: deleting withdrawn cookies or storage keys failed;
 * - `module`: an on-demand module could not load (offline, removed by a deploy).
 */
export type ErrorKind =
  | 'storage-read'
  | 'storage-write'
  | 'storage-verify'
  | 'storage-clear'
  | 'record'
  | 'listener'
  | 'hook'
  | 'gating'
  | 'cross-tab'
  | 'revocation'
  | 'plugin'
  | 'module';

/** Why a declared cookie was not removed (R27, R32). */
export type NotRemovableReason =
  /** Declared `httpOnly`: `document.cookie` can neither see nor delete it (R27). */
  | 'http-only'
  /** Declared `thirdParty`, or on a `domain` that is not this host or a parent of it. */
  | 'third-party'
  /** Visible before and still visible after the sweep (e.g. a partitioned cookie). */
  | 'still-present';

/** What a withdrawal removed and what it could not (R13, R32). Payload of the manager's `revocation` event. */
export interface RevocationReport {
  /** What caused it: `change` = a choice, `reset()`, a lapse or another tab while this page was open; `load` = a previous page had granted what no longer is. */
  trigger: 'change' | 'load';
  /** Every category and service id that went from granted to denied. */
  revoked: string[];
  /** Service ids whose items were cleared. */
  services: string[];
  /** Cookie names that were visible to `document.cookie` before and are gone after. */
  deletedCookies: string[];
  /** Web-storage keys deleted (localStorage and sessionStorage). */
  deletedStorageKeys: string[];
  /** Declared cookies JavaScript could not delete: name (or label / pattern) and why. */
  notRemovable: { service: string; cookie: string; reason: NotRemovableReason }[];
  /** The page is reloading now (`reloadOnRevoke`), so a withdrawn script that ran stops (R13). */
  reloading: boolean;
}

/** What the withdrawal sweep (`revokeServices`) returns: the sweep part of a {@link RevocationReport}. */
export type RevocationSweep = Pick<RevocationReport, 'services' | 'deletedCookies' | 'deletedStorageKeys' | 'notRemovable'>;

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
  /** What failed: see {@link ErrorKind}. */
  kind: ErrorKind;
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
   * `mount()` adds (which activates gated scripts). `platform` is the manager's browser access.
   */
  setup(manager: ConsentManager, platform: ConsentPlatform): void;
}

/** Payload of the `decision` event: a visitor action (or `reset()`) was applied. */
export interface ConsentDecisionEvent<C extends string = string, S extends string = string> {
  /** What the action was, as its record will say (`withdrawal` when it turned off what was granted). */
  method: ConsentRecordMethod;
  /** The snapshot after it. */
  state: ConsentState<C, S>;
}

/** Events a manager emits. */
export interface ConsentEventMap<C extends string = string, S extends string = string> {
  change: ConsentChangeEvent<C, S>;
  /**
   * Every action (`acceptAll`, `rejectAll`, `save`, `grant`, `reset`), synchronously, right after
   * its `change` (if it changed anything); also when it changed nothing (accepting twice).
   */
  decision: ConsentDecisionEvent<C, S>;
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
  /** Clock, epoch ms. Default the platform's clock (`Date.now`). */
  now?: () => number;
  /**
   * Everything core reaches in the browser: document, window, clock, timers, idle callbacks,
   * cross-tab channel, mutation observer, reload and the marker storage. Default: the real
   * browser ({@link browserPlatform}); tests pass a fake one.
   */
  platform?: ConsentPlatform;
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
