import type { App } from 'vue';
import type { ConsentConfig, ConsentManager, ConsentManagerOptions } from '@introw/consent-core';
import { appearanceAttributes, managerFor, type ConsentAppearance } from '@introw/consent-core/ui';
import { consentAppearanceKey, consentManagerKey } from './internal/context';

/**
 * The Vue plugin returned by {@link createConsent} (not to be confused with core's `ConsentPlugin`,
 * an opt-in manager feature such as `googleConsentMode()`).
 */
export interface ConsentVuePlugin<C extends string = string, S extends string = string> {
  /** The core manager the plugin provides: use it outside components (router guards, stores, tests). */
  readonly manager: ConsentManager<C, S>;
  /** Called by `app.use(plugin)`. */
  install(app: App): void;
}

/**
 * Creates the consent plugin: `app.use(createConsent(config))` makes a consent manager available
 * to every composable and component of the app (provided under {@link consentManagerKey}) and
 * starts its browser side (script and embed gating, revocation, cross-tab sync) when the app is
 * mounted; `app.unmount()` stops it. On the server nothing starts: `renderToString` never calls
 * `app.mount`. One plugin per app: create it per request on a server.
 *
 * For SSR pass the server's snapshot as `initialState` (`readConsent(cookieHeader, config)` from
 * `@introw/consent-vue/server`) on both sides, so hydration renders exactly what the server did.
 *
 * `layout` (`'bar'` default, `'corner'`, `'center'`) and `theme` (`'light'` default, `'dark'`, `'auto'`)
 * set how the banner and dialog look (`data-ic-layout` / `data-ic-theme` on their roots; see the
 * `@introw/consent-core` README, "Styling"); they are fixed for the app's life (a `<ConsentProvider>`
 * takes them as reactive props instead).
 *
 * @param configOrManager - The site config from `defineConsentConfig`, or a manager you created with `createConsentManager`.
 * @param options - With a config: `createConsentManager` options (`storage`, `language`, `gpc`, `initialState`, `onRecord`, ...)
 *   plus `layout` and `theme`. With a manager: `{ layout, theme }` only.
 * @returns `{ install, manager }`.
 * @throws {ConsentConfigError} (from core) when the config is invalid; lists every problem with its path.
 * @example
 * ```ts
 * import { createApp } from 'vue';
 * import { createConsent } from '@introw/consent-vue';
 * import '@introw/consent-vue/styles.css';
 * import { config } from './consent';
 * import App from './App.vue';
 *
 * createApp(App).use(createConsent(config, { layout: 'corner', theme: 'auto' })).mount('#app');
 * ```
 * @remarks DESIGN.md "React and Vue"; SSR: DESIGN.md "No flash and no hydration mismatch".
 */
export function createConsent<C extends string, S extends string>(
  config: ConsentConfig<C, S>,
  options?: ConsentManagerOptions<C, S> & ConsentAppearance,
): ConsentVuePlugin<C, S>;
export function createConsent<C extends string, S extends string>(manager: ConsentManager<C, S>, appearance?: ConsentAppearance): ConsentVuePlugin<C, S>;
export function createConsent<C extends string, S extends string>(
  configOrManager: ConsentConfig<C, S> | ConsentManager<C, S>,
  options: ConsentManagerOptions<C, S> & ConsentAppearance = {},
): ConsentVuePlugin<C, S> {
  const { layout, theme, ...managerOptions } = options;
  const appearance = appearanceAttributes({ layout, theme });
  // Core's rule (managerFor): a manager as is, else one from the config and options.
  const manager =
    typeof (configOrManager as Partial<ConsentManager<C, S>>).getSnapshot === 'function'
      ? managerFor({ manager: configOrManager as ConsentManager<C, S> })
      : managerFor({ config: configOrManager as ConsentConfig<C, S>, options: managerOptions });
  return {
    manager,
    install(app) {
      app.provide(consentManagerKey, manager as unknown as ConsentManager);
      app.provide(consentAppearanceKey, () => appearance);
      let stop: (() => void) | null = null;
      const stopBrowserSide = (): void => {
        stop?.();
        stop = null;
      };
      // The browser side starts once the app's DOM exists (after hydration, under SSR) and only in
      // a browser: `app.mount` is the one hook Vue calls there and never on a server.
      const mount = app.mount;
      app.mount = ((...args: Parameters<App['mount']>) => {
        const instance = mount(...args);
        stop ??= manager.mount();
        return instance;
      }) as App['mount'];
      // Vue 3.5+: `app.onUnmount`; earlier: wrap `app.unmount`.
      if (typeof (app as Partial<Pick<App, 'onUnmount'>>).onUnmount === 'function') {
        app.onUnmount(stopBrowserSide);
      } else {
        const unmount = app.unmount;
        app.unmount = () => {
          stopBrowserSide();
          unmount();
        };
      }
    },
  };
}
