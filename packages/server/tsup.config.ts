import { defineConfig } from 'tsup';
import { packageConfig } from '../../scripts/tsup.shared';

export default defineConfig(
  packageConfig({ index: 'src/index.ts', cli: 'src/cli.ts' }, { target: 'node20', platform: 'node', tsconfig: 'tsconfig.build.json' }),
);
