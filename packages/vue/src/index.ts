/**
 * @introw/consent-vue: Vue 3 bindings for @introw/consent-core.
 * The plugin, provider, composables and components listed here, plus all of core's public API
 * (`export *`), so an app installs and imports one package (the stylesheet is
 * `@introw/consent-vue/styles.css`). Names, markup, texts and behaviour match @introw/consent-react:
 * both bind core's controllers and share one test suite.
 */

// Plugin, provider and composables
export { createConsent } from './createConsent';
export type { ConsentVuePlugin } from './createConsent';
export { ConsentProvider } from './ConsentProvider';
export type { ConsentProviderProps } from './ConsentProvider';
export type { ConsentAppearance, ConsentLayout, ConsentTheme } from '@introw/consent-core/ui';
export { consentManagerKey } from './internal/context';
export { useConsentManager } from './useConsentManager';
export { useConsentState } from './useConsentState';
export { useConsent } from './useConsent';
export { useConsentUi } from './useConsentUi';
export type { UseConsentUiResult } from './useConsentUi';
export type { Register, RegisteredConfig, RegisteredCategoryId, RegisteredServiceId, RegisteredConsentId } from './Register';

// Components
export { ConsentBanner } from './ConsentBanner';
export { ConsentPreferences } from './ConsentPreferences';
export { ConsentSettingsButton } from './ConsentSettingsButton';
export { ConsentGate } from './ConsentGate';
export type { ConsentGateProps, ConsentGateSlots } from './ConsentGate';
export { GatedEmbed } from './GatedEmbed';
export type { GatedEmbedProps } from './GatedEmbed';
// The component, and core's `CookieDeclaration` config type under the same name.
export { CookieDeclaration } from './CookieDeclaration';
export type { CookieDeclarationProps } from './CookieDeclaration';

// Core's public API, re-exported: an app installs and imports one package. The renderer building
// blocks stay in @introw/consent-core/ui and /preferences (a re-export would pull the dialog's
// helpers into every first load).
export * from '@introw/consent-core';
