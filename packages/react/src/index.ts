/**
 * @introw/consent-react: React bindings for @introw/consent-core.
 * The components and hooks listed here, plus all of core's public API (`export *`), so an app
 * installs and imports one package (the stylesheet is `@introw/consent-react/styles.css`).
 */

// Provider and hooks
export { ConsentProvider } from './ConsentProvider';
export type { ConsentProviderProps } from './ConsentProvider';
export type { ConsentAppearance, ConsentLayout, ConsentTheme } from '@introw/consent-core/ui';
export { useConsentManager } from './useConsentManager';
export { useConsentState } from './useConsentState';
export { useConsent } from './useConsent';
export { useConsentUi } from './useConsentUi';
export type { UseConsentUiResult } from './useConsentUi';
export type { Register, RegisteredConfig, RegisteredCategoryId, RegisteredServiceId, RegisteredConsentId } from './Register';

// Components
export { ConsentBanner } from './ConsentBanner';
export type { ConsentBannerProps } from './ConsentBanner';
export { ConsentPreferences } from './ConsentPreferences';
export type { ConsentPreferencesProps } from './ConsentPreferences';
export { ConsentSettingsButton } from './ConsentSettingsButton';
export type { ConsentSettingsButtonProps } from './ConsentSettingsButton';
export { ConsentGate } from './ConsentGate';
export type { ConsentGateProps } from './ConsentGate';
export { GatedEmbed } from './GatedEmbed';
export type { GatedEmbedProps } from './GatedEmbed';
// The component, and core's `CookieDeclaration` config type under the same name.
export { CookieDeclaration } from './CookieDeclaration';
export type { CookieDeclarationProps } from './CookieDeclaration';

// Core's public API, re-exported: an app installs and imports one package. The renderer building
// blocks stay in @introw/consent-core/ui and /preferences (a re-export would pull the dialog's
// helpers into every first load).
export * from '@introw/consent-core';
