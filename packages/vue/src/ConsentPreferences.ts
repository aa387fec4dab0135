import { defineComponent, h, normalizeClass, onMounted, onUnmounted } from 'vue';
import { createPreferencesController } from '@introw/consent-core/ui';
import { useAppearance, useManager } from './internal/context';
import { bindValue } from './internal/useManagerValue';
import { preferencesDialog } from './internal/dialog';

/**
 * The second layer: the preferences dialog, open while `preferencesOpen` (opened by the
 * banner's "Customize", a {@link ConsentSettingsButton}, `useConsentUi().openPreferences()` or
 * `manager.openPreferences()`). Same markup and behaviour as `@introw/consent-react`'s
 * `ConsentPreferences`:
 *
 * - A native `<dialog>` opened with `showModal()` (background inert, Escape closes); where
 *   `showModal` is missing (jsdom) a `role="dialog" aria-modal="true"` fallback. Labelled by
 *   its visible title; focus moves in on open, Tab and Shift+Tab stay inside, Escape closes,
 *   and focus returns to the control that opened it (R24).
 * - One switch (a native checkbox with `role="switch"`) per optional category, labelled by the
 *   category title and described by its description; strictly necessary categories say
 *   "Always active" instead (R7). Switches start from the stored choice, so nothing is
 *   pre-ticked for an undecided visitor (R4).
 * - Per category an expandable list of its services, each with its own switch and the table of
 *   its cookies: name, provider, duration, purpose, first or third party (R5, R6).
 * - The GPC notice when GPC is honoured (R22), the privacy contact and the cookie statement
 *   link when configured, and "Accept all", "Reject all" and "Save choices" plus a close button.
 * - The dialog carries the plugin's or provider's `layout` and `theme` as `data-ic-layout` and
 *   `data-ic-theme`; below 40rem wide the stylesheet makes it full screen and each cookie a card.
 * - A `role="status"` region (always rendered) announces `texts.saved` after a choice (R26, 4.1.3).
 * - Loaded on demand: the dialog's code is its own chunk (core's `onDemand` and preferences controller),
 *   so it is not part of what every visitor downloads up front; only the status region is. The
 *   banner's "Customize" and {@link ConsentSettingsButton} start fetching it on `pointerenter`,
 *   `focus` and `pointerdown`; `openPreferences()` from anywhere else fetches it then. The dialog
 *   appears once its code has arrived and then takes focus; focus returns to the control that
 *   opened it (taken when it was opened, not when the code arrived). Should the fetch fail, the
 *   error is reported (`reportError`), the preferences close again and the next open retries.
 *   Nothing loads on the server: the dialog is closed there.
 *
 * `class` goes on the dialog. Classes: `ic-dialog`, `ic-dialog-header`, `ic-dialog-title`,
 * `ic-close`, `ic-dialog-body`, `ic-category`, `ic-switch`, `ic-always-active`, `ic-services`,
 * `ic-service`, `ic-table`, `ic-dialog-footer`, `ic-actions`, `ic-button`, `ic-status`.
 *
 * @throws {Error} Outside the plugin / provider.
 * @example
 * ```vue
 * <template>
 *   <RouterView />
 *   <ConsentBanner />
 *   <ConsentPreferences />
 * </template>
 * ```
 * @remarks R3-R7, R12, R22, R24, R26: docs/rules.md; WAI-ARIA APG modal dialog pattern.
 */
export const ConsentPreferences = /* @__PURE__ */ defineComponent({
  name: 'ConsentPreferences',
  inheritAttrs: false,
  setup(_, { attrs }) {
    const manager = useManager('<ConsentPreferences>');
    // Core's rules: the opener, loading on demand, Escape while loading, closing on a failed load, "saved".
    const preferences = createPreferencesController(manager, preferencesDialog);
    const state = bindValue(preferences, preferences.getState, preferences.getState);
    const appearance = useAppearance();
    let stop: (() => void) | undefined;
    onMounted(() => (stop = preferences.start()));
    onUnmounted(() => stop?.());

    return () => {
      const { open, dialog, status } = state.value;
      return [
        h('div', { class: 'ic-status', role: 'status', lang: manager.language }, status),
        open && dialog
          ? h(dialog.PreferencesDialog, {
              manager,
              dialogClass: normalizeClass(attrs.class),
              appearance: appearance(),
              opener: preferences.opener(),
              onDecided: preferences.decided,
            })
          : null,
      ];
    };
  },
});
