import { computed, type Ref } from 'vue';
import { useManager } from './internal/context';
import { useUiState } from './internal/useManagerValue';

/** Result of {@link useConsentUi}: read-only refs plus the two actions. Safe to destructure. */
export interface UseConsentUiResult {
  /** The first layer should show: no valid decision yet (R1, R11). */
  bannerVisible: Readonly<Ref<boolean>>;
  /** The preferences dialog is open. */
  preferencesOpen: Readonly<Ref<boolean>>;
  /** Opens the preferences dialog (what a "Cookie settings" control does: R12). */
  openPreferences(): void;
  /** Closes the preferences dialog without deciding. */
  closePreferences(): void;
}

/**
 * The banner and dialog state, for building your own consent UI. The refs follow the manager;
 * while the server renders and the client hydrates they hold the server's UI state.
 *
 * @throws {Error} Outside the plugin / provider: the message says how to fix it.
 * @example
 * ```vue
 * <script setup lang="ts">
 * const { openPreferences } = useConsentUi();
 * </script>
 * <template><button type="button" @click="openPreferences">Cookie settings</button></template>
 * ```
 * @remarks R12: docs/rules.md.
 */
export function useConsentUi(): UseConsentUiResult {
  const manager = useManager('useConsentUi()');
  const ui = useUiState(manager);
  return {
    bannerVisible: computed(() => ui.value.bannerVisible),
    preferencesOpen: computed(() => ui.value.preferencesOpen),
    openPreferences: () => manager.openPreferences(),
    closePreferences: () => manager.closePreferences(),
  };
}
