import { defineConfig } from 'tsup';
import { packageConfig } from '../../scripts/tsup.shared';

// The ES and CommonJS builds for bundlers; the dialog and the cookie table are chunks of their own
// (dynamic imports). The script-tag build (dist/consent.iife.js and its on-demand files) is
// scripts/build-iife.mjs, run after this.
export default defineConfig(
  packageConfig(
    { index: 'src/index.ts' },
    { external: ['@introw/consent-core', '@introw/consent-core/ui', '@introw/consent-core/preferences'], tsconfig: 'tsconfig.build.json' },
  ),
);
