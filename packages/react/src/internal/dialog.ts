import { onDemand } from '@introw/consent-core/ui';

/**
 * The preferences dialog's code, a chunk of its own loaded on demand (core's `onDemand`: once,
 * and again after a failed load). Only ever imported through `import()`, so bundlers split it.
 */
export const preferencesDialog = /* @__PURE__ */ onDemand(() => import('./PreferencesDialog'));

/** Starts loading the dialog on intent (pointer enter, focus, pointer down on an opener). */
export const prefetchPreferencesDialog = (): void => void preferencesDialog.get().catch(() => {});
