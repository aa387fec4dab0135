import { defineConfig } from 'tsup';
import { packageConfigs } from '../../scripts/tsup.shared';

// Every source module is an entry, so dist keeps one file per module (shared code stays in the
// module it belongs to): a site's bundler can then split the first load from on-demand chunks
// module by module, exactly as from source. Only the public entries are in package.json `exports`.
// Built for production (`dist/`) and development (`dist/dev/`, the `development` condition).
export default defineConfig(packageConfigs(['src/**/*.ts', '!src/**/__tests__/**']));
