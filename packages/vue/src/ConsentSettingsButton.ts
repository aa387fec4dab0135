import { defineComponent, h, mergeProps, normalizeClass } from 'vue';
import { useManager } from './internal/context';
import { prefetchPreferencesOnIntent } from './internal/dialog';

/**
 * The "Cookie settings" control (`texts.cookieSettings`): a button that reopens the preferences
 * dialog, so withdrawing is as easy as giving. Put it somewhere reachable on every page (the
 * footer). Focus returns to it when the dialog closes. Pointing at it, focusing it or pressing it
 * starts loading the dialog's code (see `ConsentPreferences`), so the first open is quick. Classes:
 * `ic-button-link ic-settings-button`.
 *
 * Any attribute except `type` goes on the `<button>`; a `@click` listener runs before the dialog
 * opens (call `event.preventDefault()` to keep it closed).
 *
 * @throws {Error} Outside the plugin / provider.
 * @example
 * ```vue
 * <footer><ConsentSettingsButton /></footer>
 * ```
 * @remarks R12: docs/rules.md; GDPR art. 7(3); EDPB CBTF report 2023 §31-34.
 */
export const ConsentSettingsButton = /* @__PURE__ */ defineComponent({
  name: 'ConsentSettingsButton',
  inheritAttrs: false,
  emits: {
    /** The button was clicked; `event.preventDefault()` keeps the dialog closed. */
    click: (event: MouseEvent) => event instanceof Event,
  },
  setup(_, { attrs, emit }) {
    const manager = useManager('<ConsentSettingsButton>');
    const onClick = (event: MouseEvent): void => {
      emit('click', event);
      if (!event.defaultPrevented) manager.openPreferences();
    };
    return () =>
      h(
        'button',
        {
          'aria-haspopup': 'dialog',
          lang: manager.language,
          // The site's own pointerenter / focus / pointerdown listeners run too (merged, not replaced).
          ...mergeProps(attrs, prefetchPreferencesOnIntent),
          type: 'button',
          class: normalizeClass(['ic-button-link', 'ic-settings-button', attrs.class]),
          onClick,
        },
        manager.texts.cookieSettings,
      );
  },
});
