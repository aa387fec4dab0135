import type { Ref } from 'vue';
import type { CategoryIdOf, ConsentState, ServiceIdOf } from '@introw/consent-core';
import type { RegisteredConfig } from './Register';
import { useManager } from './internal/context';
import { useSnapshot } from './internal/useManagerValue';

/**
 * The whole consent snapshot (`decided`, `categories`, `services`, `method`, `gpc`,
 * `persisted`, ...) as a read-only ref that follows every change. While the server renders and
 * while the client hydrates it holds the server snapshot (`initialState`), so the markup matches.
 *
 * @typeParam TConfig - The config type; defaults to the {@link Register registered} one.
 * @throws {Error} Outside the plugin / provider: the message says how to fix it.
 * @example
 * ```ts
 * const state = useConsentState();
 * const label = computed(() => (state.value.decided ? state.value.method : 'undecided'));
 * ```
 */
export function useConsentState<TConfig = RegisteredConfig>(): Readonly<Ref<ConsentState<CategoryIdOf<TConfig>, ServiceIdOf<TConfig>>>> {
  const snapshot = useSnapshot(useManager('useConsentState()'));
  return snapshot as unknown as Readonly<Ref<ConsentState<CategoryIdOf<TConfig>, ServiceIdOf<TConfig>>>>;
}
