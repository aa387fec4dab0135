/**
 * @introw/consent-react: React bindings for @introw/consent-core.
 * Explicit barrel: every public export is listed here. Core's public API is re-exported, so an
 * app installs and imports one package (the stylesheet is `@introw/consent-core/styles.css`).
 */

// Provider and hooks
export { ConsentProvider } from './ConsentProvider';
export type { ConsentProviderProps } from './ConsentProvider';
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

// Core's public API (@introw/consent-core), re-exported unchanged.
export {
  defineConsentConfig,
  createConsentManager,
  isGranted,
  ConsentConfigError,
  validateConsentConfig,
  cookieStorage,
  readCookieValue,
  readCookieValues,
  localStorageStorage,
  memoryStorage,
  toConsentReceipt,
  beaconRecordSink,
  googleConsentMode,
  CONSENT_MODE_TYPES,
  consentModeHeadSnippet,
  consentModeIssues,
  consentModeMapping,
  consentModeDefaults,
  consentModeUpdate,
  consentModeInitialCommands,
  formatText,
  resolveLanguage,
  localize,
  resolveTexts,
  acceptLanguageCandidates,
  en,
  nl,
  fr,
  de,
  cookieDeclaration,
  formatDuration,
  categoryTitle,
  categoryDescription,
  serviceName,
  cookieDeclarationTable,
  bannerDescriptionText,
  embedPlaceholderText,
  isHttpUrl,
  isSafeHref,
  hostOf,
  focusAfterBanner,
  closeOnEscape,
  focusedElement,
} from '@introw/consent-core';
export type {
  ConsentManager,
  ConsentManagerOptions,
  ConsentPlugin,
  ConsentUiState,
  ConsentChangeEvent,
  ConsentErrorEvent,
  ConsentEventMap,
  RevocationEvent,
  ConsentConfigIssue,
  CookieStorageOptions,
  StorageWriteMeta,
  BeaconRecordSinkOptions,
  ConsentRecord,
  ConsentRecordSink,
  RevocationReport,
  NotRemovableReason,
  ConsentModeValue,
  ConsentModeDefaultParams,
  ConsentTexts,
  ConsentTranslation,
  CookieDeclarationRow,
  CookieDeclarationTable,
  CookieDeclarationSource,
  CategoryConfig,
  ServiceConfig,
  ServiceHookContext,
  NamedCookieDeclaration,
  PatternCookieDeclaration,
  CookieDuration,
  LocalizedText,
  ConsentCookieOptions,
  ConsentConfigInput,
  ConsentConfig,
  CategoryIdOf,
  ServiceIdOf,
  ConsentIdOf,
  ConsentMethod,
  ConsentState,
  ConsentChoice,
  ConsentStorage,
  ConsentModeType,
  GoogleConsentModeConfig,
} from '@introw/consent-core';
export type { PreferencesSection, PreferencesService, PreferencesDraft, ModalDialogHandle, ModalKeyEvent } from '@introw/consent-core/preferences';
