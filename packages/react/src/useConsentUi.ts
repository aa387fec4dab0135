'use client';
import { useMemo, useSyncExternalStore } from 'react';
import { useManager } from './internal/useManager';

/** Result of {@link useConsentUi}. */
export interface UseConsentUiResult {
  /** The first layer should show: no valid decision yet (R1, R11). */
  bannerVisible: boolean;
  /** The preferences dialog is open. */
  preferencesOpen: boolean;
  /** Opens the preferences dialog (what a "Cookie settings" control does: R12). */
  openPreferences(): void;
  /** Closes the preferences dialog without deciding. */
  closePreferences(): void;
}

/**
 * The banner and dialog state, for building your own consent UI. Re-renders when either
 * changes; while hydrating it returns the server's UI state.
 *
 * @throws {Error} Outside a `<ConsentProvider>`: "Wrap your app in <ConsentProvider config={...}>".
 * @example
 * ```tsx
 * function FooterLink() {
 *   const { openPreferences } = useConsentUi();
 *   return <button type="button" onClick={openPreferences}>Cookie settings</button>;
 * }
 * ```
 * @remarks R12: docs/rules.md.
 */
export function useConsentUi(): UseConsentUiResult {
  const manager = useManager('useConsentUi()');
  const ui = useSyncExternalStore(manager.subscribe, manager.getUiState, manager.getServerUiState);
  return useMemo(
    () => ({
      bannerVisible: ui.bannerVisible,
      preferencesOpen: ui.preferencesOpen,
      openPreferences: () => manager.openPreferences(),
      closePreferences: () => manager.closePreferences(),
    }),
    [ui, manager],
  );
}
