import type { PreferencesDialog } from './PreferencesDialog';

/** What the on-demand module exports. */
export interface PreferencesDialogModule {
  PreferencesDialog: typeof PreferencesDialog;
}

let pending: Promise<PreferencesDialogModule> | undefined;
let loaded: PreferencesDialogModule | undefined;

/**
 * Loads the preferences dialog's code (its own chunk: the dialog, its categories, services and
 * switches) once and memoises the promise, so `ConsentPreferences` and the
 * prefetch on the openers share one request. A failed load is forgotten, so the next call retries.
 */
export function loadPreferencesDialog(): Promise<PreferencesDialogModule> {
  pending ??= import('./PreferencesDialog').then(
    (module) => (loaded = module),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/** The dialog's module if it has already arrived (prefetched or opened before), else `undefined`. */
export const loadedPreferencesDialog = (): PreferencesDialogModule | undefined => loaded;

/**
 * Starts loading the dialog's code when a visitor shows intent to open it (pointer over, focus
 * on or press of "Customize" / "Cookie settings"), so the first open is fast. Errors are left
 * to the open itself (it retries).
 */
export function prefetchPreferencesDialog(): void {
  loadPreferencesDialog().catch(() => {});
}
