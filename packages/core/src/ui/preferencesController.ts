import type { ConsentManager } from '../manager/types';
import { closeOnEscape } from './closeOnEscape';
import { focusedElement } from './focusedElement';
import { reportError } from '../dev/reportError';

/** What a renderer shows for the preferences: whether they are open, the dialog's code once loaded, the "saved" status. */
export interface PreferencesControllerState<T> {
  /** The preferences are open (the manager's UI state). */
  readonly open: boolean;
  /** The dialog's code, once it has arrived; render the dialog when `open && dialog`. */
  readonly dialog: T | undefined;
  /** The `role="status"` text: `texts.saved` after a decision in the dialog, `''` once it opens again (R26 4.1.3). */
  readonly status: string;
}

/** A preferences dialog's lifecycle for a renderer; see {@link createPreferencesController}. */
export interface PreferencesController<T> {
  /** The current state; the same reference until it changes (`useSyncExternalStore`-compatible; on a server, closed). */
  getState(): PreferencesControllerState<T>;
  subscribe(listener: () => void): () => void;
  /** The visitor decided in the dialog: announce `texts.saved`. */
  decided(): void;
  /** The control that asked for the dialog, taken when it was opened: focus returns there (R24). */
  opener(): HTMLElement | null;
  /** Follows the manager while a renderer is mounted; returns the stop function. */
  start(): () => void;
}

/**
 * The preferences dialog's rules, once for every renderer: the dialog's code loads on demand
 * (`load`, from {@link onDemand}); the opener is taken when the dialog is asked for, before its
 * code arrives; Escape pressed while it loads cancels the open; a load that fails is reported
 * (`reportError`) and closes the preferences (the next open retries); a decision announces
 * "saved", cleared when the dialog opens again.
 *
 * @param manager - The consent manager.
 * @param load - `{ get, loaded }` of the dialog's code.
 * @returns The controller; call `start()` while mounted.
 * @example
 * ```ts
 * const dialog = onDemand(() => import('./PreferencesDialog'));
 * const preferences = createPreferencesController(manager, dialog);
 * const stop = preferences.start();
 * ```
 * @remarks R12, R24, R26: docs/rules.md; WAI-ARIA APG modal dialog pattern.
 */
export function createPreferencesController<T>(manager: ConsentManager, load: { get(): Promise<T>; loaded(): T | undefined }): PreferencesController<T> {
  const listeners = new Set<() => void>();
  let status = '';
  let opener: HTMLElement | null = null;
  let state: PreferencesControllerState<T> | undefined;
  const notify = (): void => {
    for (const l of listeners) l();
  };
  return {
    getState() {
      const open = manager.getUiState().preferencesOpen;
      const dialog = load.loaded();
      if (!state || state.open !== open || state.dialog !== dialog || state.status !== status) state = { open, dialog, status };
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      const off = manager.subscribe(listener);
      return () => {
        listeners.delete(listener);
        off();
      };
    },
    decided() {
      status = manager.texts.saved;
      notify();
    },
    opener: () => opener,
    start() {
      let open = false;
      let live = true;
      let stopEscape = (): void => {};
      const follow = (): void => {
        const now = manager.getUiState().preferencesOpen;
        if (now && !open) {
          opener = focusedElement();
          status = '';
          notify();
          if (load.loaded() === undefined && typeof document < 'u') {
            // Escape before the dialog is there cancels the open, as it would close the dialog (R24).
            stopEscape = closeOnEscape(document, manager.closePreferences);
            load.get().then(
              () => (stopEscape(), live && notify()),
              (error: unknown) => {
                stopEscape();
                // Offline, or a chunk removed by a deploy: report it and close again; the next open retries.
                reportError(error);
                if (live) manager.closePreferences();
              },
            );
          }
        }
        open = now;
      };
      follow();
      const off = manager.subscribe(follow);
      return () => {
        live = false;
        stopEscape();
        off();
      };
    },
  };
}
