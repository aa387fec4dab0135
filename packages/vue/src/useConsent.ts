import { computed, toValue, type MaybeRefOrGetter, type Ref } from 'vue';
import { isGranted, type ConsentIdOf } from '@introw/consent-core';
import type { RegisteredConfig } from './Register';
import { useManager } from './internal/context';
import { useSnapshot } from './internal/useManagerValue';

/**
 * Whether a category or service is granted, as a read-only `Ref<boolean>` that changes when
 * consent is given or withdrawn (and only then: dependents do not re-render for other changes).
 * Strictly necessary categories are always `true`; unknown ids are always `false`. While the
 * server renders, and while the client hydrates, it reads the server snapshot (`initialState`),
 * so the markup matches.
 *
 * Ids are checked at compile time against the config type: register it once with
 * `declare module '@introw/consent-vue' { interface Register { config: typeof config } }`
 * (see {@link Register}), or name it per call: `useConsent<typeof config>('analytics')`.
 *
 * @param id - A category id (`'analytics'`) or a service id (`'hotjar'`); a ref or getter is followed.
 * @typeParam TConfig - The config type; defaults to the {@link Register registered} one.
 * @throws {Error} Outside the plugin / provider: "Install the plugin, app.use(createConsent(config)) ... or wrap your app in <ConsentProvider :config="config">".
 * @example
 * ```vue
 * <script setup lang="ts">
 * import { useConsent } from '@introw/consent-vue';
 * const functional = useConsent('functional');
 * </script>
 * <template><HubSpotChat v-if="functional" /></template>
 * ```
 * @remarks R1, R5: docs/rules.md (nothing gated runs before consent; per category and per service).
 */
export function useConsent<TConfig = RegisteredConfig>(id: MaybeRefOrGetter<ConsentIdOf<TConfig>>): Readonly<Ref<boolean>> {
  const snapshot = useSnapshot(useManager('useConsent()'));
  return computed(() => isGranted(snapshot.value, toValue(id) as string));
}
