import { onDemand } from '@introw/consent-core/ui';

/**
 * The preferences dialog's code, a chunk of its own loaded on demand (core's `onDemand`: once,
 * and again after a failed load). Only ever imported through `import()`, so bundlers split it.
 */
export const preferencesDialog = /* @__PURE__ */ onDemand(() => import('./PreferencesDialog'));

const prefetch = (): void => void preferencesDialog.get().catch(() => {});

/** Listeners that start loading the dialog on intent (pointer enter, focus, pointer down on an opener). */
export const prefetchPreferencesOnIntent = { onPointerenter: prefetch, onFocus: prefetch, onPointerdown: prefetch } as const;
