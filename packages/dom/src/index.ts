/**
 * @introw/consent-dom: the framework-free renderer of @introw/consent-core. `mountConsentUi`
 * plus all of core's public API (`export *`), so a site installs and imports one package (the
 * stylesheet is `@introw/consent-dom/styles.css`). The script-tag build is `dist/consent.iife.js`.
 */
export { mountConsentUi } from './mountConsentUi';
export type { MountConsentUiOptions } from './mountConsentUi';
export type { ConsentAppearance, ConsentLayout, ConsentTheme } from '@introw/consent-core/ui';

// Core's public API, re-exported: a site installs and imports one package. The renderer building
// blocks stay in @introw/consent-core/ui and /preferences.
export * from '@introw/consent-core';
