import { onDemand } from '@introw/consent-core/ui';

/**
 * Code that only some pages need, loaded on demand (core's `onDemand`: once, and again after a
 * failed load) when the page has the markup for it: gated embeds and the cookie table. Chunks of
 * their own for a bundler; files of their own in the script-tag build (scripts/build-iife.mjs).
 */
export const embedsModule = /* @__PURE__ */ onDemand(() => import('./embeds'));
export const declarationModule = /* @__PURE__ */ onDemand(() => import('./declaration'));
