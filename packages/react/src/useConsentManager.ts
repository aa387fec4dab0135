'use client';
import type { CategoryIdOf, ConsentManager, ServiceIdOf } from '@introw/consent-core';
import type { RegisteredConfig } from './Register';
import { useManager } from './internal/useManager';

/**
 * The core consent manager of the nearest {@link ConsentProvider}: `acceptAll()`, `rejectAll()`,
 * `save(choice)`, `reset()`, `openPreferences()`, `hasConsent(id)`, `texts`, `language`, ...
 * The reference is stable for the provider's lifetime. Reading values from it does not
 * re-render; use {@link useConsent} / {@link useConsentState} for that.
 *
 * @typeParam TConfig - The config type; defaults to the {@link Register registered} one.
 * @throws {Error} Outside a `<ConsentProvider>`: "Wrap your app in <ConsentProvider config={...}>".
 * @example
 * ```tsx
 * function WithdrawButton() {
 *   const consent = useConsentManager();
 *   return <button type="button" onClick={() => consent.reset()}>Withdraw consent</button>;
 * }
 * ```
 */
export function useConsentManager<TConfig = RegisteredConfig>(): ConsentManager<CategoryIdOf<TConfig>, ServiceIdOf<TConfig>> {
  return useManager('useConsentManager()') as unknown as ConsentManager<CategoryIdOf<TConfig>, ServiceIdOf<TConfig>>;
}
