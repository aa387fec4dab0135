import type { ConsentManager, ConsentPlugin } from '../manager/types';
import type { ConsentPlatform } from '../browser/platform';
import { warnOnce } from '../dev/warnOnce';
import { consentModeUpdate } from './mapping';
import { consentModeInitialCommands, isCommand, pushGtag } from './commands';

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
 * @remarks R16, R17, R13: docs/rules.md.
 */
export function attachConsentMode(manager: ConsentManager, platform?: ConsentPlatform): () => void {
  const options = manager.config.googleConsentMode;
  const win = platform ? platform.window : typeof window === 'undefined' ? undefined : window;
  if (!options || !win) {
    if (process.env.NODE_ENV !== 'production' && win && !options) {
      warnOnce(
        'The googleConsentMode() plugin is passed but config.googleConsentMode is not set, so nothing is pushed to dataLayer. Add `googleConsentMode: {}` to the config.',
      );
    }
    return () => {};
  }
  const holder = win as unknown as { dataLayer?: unknown[] };
  holder.dataLayer ??= [];
  const dataLayer = holder.dataLayer;

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

  // A visitor action emits `change` (when something changed) and then `decision`: a `change`
  // that grants or revokes something pushes, and the `decision` that closes the same action is
  // skipped, so each action gives exactly one update; an action that granted and revoked
  // nothing (accepting twice, rejecting when undecided) pushes on `decision`. A `change` that
  // grants and revokes nothing (e.g. `persisted` turning false) pushes nothing.
  let changeAwaitingDecision = false;
  const offChange = manager.on('change', ({ granted, revoked }) => {
    if (!granted.length && !revoked.length) return;
    pushUpdate();
    changeAwaitingDecision = true;
    queueMicrotask(() => {
      changeAwaitingDecision = false;
    });
  });
  const offDecision = manager.on('decision', () => {
    if (changeAwaitingDecision) changeAwaitingDecision = false;
    else pushUpdate();
  });
  return () => {
    offChange();
    offDecision();
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
 * @remarks R16, R17, R19: docs/rules.md; developers.google.com/tag-platform/devguides/consent.
 */
/* @__NO_SIDE_EFFECTS__ */
export function googleConsentMode(): ConsentPlugin {
  return { name: CONSENT_MODE_PLUGIN, setup: attachConsentMode };
}
