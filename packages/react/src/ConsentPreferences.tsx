'use client';
import { useContext, useEffect, useState, useSyncExternalStore, type ReactElement } from 'react';
import { createPreferencesController } from '@introw/consent-core/ui';
import { useManager } from './internal/useManager';
import { preferencesDialog } from './internal/dialog';
import { AppearanceContext } from './internal/AppearanceContext';

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
 * - The dialog carries the provider's `layout` and `theme` as `data-ic-layout` and `data-ic-theme`;
 *   below 40rem wide the stylesheet makes it full screen and each cookie a card of labelled lines.
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
 * @remarks R3-R7, R12, R22, R24, R26: docs/rules.md; WAI-ARIA APG modal dialog pattern.
 */
export function ConsentPreferences({ className }: ConsentPreferencesProps): ReactElement {
  const manager = useManager('<ConsentPreferences>');
  // Core's rules: the opener, loading on demand, Escape while loading, closing on a failed load, "saved".
  const [preferences] = useState(() => createPreferencesController(manager, preferencesDialog));
  const state = useSyncExternalStore(preferences.subscribe, preferences.getState, preferences.getState);
  useEffect(() => preferences.start(), [preferences]);
  const appearance = useContext(AppearanceContext);
  const Dialog = state.dialog?.PreferencesDialog;

  return (
    <>
      <div className="ic-status" role="status" lang={manager.language}>
        {state.status}
      </div>
      {state.open && Dialog ? (
        <Dialog manager={manager} className={className} appearance={appearance} opener={preferences.opener()} onDecided={preferences.decided} />
      ) : null}
    </>
  );
}
