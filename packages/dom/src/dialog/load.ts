import { onDemand } from '@introw/consent-core/ui';

/**
 * The preferences dialog's code, loaded on demand (core's `onDemand`: once, and again after a
 * failed load). Only ever reached through `import()`, so a bundler makes it a chunk of its own; the
 * script-tag build turns this import into a second file loaded by URL (scripts/build-iife.mjs).
 */
export const preferencesDialog = /* @__PURE__ */ onDemand(() => import('./PreferencesDialog'));
