'use client';
import { useEffect, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import type { ConsentConfig, ConsentManager, ConsentManagerOptions, ConsentState } from '@introw/consent-core';
import { appearanceAttributes, managerFor, warnOnce, type ConsentLayout, type ConsentTheme } from '@introw/consent-core/ui';
import { ConsentContext } from './internal/ConsentContext';
import { AppearanceContext } from './internal/AppearanceContext';

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
  /**
   * Where the banner sits: `'bar'` (default, along the bottom), `'corner'` (a box at the bottom end)
   * or `'center'` (a box in the middle); on phones every layout docks at the bottom. Rendered as
   * `data-ic-layout` on the banner and the dialog; the stylesheet does the rest. May change later.
   */
  layout?: ConsentLayout;
  /**
   * The colour scheme of the banner and dialog: `'light'` (default), `'dark'`, or `'auto'` (the
   * visitor's system setting). Rendered as `data-ic-theme`. Pass your site's own theme state to
   * follow its switch: it may change later.
   */
  theme?: ConsentTheme;
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
 * `layout` and `theme` (see the props) are read on every render: a site's own theme switch can
 * drive `theme`.
 *
 * @param props - `{ config | manager, initialState?, options?, layout?, theme?, children }`.
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
 *     <ConsentProvider config={config} layout="corner" theme="auto">
 *       <Site />
 *       <ConsentBanner />
 *       <ConsentPreferences />
 *     </ConsentProvider>
 *   );
 * }
 * ```
 * @remarks DESIGN.md "React and Vue"; SSR: pass `initialState` (DESIGN.md "No flash and no hydration mismatch");
 * layouts and themes: @introw/consent-core README, "Styling" (every layout keeps R3 and R25).
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

  const { layout, theme } = props;
  const appearance = useMemo(() => appearanceAttributes({ layout, theme }), [layout, theme]);

  return (
    <ConsentContext.Provider value={manager as unknown as ConsentManager}>
      <AppearanceContext.Provider value={appearance}>{props.children}</AppearanceContext.Provider>
    </ConsentContext.Provider>
  );
}
