import type { ConsentConfig, ConsentModeType, ConsentState, GoogleConsentModeConfig } from './types';
import type { ConsentConfigIssue } from './errors';
import type { ConsentManager, ConsentPlugin } from './createConsentManager';
import { getWindow, warnOnce } from './env';

/**
 * Google Consent Mode v2 (R16-R20: COMPLIANCE.md; developers.google.com/tag-platform/devguides/consent).
 *
 * Commands are pushed to `window.dataLayer` exactly as the `gtag()` function does
 * (`function gtag(){dataLayer.push(arguments)}`): an `arguments` object, which is what Google's
 * tags look for; a plain array is not a gtag command to them.
 */

/** The seven Consent Mode v2 types, in Google's documented order (R16). */
export const CONSENT_MODE_TYPES: readonly ConsentModeType[] = /* @__PURE__ */ Object.freeze([
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
]);

/** `granted` or `denied`, the two values a Consent Mode type takes. */
export type ConsentModeValue = 'granted' | 'denied';

/** The parameters of `gtag('consent', 'default', ...)`. */
export type ConsentModeDefaultParams = Record<ConsentModeType, ConsentModeValue> & {
  wait_for_update?: number;
  region?: string[];
};

/** The category mapping used when `googleConsentMode.mapping` is absent (VENDORS.md, Introw's choice). */
const INTROW_MAPPING: Readonly<Record<string, readonly ConsentModeType[]>> = {
  necessary: ['security_storage'],
  functional: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

/** ISO 3166-1 alpha-2 (`BE`) or ISO 3166-2 subdivision (`US-CA`, `GB-ENG`), upper case as Google documents them. */
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The category -> Consent Mode types mapping a config uses: `googleConsentMode.mapping` when
 * given (used as is, not merged), else Introw's mapping for the category ids the config has:
 * `necessary` -> `security_storage`; `functional` -> `functionality_storage`,
 * `personalization_storage`; `analytics` -> `analytics_storage`; `advertising` -> `ad_storage`,
 * `ad_user_data`, `ad_personalization`.
 *
 * @param config - A consent config; its `googleConsentMode` may be absent (the default mapping is returned).
 * @returns A new object, category id -> consent types. Never throws.
 * @example
 * ```ts
 * consentModeMapping(defineConsentConfig({ revision: 1, categories: { necessary: { required: true }, analytics: {} } }));
 * // { necessary: ['security_storage'], analytics: ['analytics_storage'] }
 * ```
 * @remarks R16, R17: COMPLIANCE.md; the default mapping is VENDORS.md "Consent Mode mapping for Introw".
 */
export function consentModeMapping(config: ConsentConfig): Record<string, readonly ConsentModeType[]> {
  const given = config.googleConsentMode?.mapping as Record<string, readonly ConsentModeType[] | undefined> | undefined;
  const out: Record<string, readonly ConsentModeType[]> = {};
  if (given) {
    for (const [id, types] of Object.entries(given)) if (Array.isArray(types)) out[id] = [...types];
    return out;
  }
  for (const id of Object.keys(config.categories)) {
    const types = INTROW_MAPPING[id];
    if (types) out[id] = [...types];
  }
  return out;
}

/**
 * The parameters of the `default` command: all seven types `denied` except `security_storage`
 * (`granted`), plus `wait_for_update` (ms) and `region` when configured. The mapping does not
 * change the default: nothing but security storage is granted before a choice.
 *
 * @param options - `config.googleConsentMode`: `{ waitForUpdate?: number (ms), regions?: string[] (ISO 3166-2) }`.
 * @returns A new plain object. Never throws.
 * @example
 * ```ts
 * consentModeDefaults({ waitForUpdate: 500 });
 * // { ad_storage: 'denied', ..., security_storage: 'granted', wait_for_update: 500 }
 * ```
 * @remarks R16: COMPLIANCE.md; Google "Set up consent mode" (default command).
 */
export function consentModeDefaults(options: GoogleConsentModeConfig = {}): ConsentModeDefaultParams {
  const params = {} as ConsentModeDefaultParams;
  for (const type of CONSENT_MODE_TYPES) params[type] = type === 'security_storage' ? 'granted' : 'denied';
  if (typeof options.waitForUpdate === 'number') params.wait_for_update = options.waitForUpdate;
  if (options.regions && options.regions.length) params.region = [...options.regions];
  return params;
}

/**
 * The parameters of an `update` command for a consent snapshot. Lists all seven types: a mapped
 * type is `granted` when at least one key mapped to it is granted — a service key when that
 * service is granted, a category key when the category and every service in it are granted (a
 * visitor who switched Google Ads off inside Advertising gets `ad_*` denied); a type nothing maps
 * keeps its default (`security_storage` granted, the rest denied).
 *
 * @param config - The consent config (its mapping, see {@link consentModeMapping}).
 * @param state - The snapshot, e.g. `manager.getSnapshot()`.
 * @returns A new object with the seven types. Never throws.
 * @example
 * ```ts
 * consentModeUpdate(config, consent.getSnapshot()).analytics_storage; // 'granted' after acceptAll()
 * ```
 * @remarks R17 (every action lists all types), R13 (withdrawal: denied): COMPLIANCE.md.
 */
export function consentModeUpdate(config: ConsentConfig, state: ConsentState): Record<ConsentModeType, ConsentModeValue> {
  const mapping = consentModeMapping(config);
  const defaults = consentModeDefaults();
  const mapped = new Set<ConsentModeType>();
  const granted = new Set<ConsentModeType>();
  const categories = state.categories as Record<string, boolean>;
  const services = (state.services ?? {}) as Record<string, boolean>;
  const serviceConfigs = (config.services ?? {}) as Record<string, { category: string }>;
  // A service key counts when that service is granted; a category key only when the category and
  // every service in it are granted, so switching Google Ads off inside Advertising denies ad_*.
  const on = (id: string): boolean =>
    id in services
      ? services[id] === true
      : categories[id] === true && Object.keys(serviceConfigs).every((s) => serviceConfigs[s]!.category !== id || services[s] === true);
  for (const [id, types] of Object.entries(mapping)) {
    for (const type of types) {
      mapped.add(type);
      if (on(id)) granted.add(type);
    }
  }
  const out = {} as Record<ConsentModeType, ConsentModeValue>;
  for (const type of CONSENT_MODE_TYPES) out[type] = mapped.has(type) ? (granted.has(type) ? 'granted' : 'denied') : defaults[type];
  return out;
}

/** Returns its own `arguments` object: the exact shape `gtag()` pushes. */
function gtagArguments(..._args: unknown[]): IArguments {
  return arguments;
}

/**
 * The commands that must open `dataLayer` for a config, as `[command, ...params]` arrays:
 * `['consent', 'default', {...}]`, then `['set', 'ads_data_redaction', boolean]` and
 * `['set', 'url_passthrough', boolean]` only when those options are set (R19).
 *
 * @param options - `config.googleConsentMode`.
 * @returns New arrays; push each as `gtag(...command)`. Never throws.
 * @example
 * ```ts
 * for (const c of consentModeInitialCommands({ urlPassthrough: true })) gtag(...c);
 * ```
 * @remarks R16, R19: COMPLIANCE.md.
 */
export function consentModeInitialCommands(options: GoogleConsentModeConfig = {}): unknown[][] {
  const commands: unknown[][] = [['consent', 'default', consentModeDefaults(options)]];
  if (typeof options.adsDataRedaction === 'boolean') commands.push(['set', 'ads_data_redaction', options.adsDataRedaction]);
  if (typeof options.urlPassthrough === 'boolean') commands.push(['set', 'url_passthrough', options.urlPassthrough]);
  return commands;
}

type ArrayLike = { readonly length: number; readonly [index: number]: unknown };
const isCommand = (entry: unknown): entry is ArrayLike =>
  typeof entry === 'object' && entry !== null && typeof (entry as { length?: unknown }).length === 'number';

/**
 * Pushes one command to `win.dataLayer` as `gtag()` would (an `arguments` object), creating
 * `dataLayer` when missing.
 *
 * @param win - The page's window.
 * @param command - `['consent', 'update', {...}]` and the like.
 * @example
 * ```ts
 * pushGtag(window, ['consent', 'update', { analytics_storage: 'granted' }]);
 * ```
 * @remarks Shape: `window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments)}` (COMPLIANCE.md).
 */
export function pushGtag(win: Window, command: readonly unknown[]): void {
  const holder = win as unknown as { dataLayer?: unknown[] };
  const dataLayer = (holder.dataLayer = holder.dataLayer || []);
  dataLayer.push(gtagArguments(...command));
}

/** Index of the first gtag command in `dataLayer` matching `[a, b]`, or -1. */
function findCommand(dataLayer: readonly unknown[], a: string, b: string): number {
  return dataLayer.findIndex((entry) => isCommand(entry) && entry[0] === a && entry[1] === b);
}

/** The {@link ConsentPlugin.name} of {@link googleConsentMode}. */
export const CONSENT_MODE_PLUGIN = 'google-consent-mode';

/**
 * Connects a manager to Google Consent Mode (what the {@link googleConsentMode} plugin does).
 * Pushes, synchronously: the `default` command unless `dataLayer` already has one (the head
 * snippet ran), the `set` commands not yet there, and, when a stored choice counts, an
 * `update` right after. Then one `update` for every visitor action (accepting twice included)
 * and for every change of what is granted from elsewhere (a lapse, another tab), never two
 * for one action.
 *
 * Does nothing without `config.googleConsentMode` or outside a browser.
 *
 * @param manager - The manager, before anything else subscribed to it (its `change` handler
 *   must run before the one that activates gated tags).
 * @returns A function that stops the updates.
 * @example
 * ```ts
 * attachConsentMode(manager); // what googleConsentMode().setup(manager) does
 * ```
 * @remarks R16, R17, R13: COMPLIANCE.md.
 */
export function attachConsentMode(manager: ConsentManager): () => void {
  const options = manager.config.googleConsentMode;
  const win = getWindow();
  if (!options || !win) {
    if (process.env.NODE_ENV !== 'production' && win && !options) {
      warnOnce('The googleConsentMode() plugin is passed but config.googleConsentMode is not set, so nothing is pushed to dataLayer. Add `googleConsentMode: {}` to the config.');
    }
    return () => {};
  }
  const holder = win as unknown as { dataLayer?: unknown[] };
  const dataLayer = (holder.dataLayer = holder.dataLayer || []);

  const existingDefault = findCommand(dataLayer, 'consent', 'default');
  if (process.env.NODE_ENV !== 'production') {
    const before = existingDefault < 0 ? dataLayer : dataLayer.slice(0, existingDefault);
    if (before.some((e) => isCommand(e) && (e[0] === 'config' || e[0] === 'event' || e[0] === 'js'))) {
      warnOnce(
        'gtag commands were pushed to dataLayer before the Consent Mode default. Load the consent bundle first, or put ' +
          'consentModeHeadSnippet(config) in an inline <script> at the top of <head> (R16).',
      );
    }
  }
  for (const command of consentModeInitialCommands(options)) {
    if (command[0] === 'consent' ? existingDefault >= 0 : findCommand(dataLayer, 'set', command[1] as string) >= 0) continue;
    pushGtag(win, command);
  }
  const pushUpdate = (): void => pushGtag(win, ['consent', 'update', consentModeUpdate(manager.config, manager.getSnapshot())]);
  if (manager.getSnapshot().decided) pushUpdate();

  // A visitor action emits `change` (when something changed) and then `record`: a `change`
  // that grants or revokes something pushes, and the `record` that closes the same action is
  // skipped, so each action gives exactly one update; an action that granted and revoked
  // nothing (accepting twice, rejecting when undecided) pushes on `record`. A `change` that
  // grants and revokes nothing (e.g. `persisted` turning false) pushes nothing.
  let changeAwaitingRecord = false;
  const offChange = manager.on('change', ({ granted, revoked }) => {
    if (!granted.length && !revoked.length) return;
    pushUpdate();
    changeAwaitingRecord = true;
    queueMicrotask(() => {
      changeAwaitingRecord = false;
    });
  });
  const offRecord = manager.on('record', () => {
    if (changeAwaitingRecord) changeAwaitingRecord = false;
    else pushUpdate();
  });
  return () => {
    offChange();
    offRecord();
  };
}

/**
 * The Google Consent Mode v2 plugin (R16-R20). Consent Mode is an opt-in import, so sites
 * without it do not ship its code: pass this plugin, and set `googleConsentMode` in the config
 * (`{}` for the defaults). The manager then pushes the `default` command to `dataLayer` at
 * creation, before any gated tag, and one `update` per visitor action (see {@link attachConsentMode}).
 * A config with `googleConsentMode` but without this plugin pushes nothing (a development
 * warning says so).
 *
 * @returns A plugin for `createConsentManager(config, { plugins })` (React: `<ConsentProvider options={{ plugins }}>`).
 * @example
 * ```ts
 * import { createConsentManager, googleConsentMode } from '@introw/consent-core';
 * const consent = createConsentManager(config, { plugins: [googleConsentMode()] }); // config.googleConsentMode: { waitForUpdate: 500 }
 * ```
 * @remarks R16, R17, R19: COMPLIANCE.md; developers.google.com/tag-platform/devguides/consent.
 */
/* @__NO_SIDE_EFFECTS__ */
export function googleConsentMode(): ConsentPlugin {
  return { name: CONSENT_MODE_PLUGIN, setup: attachConsentMode };
}

/**
 * The inline JavaScript a site puts first in `<head>` when it loads the consent bundle
 * deferred (or late): it opens `dataLayer` with the `default` command (and the configured
 * `set` commands) before any of the page's own gtag calls. The manager then sees the default
 * and does not push a second one; it still pushes the `update` for a stored choice.
 * No `<script>` tags: wrap it yourself, with your CSP nonce. `<` is escaped, so the text is
 * safe inside a `<script>` element.
 *
 * @param config - The consent config; `googleConsentMode` must be set.
 * @returns JavaScript source, about 350 bytes.
 * @throws {Error} When `config.googleConsentMode` is not set (there would be nothing to push).
 * @example
 * ```ts
 * const head = `<script nonce="${nonce}">${consentModeHeadSnippet(config)}</script>`;
 * ```
 * @remarks R16, R19: COMPLIANCE.md; Google "Set up consent mode on websites" (default before tags).
 */
export function consentModeHeadSnippet(config: ConsentConfig): string {
  const options = config?.googleConsentMode;
  if (!options) {
    throw new Error('[@introw/consent] consentModeHeadSnippet(config): config.googleConsentMode is not set; add googleConsentMode: {} to the config.');
  }
  const calls = consentModeInitialCommands(options)
    .map((command) => `gtag(${command.map((part) => JSON.stringify(part)).join(',')});`)
    .join('');
  const js = `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}${calls}`;
  return js.replace(/</g, '\\u003c');
}

/**
 * Checks `config.googleConsentMode` and returns every problem with its path (empty when it is
 * absent or valid): unknown options; a mapping that is not an object, names an unknown category
 * or an unknown consent type; `waitForUpdate` that is not a finite number >= 0 (ms);
 * `regions` that is not a non-empty array of upper-case ISO 3166-1 alpha-2 / ISO 3166-2 codes
 * (`BE`, `US-CA`); flags that are not booleans.
 *
 * @param config - The consent config (read only; may be malformed).
 * @returns `{ path, message }[]`, paths like `googleConsentMode.mapping.analytcs`. Never throws.
 * @example
 * ```ts
 * consentModeIssues({ ...config, googleConsentMode: { waitForUpdate: -1 } });
 * // [{ path: 'googleConsentMode.waitForUpdate', message: 'must be a number of milliseconds >= 0, got -1' }]
 * ```
 * @remarks R16, R19: COMPLIANCE.md; Google consent mode docs (types, wait_for_update, region).
 */
export function consentModeIssues(config: ConsentConfig): ConsentConfigIssue[] {
  const issues: ConsentConfigIssue[] = [];
  const add = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  const options = (config as { googleConsentMode?: unknown } | null | undefined)?.googleConsentMode;
  if (options === undefined) return issues;
  const base = 'googleConsentMode';
  if (!isObject(options)) {
    add(base, 'must be an object such as { waitForUpdate: 500 } (or left out)');
    return issues;
  }
  const KNOWN_OPTIONS = new Set(['mapping', 'waitForUpdate', 'regions', 'adsDataRedaction', 'urlPassthrough', 'advanced']);
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) add(`${base}.${key}`, `unknown option (known: ${[...KNOWN_OPTIONS].join(', ')})`);
  }
  const categoryIds = isObject(config.categories) ? Object.keys(config.categories) : [];
  const types = new Set<string>(CONSENT_MODE_TYPES);
  if (options.mapping !== undefined) {
    if (!isObject(options.mapping)) add(`${base}.mapping`, 'must be an object: category or service id -> consent types');
    else {
      for (const [id, list] of Object.entries(options.mapping)) {
        const path = `${base}.mapping.${id}`;
        if (!categoryIds.includes(id) && !(isObject(config.services) && id in config.services))
          add(path, `unknown category "${id}", and no service has that id (known categories: ${categoryIds.join(', ')})`);
        if (!Array.isArray(list)) {
          add(path, 'must be an array of consent types, e.g. ["analytics_storage"]');
          continue;
        }
        list.forEach((type: unknown, i) => {
          if (typeof type !== 'string' || !types.has(type))
            add(`${path}[${i}]`, `unknown consent type ${JSON.stringify(type)} (known: ${CONSENT_MODE_TYPES.join(', ')})`);
        });
      }
    }
  }
  const wait = options.waitForUpdate;
  if (wait !== undefined && (typeof wait !== 'number' || !Number.isFinite(wait) || wait < 0))
    add(`${base}.waitForUpdate`, `must be a number of milliseconds >= 0, got ${JSON.stringify(wait)}`);
  const regions = options.regions;
  if (regions !== undefined) {
    if (!Array.isArray(regions) || regions.length === 0)
      add(`${base}.regions`, 'must be a non-empty array of ISO 3166-2 codes such as ["BE", "US-CA"] (leave it out to apply everywhere)');
    else
      regions.forEach((code: unknown, i) => {
        if (typeof code !== 'string' || !REGION.test(code))
          add(`${base}.regions[${i}]`, `not an ISO 3166-1 alpha-2 or ISO 3166-2 code in upper case: ${JSON.stringify(code)} (e.g. "BE", "US-CA")`);
      });
  }
  for (const flag of ['adsDataRedaction', 'urlPassthrough', 'advanced'] as const) {
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean') add(`${base}.${flag}`, 'must be a boolean');
  }
  return issues;
}
