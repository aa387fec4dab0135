import { fileURLToPath } from 'node:url';

// A minimal Nuxt 3 site for @introw/consent-vue. Introw's config comes from the shared example
// package (TypeScript source), aliased here because this app is installed on its own with npm.
export default defineNuxtConfig({
  compatibilityDate: '2025-01-01',
  devtools: { enabled: false },
  telemetry: false,
  css: ['@introw/consent-core/styles.css'],
  alias: {
    '@introw/example-config': fileURLToPath(new URL('../../introw-config/src/index.ts', import.meta.url)),
  },
  // One Vue and one consent core for the app, the package and the aliased config.
  vite: { resolve: { dedupe: ['vue', '@introw/consent-core', '@introw/consent-vue'] } },
  app: { head: { htmlAttrs: { lang: 'en' }, title: 'Introw (Nuxt)' } },
});
