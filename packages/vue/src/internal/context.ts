import { hasInjectionContext, inject, type InjectionKey } from 'vue';
import type { ConsentManager } from '@introw/consent-core';
import { appearanceAttributes } from '@introw/consent-core/ui';

/**
 * The key under which `createConsent` and `<ConsentProvider>` provide the consent manager.
 * The composables read it; Options API code can inject it too (prefer `useConsentManager()`).
 *
 * @example
 * ```ts
 * export default defineComponent({
 *   inject: { consent: { from: consentManagerKey } },
 *   methods: { withdraw() { this.consent.reset(); } },
 * });
 * ```
 */
export const consentManagerKey: InjectionKey<ConsentManager> = Symbol('@introw/consent-vue manager');

/** The provided manager, or `null` outside a plugin / provider (or outside setup). Internal. */
export function injectManager(): ConsentManager | null {
  return hasInjectionContext() ? (inject(consentManagerKey, null) ?? null) : null;
}

/**
 * The manager of the nearest provider, untyped by ids (components take ids as props).
 *
 * @param caller - Named in the error, e.g. `useConsent()` or `<ConsentBanner>`.
 * @throws {Error} Outside `app.use(createConsent(...))` / `<ConsentProvider>`; the message says how to fix it.
 */
export function useManager(caller: string): ConsentManager {
  const manager = injectManager();
  if (!manager) {
    // The whole explanation in development builds; production builds keep a short message (bytes).
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? `[@introw/consent] ${caller} was used outside a consent provider. ` +
            'Install the plugin, app.use(createConsent(config)) (from @introw/consent-vue), ' +
            'or wrap your app in <ConsentProvider :config="config">. ' +
            'Composables must be called inside setup() (or app.runWithContext()).'
        : `[@introw/consent] ${caller}: no consent provider`,
    );
  }
  return manager;
}

/** The attributes for the banner's and dialog's roots (`data-ic-layout`, `data-ic-theme`). */
export type AppearanceAttributes = ReturnType<typeof appearanceAttributes>;

/**
 * Where the plugin and `<ConsentProvider>` provide the appearance: a getter, so that a provider's
 * `layout` and `theme` props stay reactive in the components' render functions. Internal.
 */
export const consentAppearanceKey: InjectionKey<() => AppearanceAttributes> = Symbol('@introw/consent-vue appearance');

const defaults = (): AppearanceAttributes => appearanceAttributes();

/** The provided appearance getter; the defaults (`bar`, `light`) when none is provided. Internal. */
export function useAppearance(): () => AppearanceAttributes {
  return hasInjectionContext() ? inject(consentAppearanceKey, defaults) : defaults;
}
