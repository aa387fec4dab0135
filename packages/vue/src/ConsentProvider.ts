import { defineComponent, onMounted, onUnmounted, provide, watch, type PropType, type SlotsType, type VNode } from 'vue';
import type { ConsentConfig, ConsentManager, ConsentManagerOptions, ConsentState } from '@introw/consent-core';
import { appearanceAttributes, managerFor, warnOnce, type ConsentLayout, type ConsentTheme } from '@introw/consent-core/ui';
import { consentAppearanceKey, consentManagerKey } from './internal/context';

/** Props of {@link ConsentProvider}: a `config` (the provider creates the manager) or a ready `manager`. */
export interface ConsentProviderProps {
  /** The site config from `defineConsentConfig`; read once, at setup. */
  config?: ConsentConfig;
  /** A manager you created with `createConsentManager` (shared with non-Vue code, or in tests). */
  manager?: ConsentManager;
  /**
   * The snapshot the server rendered with (`readConsent(cookieHeader, config)` from
   * `@introw/consent-vue/server`). Hydration reads it, so the first client render shows what the
   * server rendered: no banner flash, no hydration mismatch. Ignored with `manager`.
   */
  initialState?: ConsentState;
  /** Passed to `createConsentManager` (`storage`, `language`, `gpc`, `onRecord`, ...). Ignored with `manager`. */
  options?: ConsentManagerOptions;
  /**
   * Where the banner sits: `'bar'` (default, along the bottom), `'corner'` (a box at the bottom end)
   * or `'center'` (a box in the middle); on phones every layout docks at the bottom. Rendered as
   * `data-ic-layout` on the banner and the dialog. Reactive.
   */
  layout?: ConsentLayout;
  /**
   * The colour scheme: `'light'` (default), `'dark'`, or `'auto'` (the visitor's system setting).
   * Rendered as `data-ic-theme`. Reactive: bind your site's own theme state to follow its switch.
   */
  theme?: ConsentTheme;
}

/**
 * Makes a consent manager available to the composables and components inside it and starts its
 * browser side (script and embed gating, revocation, cross-tab sync) while mounted: `mount()` in
 * `onMounted`, its stop in `onUnmounted`. The component form of {@link createConsent}, for a part
 * of an app or a per-page config; it renders its default slot and no element of its own.
 *
 * The manager is created once, at setup, from `config` (later `config`, `options` and
 * `initialState` values are ignored, with a dev warning: define the config outside components).
 * `layout` and `theme` stay reactive.
 *
 * @throws {ConsentConfigError} (from core) when `config` is invalid; lists every problem with its path.
 * @throws {Error} When neither `config` nor `manager` is given.
 * @example
 * ```vue
 * <script setup lang="ts">
 * import { ConsentProvider, ConsentBanner, ConsentPreferences } from '@introw/consent-vue';
 * import { config } from './consent';
 * </script>
 *
 * <template>
 *   <ConsentProvider :config="config" layout="corner" theme="auto">
 *     <Site />
 *     <ConsentBanner />
 *     <ConsentPreferences />
 *   </ConsentProvider>
 * </template>
 * ```
 * @remarks DESIGN.md "React and Vue"; SSR: pass `initialState` (DESIGN.md "No flash and no hydration mismatch");
 * layouts and themes: @introw/consent-core README, "Styling" (every layout keeps R3 and R25).
 */
export const ConsentProvider = /* @__PURE__ */ defineComponent({
  name: 'ConsentProvider',
  props: {
    config: { type: Object as PropType<ConsentConfig>, default: undefined },
    manager: { type: Object as PropType<ConsentManager>, default: undefined },
    initialState: { type: Object as PropType<ConsentState>, default: undefined },
    options: { type: Object as PropType<ConsentManagerOptions>, default: undefined },
    layout: { type: String as PropType<ConsentLayout>, default: undefined },
    theme: { type: String as PropType<ConsentTheme>, default: undefined },
  },
  slots: Object as SlotsType<{ default?: () => VNode[] }>,
  setup(props, { slots }) {
    // Core's rule: the given manager, else one created from config, options and initialState.
    const manager: ConsentManager = managerFor(props);
    provide(consentManagerKey, manager);
    provide(consentAppearanceKey, () => appearanceAttributes({ layout: props.layout, theme: props.theme }));

    if (process.env.NODE_ENV !== 'production') {
      watch(
        () => [props.config, props.manager] as const,
        () =>
          warnOnce(
            '<ConsentProvider> received a different `config` or `manager` after setup; the first one stays in use. ' +
              'Define the config outside your components.',
          ),
      );
    }

    let stop: (() => void) | null = null;
    onMounted(() => {
      stop = manager.mount();
    });
    onUnmounted(() => {
      stop?.();
      stop = null;
    });

    return () => slots.default?.();
  },
});
