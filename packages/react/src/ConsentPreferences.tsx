'use client';
import { Suspense, lazy, useEffect, useRef, useState, useSyncExternalStore, type ComponentType, type ReactElement } from 'react';
import { useManager } from './internal/useManager';
import { loadPreferencesDialog, loadedPreferencesDialog } from './internal/loadPreferencesDialog';
import type { PreferencesDialogProps } from './internal/PreferencesDialog';

/** Props of {@link ConsentPreferences}. */
export interface ConsentPreferencesProps {
  /** Extra class on the dialog (`ic-dialog` is always there). */
  className?: string;
}

/**
 * Stands in for the dialog when its code could not be loaded (offline, a removed chunk after a
 * deploy): reports the error, closes the preferences again instead of letting the failed
 * `lazy` throw through the app, and lets the next open retry with a fresh `lazy`.
 */
function DialogUnavailable({ manager }: PreferencesDialogProps): null {
  useEffect(() => {
    manager.closePreferences();
  }, [manager]);
  return null;
}

type DialogModule = { default: ComponentType<PreferencesDialogProps> };

/**
 * A promise whose `then` calls back at once. When the code was prefetched, `lazy` then renders
 * the dialog in the same commit: a suspended boundary would reveal it only on a retry, which
 * React throttles (up to 300 ms after the fallback).
 */
const settled = (value: DialogModule): Promise<DialogModule> =>
  Object.assign(Promise.resolve(value), { then: (resolve: (value: DialogModule) => void) => resolve(value) });

const lazyDialog = (): ComponentType<PreferencesDialogProps> =>
  lazy(() => {
    const ready = loadedPreferencesDialog();
    return ready
      ? settled({ default: ready.PreferencesDialog })
      : loadPreferencesDialog().then(
          (m): DialogModule => ({ default: m.PreferencesDialog }),
          (error: unknown) => {
            LazyDialog = lazyDialog();
            globalThis.reportError?.(error);
            return { default: DialogUnavailable };
          },
        );
  });

/** The dialog, loaded on first use (or earlier, when an opener prefetches it). */
let LazyDialog = lazyDialog();

/** The element that has focus, or null for none / `<body>`. */
function focusedElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
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
 * - Loaded on demand: the dialog's code is a separate chunk (`React.lazy` inside a
 *   `<Suspense fallback={null}>`), so it is not part of what every visitor downloads up front.
 *   The banner's "Customize" and {@link ConsentSettingsButton} start fetching it on
 *   `pointerenter`, `focus` and `pointerdown`, so a click usually finds it there and the dialog
 *   opens at once. `openPreferences()` from anywhere else fetches it then: the dialog appears
 *   once its code has arrived (React reveals a suspended boundary no sooner than about 300 ms
 *   later) and then takes focus; focus returns to the control that opened it (taken when it was
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

  return (
    <>
      <div className="ic-status" role="status" lang={manager.language}>
        {status}
      </div>
      {ui.preferencesOpen ? (
        <Suspense fallback={null}>
          <LazyDialog manager={manager} className={className} opener={opener} onDecided={() => setStatus(manager.texts.saved)} />
        </Suspense>
      ) : null}
    </>
  );
}
