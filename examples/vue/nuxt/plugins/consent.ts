import { createConsent, googleConsentMode, type ConsentState } from '@introw/consent-vue';
import { gpcFromHeaders, readConsent } from '@introw/consent-vue/server';
import { introwConfig } from '@introw/example-config';

/**
 * The consent plugin, per request on the server and once in the browser. The server reads the
 * visitor's consent cookie (and `Sec-GPC`) into `initialState`, renders with it, and Nuxt's
 * payload (`useState`) hands the same snapshot to the browser, so hydration renders exactly the
 * server's markup: a decided visitor never sees the banner, an undecided one gets it in the HTML.
 * The plugin starts the browser side (script gating, revocation) when Nuxt mounts the app.
 */
export default defineNuxtPlugin((nuxtApp) => {
  const initialState = useState<ConsentState | null>('introw-consent', () => {
    if (!import.meta.server) return null;
    const headers = useRequestHeaders(['cookie', 'sec-gpc']);
    return readConsent(headers.cookie, introwConfig, { gpc: gpcFromHeaders(headers) });
  });
  const plugin = createConsent(introwConfig, {
    plugins: [googleConsentMode()],
    ...(initialState.value ? { initialState: initialState.value } : {}),
  });
  nuxtApp.vueApp.use(plugin);
  return { provide: { consent: plugin.manager } };
});
