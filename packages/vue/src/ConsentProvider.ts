import { defineComponent, onMounted, onUnmounted, provide, watch, type PropType, type SlotsType, type VNode } from 'vue';
import type { ConsentConfig, ConsentManager, ConsentManagerOptions, ConsentState } from '@introw/consent-core';
import { managerFor, warnOnce } from '@introw/consent-core/ui';
import { consentManagerKey } from './internal/context';

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
}

/**
 * Makes a consent manager available to the composables and components inside it and starts its
 * browser side (script and embed gating, revocation, cross-tab sync) while mounted: `mount()` in
 * `onMounted`, its stop in `onUnmounted`. The component form of {@link createConsent}, for a part
 * of an app or a per-page config; it renders its default slot and no element of its own.
 *
 * The manager is created once, at setup, from `config` (later `config`, `options` and
 * `initialState` values are ignored, with a dev warning: define the config outside components).
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
 *   <ConsentProvider :config="config">
 *     <Site />
 *     <ConsentBanner />
 *     <ConsentPreferences />
 *   </ConsentProvider>
 * </template>
 * ```
 * @remarks DESIGN.md "React and Vue"; SSR: pass `initialState` (DESIGN.md "No flash and no hydration mismatch").
 */
export const ConsentProvider = /* @__PURE__ */ defineComponent({
  name: 'ConsentProvider',
  props: {
    config: { type: Object as PropType<ConsentConfig>, default: undefined },
    manager: { type: Object as PropType<ConsentManager>, default: undefined },
    initialState: { type: Object as PropType<ConsentState>, default: undefined },
    options: { type: Object as PropType<ConsentManagerOptions>, default: undefined },
  },
  slots: Object as SlotsType<{ default?: () => VNode[] }>,
  setup(props, { slots }) {
    // Core's rule: the given manager, else one created from config, options and initialState.
    const manager: ConsentManager = managerFor(props);
    provide(consentManagerKey, manager);

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
