'use client';
import type { ConsentIdOf } from '@introw/consent-core';
import type { RegisteredConfig } from './Register';
import { useManager } from './internal/useManager';
import { useGranted } from './internal/useGranted';

/**
 * Whether a category or service is granted, as a boolean that re-renders the component when
 * it flips (and only then). Strictly necessary categories are always `true`; unknown ids are
 * always `false`.
 *
 * Ids are checked at compile time against the config type: register it once with
 * `declare module '@introw/consent-react' { interface Register { config: typeof config } }`
 * (see {@link Register}), or name it per call: `useConsent<typeof config>('analytics')`.
 *
 * @param id - A category id (`'analytics'`) or a service id (`'hotjar'`).
 * @typeParam TConfig - The config type; defaults to the {@link Register registered} one.
 * @throws {Error} Outside a `<ConsentProvider>`: "Wrap your app in <ConsentProvider config={...}>".
 * @example
 * ```tsx
 * function Chat() {
 *   const functional = useConsent('functional');
 *   return functional ? <HubSpotChat /> : null;
 * }
 * ```
 * @remarks R1, R5: docs/rules.md (nothing gated runs before consent; per category and per service).
 */
export function useConsent<TConfig = RegisteredConfig>(id: ConsentIdOf<TConfig>): boolean {
  return useGranted(useManager('useConsent()'), id as string);
}
