'use client';
import { useSyncExternalStore } from 'react';
import type { CategoryIdOf, ConsentState, ServiceIdOf } from '@introw/consent-core';
import type { RegisteredConfig } from './Register';
import { useManager } from './internal/useManager';

/**
 * The whole consent snapshot (`decided`, `categories`, `services`, `method`, `gpc`,
 * `persisted`, ...), re-rendering on every change. While hydrating it returns the server
 * snapshot (`initialState`), so server and client markup match.
 *
 * @typeParam TConfig - The config type; defaults to the {@link Register registered} one.
 * @throws {Error} Outside a `<ConsentProvider>`: "Wrap your app in <ConsentProvider config={...}>".
 * @example
 * ```tsx
 * const { decided, categories } = useConsentState();
 * ```
 */
export function useConsentState<TConfig = RegisteredConfig>(): ConsentState<CategoryIdOf<TConfig>, ServiceIdOf<TConfig>> {
  const manager = useManager('useConsentState()');
  const state = useSyncExternalStore(manager.subscribe, manager.getSnapshot, manager.getServerSnapshot);
  return state as ConsentState<CategoryIdOf<TConfig>, ServiceIdOf<TConfig>>;
}
