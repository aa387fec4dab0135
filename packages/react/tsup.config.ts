import { defineConfig } from 'tsup';
import { packageConfig } from '../../scripts/tsup.shared';

export default defineConfig(packageConfig({ index: 'src/index.ts' }, { external: ['react', 'react-dom', '@introw/consent-core'] }));
