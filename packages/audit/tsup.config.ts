import { defineConfig } from 'tsup';
import { packageConfig } from '../../scripts/tsup.shared';

// The library (ESM + CJS + d.ts; `shims` gives CJS an import.meta.url for the data file) and the
// executable (ESM, with its shebang). playwright-core, jiti and tldts stay dependencies; core's
// matcher (src/coreMatch.ts) is bundled from core's source.
export default defineConfig([
  packageConfig(
    { index: 'src/index.ts' },
    { external: ['@introw/consent-core', 'playwright-core', 'jiti', 'tldts'], shims: true, tsconfig: 'tsconfig.build.json' },
  ),
  packageConfig(
    { cli: 'src/bin.ts' },
    {
      format: ['esm'],
      dts: false,
      clean: false,
      banner: { js: '#!/usr/bin/env node' },
      external: ['@introw/consent-core', 'playwright-core', 'jiti', 'tldts'],
      tsconfig: 'tsconfig.build.json',
    },
  ),
]);
