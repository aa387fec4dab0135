import type { PreferencesDialog } from './PreferencesDialog';

/** The dialog component, once its chunk has loaded. */
export type PreferencesDialogComponent = typeof PreferencesDialog;

let pending: Promise<PreferencesDialogComponent> | null = null;

/**
 * Loads the preferences dialog's code (its own chunk in `dist`) once: every call returns the same
 * promise. A failed load is forgotten, so the next call (another hover, another open) tries again.
 * Used by `ConsentPreferences` (its async component) and by the prefetch on intent. Internal.
 */
export function loadPreferencesDialog(): Promise<PreferencesDialogComponent> {
  if (!pending) {
    pending = import('./PreferencesDialog').then(
      (module) => module.PreferencesDialog,
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
  }
  return pending;
}

/** Starts loading the dialog's code without waiting; a failure is left to the real open to report. */
function prefetchPreferencesDialog(): void {
  loadPreferencesDialog().catch(() => undefined);
}

/**
 * Listeners for a control that opens the preferences: the dialog's code starts loading on intent
 * (pointer over it, keyboard focus on it, pointer pressed), so it is usually there by the click.
 * Internal.
 */
export const prefetchPreferencesOnIntent = {
  onPointerenter: prefetchPreferencesDialog,
  onFocus: prefetchPreferencesDialog,
  onPointerdown: prefetchPreferencesDialog,
} as const;
