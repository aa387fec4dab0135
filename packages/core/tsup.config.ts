import { defineConfig } from 'tsup';
import { packageConfig } from '../../scripts/tsup.shared';

export default defineConfig(packageConfig({ index: 'src/index.ts', server: 'src/server.ts', preferences: 'src/preferences.ts', ui: 'src/ui.ts' }));
