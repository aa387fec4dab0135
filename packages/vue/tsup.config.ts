import { defineConfig } from 'tsup';
import { packageConfig } from '../../scripts/tsup.shared';

export default defineConfig(
  packageConfig(
    { index: 'src/index.ts', server: 'src/server.ts' },
    { external: ['vue', '@introw/consent-core', '@introw/consent-core/preferences'], tsconfig: 'tsconfig.build.json' },
  ),
);
