import { defineConfig } from 'vite';
import { introwConsentRecords, introwVendorTags } from '@introw/example-config/vite';
import react from '@vitejs/plugin-react';

// The demo consumes @introw/consent-core and @introw/consent-react exactly as a site would:
// through their package `exports` (the built `dist/`), never through their `src/`. The root
// `demo` and `test` scripts build the packages first.
export default defineConfig({
  // introwConsentRecords: the records service under /consent (PGlite in .consent-data).
  plugins: [react(), introwVendorTags(), introwConsentRecords()],
  resolve: {
    // One React for the app and for @introw/consent-react (which takes React as a peer).
    dedupe: ['react', 'react-dom'],
  },
  // www.introw.test: the name under which the website shares its consent with the Platform
  // (rooms.introw.test) locally; Vite answers only the host names it knows.
  server: { host: 'localhost', port: 5173, strictPort: true, allowedHosts: ['www.introw.test'] },
  preview: { host: 'localhost', port: 4173, strictPort: true },
  // Two pages: the site (index.html, client-side routing) and the consent UI gallery (gallery.html).
  build: { sourcemap: true, rollupOptions: { input: { main: 'index.html', gallery: 'gallery.html' } } },
});
