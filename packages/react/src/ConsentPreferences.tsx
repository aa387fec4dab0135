'use client';
import { useEffect, useRef, useState, useSyncExternalStore, type ReactElement } from 'react';
import { closeOnEscape, focusedElement } from '@introw/consent-core';
import { useManager } from './internal/useManager';
import { loadPreferencesDialog, loadedPreferencesDialog, type PreferencesDialogModule } from './internal/loadPreferencesDialog';

/** Props of {@link ConsentPreferences}. */
export interface ConsentPreferencesProps {
  /** Extra class on the dialog (`ic-dialog` is always there). */
  className?: string;
}

/**
 * The second layer: the preferences dialog, open while `preferencesOpen` (opened by the
 * banner's "Customize", a {@link ConsentSettingsButton} or `openPreferences()`).
 *
 * - A native `<dialog>` opened with `showModal()` (background inert, Escape closes); where
 *   `showModal` is missing (jsdom) a `role="dialog" aria-modal="true"` fallback. Labelled by
 *   its visible title; focus moves in on open, Tab and Shift+Tab stay inside, Escape closes,
 *   and focus returns to the control that opened it (R24).
 * - One switch (a native checkbox with `role="switch"`) per optional category, labelled by the
 *   category title and described by its description; strictly necessary categories say
 *   "Always active" instead (R7). Switches start from the stored choice, so nothing is
 *   pre-ticked for an undecided visitor (R4).
 * - Per category an expandable list of its services, each with its own switch and the table
 *   of its cookies: name, provider, duration, purpose, first or third party (R5, R6).
 * - The GPC notice when GPC is honoured (R22), the privacy contact and the cookie statement
 *   link when configured, and "Accept all", "Reject all" and "Save choices" (which saves the
 *   switches' values through `manager.save`) plus a close button.
 * - A `role="status"` region (always rendered) announces `texts.saved` after a choice (R26, 4.1.3).
 * - Loaded on demand: the dialog's code is a separate chunk (a dynamic `import()`, rendered
 *   once it has arrived; no Suspense), so it is not part of what every visitor downloads up front.
 *   The banner's "Customize" and {@link ConsentSettingsButton} start fetching it on
 *   `pointerenter`, `focus` and `pointerdown`, so a click usually finds it there and the dialog
 *   opens at once. `openPreferences()` from anywhere else fetches it then: the dialog appears
 *   as soon as its code has arrived and then takes focus; focus returns to the control that opened it (taken when it was
 *   opened, even if focus moved while the code loaded). Should the fetch fail, the error is
 *   reported (`reportError`), the preferences close again and the next open retries.
 *
 * Classes: `ic-dialog`, `ic-dialog-header`, `ic-dialog-title`, `ic-close`, `ic-dialog-body`,
 * `ic-category`, `ic-switch`, `ic-always-active`, `ic-services`, `ic-service`, `ic-table`,
 * `ic-dialog-footer`, `ic-actions`, `ic-button`, `ic-status`.
 *
 * @throws {Error} Outside a `<ConsentProvider>`.
 * @example
 * ```tsx
 * <ConsentProvider config={config}>
 *   <App />
 *   <ConsentBanner />
 *   <ConsentPreferences />
 * </ConsentProvider>
 * ```
 * @remarks R3-R7, R12, R22, R24, R26: COMPLIANCE.md; WAI-ARIA APG modal dialog pattern.
 */
export function ConsentPreferences({ className }: ConsentPreferencesProps): ReactElement {
  const manager = useManager('<ConsentPreferences>');
  const ui = useSyncExternalStore(manager.subscribe, manager.getUiState, manager.getServerUiState);
  const [status, setStatus] = useState('');
  // A fresh "saved" for every save: clear the last one when the dialog opens again.
  if (ui.preferencesOpen && status) setStatus('');
  // The opener, taken when the dialog is asked for (in the store's notification, before React
  // renders), not when its code has arrived and it mounts: focus returns there on close (R24).
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    let open = manager.getUiState().preferencesOpen;
    return manager.subscribe(() => {
      const now = manager.getUiState().preferencesOpen;
      if (now && !open) opener.current = focusedElement();
      open = now;
    });
  }, [manager]);

  // The dialog's code, once loaded (at once when an opener prefetched it). Loaded without
  // Suspense, so the dialog shows as soon as its code is there (a suspended boundary would be
  // revealed up to 300 ms later).
  const [loaded, setLoaded] = useState<PreferencesDialogModule | undefined>(loadedPreferencesDialog);
  const dialogModule = loaded ?? loadedPreferencesDialog();
  useEffect(() => {
    if (!ui.preferencesOpen || dialogModule) return;
    let live = true;
    // Escape before the dialog is there cancels the open, as it would close the dialog (R24).
    const stopEscape = closeOnEscape(document, () => manager.closePreferences());
    loadPreferencesDialog().then(
      (module) => live && setLoaded(module),
      (error: unknown) => {
        // Offline, or a chunk removed by a deploy: report it and close again; the next open retries.
        globalThis.reportError?.(error);
        if (live) manager.closePreferences();
      },
    );
    return () => {
      live = false;
      stopEscape();
    };
  }, [ui.preferencesOpen, dialogModule, manager]);

  return (
    <>
      <div className="ic-status" role="status" lang={manager.language}>
        {status}
      </div>
      {ui.preferencesOpen && dialogModule ? (
        <dialogModule.PreferencesDialog manager={manager} className={className} opener={opener} onDecided={() => setStatus(manager.texts.saved)} />
      ) : null}
    </>
  );
}
