'use client';
import { useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import type { ConsentConfig, ConsentManager, ConsentManagerOptions, ConsentState } from '@introw/consent-core';
import { managerFor, warnOnce } from '@introw/consent-core/ui';
import { ConsentContext } from './internal/ConsentContext';

interface ConsentProviderBaseProps<C extends string, S extends string> {
  /** Your app. Hooks and components below the provider read its manager. */
  children?: ReactNode;
  /**
   * The snapshot the server rendered with (`readConsent(cookieHeader, config)` from
   * `@introw/consent-core/server`). Hydration reads it, so what the server rendered is what the
   * first client render shows: no banner flash, no hydration mismatch. Ignored with `manager`.
   */
  initialState?: ConsentState<C, S>;
  /** Passed to `createConsentManager` (`storage`, `language`, `gpc`, `onRecord`, ...). Ignored with `manager`. */
  options?: ConsentManagerOptions<C, S>;
}

/** Props of {@link ConsentProvider}: a `config` (the provider creates the manager) or a ready `manager`. */
export type ConsentProviderProps<C extends string = string, S extends string = string> = ConsentProviderBaseProps<C, S> &
  (
    | {
        /** The site config from `defineConsentConfig`; read once, on the first render. */
        config: ConsentConfig<C, S>;
        manager?: undefined;
      }
    | {
        /** A manager you created with `createConsentManager` (shared with non-React code, or in tests). */
        manager: ConsentManager<C, S>;
        config?: undefined;
      }
  );

/**
 * Makes a consent manager available to the hooks and components below it and starts its
 * browser side (script and embed gating, revocation, cross-tab sync) while mounted.
 *
 * The manager is created once, on the first render, from `config` (later `config`, `options` and
 * `initialState` values are ignored: define the config outside your components). `mount()` runs
 * in an effect; its stop is deferred by a microtask so that StrictMode's unmount-and-remount
 * keeps one running browser side instead of stopping and restarting it (core's `mount()` is
 * refcounted; service `onGrant` hooks run once).
 *
 * @param props - `{ config | manager, initialState?, options?, children }`.
 * @throws {ConsentConfigError} (from core) when `config` is invalid; lists every problem with its path.
 * @throws {Error} When neither `config` nor `manager` is given.
 * @example
 * ```tsx
 * import { ConsentProvider, ConsentBanner, ConsentPreferences } from '@introw/consent-react';
 * import '@introw/consent-core/styles.css';
 * import { config } from './consent';
 *
 * export function App() {
 *   return (
 *     <ConsentProvider config={config}>
 *       <Site />
 *       <ConsentBanner />
 *       <ConsentPreferences />
 *     </ConsentProvider>
 *   );
 * }
 * ```
 * @remarks DESIGN.md "React and Vue"; SSR: pass `initialState` (DESIGN.md "No flash and no hydration mismatch").
 */
export function ConsentProvider<C extends string, S extends string>(props: ConsentProviderProps<C, S>): ReactElement {
  // Core's rule: the given manager, else one created once from config, options and initialState.
  const [manager] = useState(() => managerFor<C, S>(props));

  const first = useRef({ config: props.config, manager: props.manager });
  if (process.env.NODE_ENV !== 'production' && (first.current.config !== props.config || first.current.manager !== props.manager)) {
    warnOnce(
      '<ConsentProvider> received a different `config` or `manager` after its first render; the first one stays in use. ' +
        'Define the config outside your components (or memoize it).',
    );
  }

  useEffect(() => {
    const stop = manager.mount();
    // Deferred: StrictMode's unmount-and-remount keeps one running browser side.
    return () => {
      queueMicrotask(stop);
    };
  }, [manager]);

  return <ConsentContext.Provider value={manager as unknown as ConsentManager}>{props.children}</ConsentContext.Provider>;
}
