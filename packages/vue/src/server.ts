/**
 * @introw/consent-vue/server: core's server helpers (`@introw/consent-core/server`), re-exported
 * so a server entry (Vite SSR, Nuxt server plugin, route handler) imports them from the one
 * package an app installs. Nothing here touches Vue or the DOM.
 *
 * @example
 * ```ts
 * // entry-server.ts
 * import { renderToString } from '@vue/server-renderer';
 * import { readConsent, gpcFromHeaders } from '@introw/consent-vue/server';
 *
 * const initialState = readConsent(req.headers.cookie, config, { gpc: gpcFromHeaders(req.headers) });
 * const app = createSSRApp(App).use(createConsent(config, { initialState }));
 * const html = await renderToString(app);
 * ```
 */
export { readConsent, gpcFromHeaders, acceptLanguageCandidates, resolveLanguage } from '@introw/consent-core/server';
