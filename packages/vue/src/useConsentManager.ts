import type { CategoryIdOf, ConsentManager, ServiceIdOf } from '@introw/consent-core';
import type { RegisteredConfig } from './Register';
import { useManager } from './internal/context';

/**
 * The core consent manager of the app (`app.use(createConsent(...))`) or of the nearest
 * `<ConsentProvider>`: `acceptAll()`, `rejectAll()`, `save(choice)`, `reset()`,
 * `openPreferences()`, `hasConsent(id)`, `texts`, `language`, ... The same object for the
 * provider's lifetime. Reading values from it is not reactive; use {@link useConsent} /
 * {@link useConsentState} for that.
 *
 * @typeParam TConfig - The config type; defaults to the {@link Register registered} one.
 * @throws {Error} Outside the plugin / provider, or outside `setup()`: the message says how to fix it.
 * @example
 * ```vue
 * <script setup lang="ts">
 * const consent = useConsentManager();
 * </script>
 * <template><button type="button" @click="consent.reset()">Withdraw consent</button></template>
 * ```
 */
export function useConsentManager<TConfig = RegisteredConfig>(): ConsentManager<CategoryIdOf<TConfig>, ServiceIdOf<TConfig>> {
  return useManager('useConsentManager()') as unknown as ConsentManager<CategoryIdOf<TConfig>, ServiceIdOf<TConfig>>;
}
