import { defineConfig } from 'vite';
import { introwConsentRecords, introwVendorTags } from '@introw/example-config/vite';
import vue from '@vitejs/plugin-vue';

// The demo consumes @introw/consent-core and @introw/consent-vue exactly as a site would:
// through their package `exports` (the built `dist/`), never through their `src/`. The root
// `demo:vue` script builds the packages first.
export default defineConfig({
  // introwConsentRecords: the records service under /consent (PGlite in .consent-data).
  plugins: [vue(), introwVendorTags(), introwConsentRecords()],
  resolve: {
    // One Vue for the app and for @introw/consent-vue (which takes Vue as a peer).
    dedupe: ['vue'],
  },
  server: { host: 'localhost', port: 5174, strictPort: true },
  preview: { host: 'localhost', port: 4174, strictPort: true },
  build: { sourcemap: true },
});
