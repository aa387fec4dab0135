/**
 * @introw/consent-core: framework-agnostic consent management.
 * Explicit barrel: every public export is listed here.
 */
export { defineConsentConfig } from './defineConsentConfig';
export { createConsentManager } from './createConsentManager';
export { isGranted } from './state';
export type {
  ConsentManager,
  ConsentManagerOptions,
  ConsentUiState,
  ConsentChangeEvent,
  ConsentErrorEvent,
  ConsentEventMap,
  RevocationEvent,
  ConsentPlugin,
} from './createConsentManager';
export { ConsentConfigError } from './errors';
export type { ConsentConfigIssue } from './errors';
export { validateConsentConfig } from './validateConfig';
export { cookieStorage, readCookieValue, readCookieValues } from './storage/cookieStorage';
export type { CookieStorageOptions, StorageWriteMeta } from './storage/cookieStorage';
export { localStorageStorage, memoryStorage } from './storage/webStorage';
export { toConsentReceipt } from './records';
export { beaconRecordSink } from './beaconRecordSink';
export type { BeaconRecordSinkOptions } from './beaconRecordSink';
export type { ConsentRecord, ConsentRecordSink } from './records';
export type { RevocationReport, NotRemovableReason } from './dom/revocation';
export {
  googleConsentMode,
  CONSENT_MODE_TYPES,
  consentModeHeadSnippet,
  consentModeIssues,
  consentModeMapping,
  consentModeDefaults,
  consentModeUpdate,
  consentModeInitialCommands,
} from './consentMode';
export type { ConsentModeValue, ConsentModeDefaultParams } from './consentMode';
export { formatText } from './i18n/texts';
export type { ConsentTexts, ConsentTranslation } from './i18n/texts';
export { resolveLanguage, localize, resolveTexts, acceptLanguageCandidates } from './i18n/resolve';
export { en } from './i18n/en';
export { nl } from './i18n/nl';
export { fr } from './i18n/fr';
export { de } from './i18n/de';
export { cookieDeclaration, formatDuration, categoryTitle, categoryDescription } from './declaration';
export type { CookieDeclarationRow } from './declaration';
// UI support: what the React and Vue components compute, once (pure, tree-shaken when unused).
// The preferences dialog's helpers are in `@introw/consent-core/preferences` (./preferences.ts).
export { serviceName } from './ui/serviceName';
export { cookieDeclarationTable } from './ui/cookieDeclarationTable';
export type { CookieDeclarationTable, CookieDeclarationSource } from './ui/cookieDeclarationTable';
export { bannerDescriptionText } from './ui/bannerDescriptionText';
export { embedPlaceholderText } from './ui/embedPlaceholderText';
export { isHttpUrl } from './ui/isHttpUrl';
export { isSafeHref } from './ui/isSafeHref';
export { hostOf } from './ui/hostOf';
export { focusAfterBanner } from './ui/focusAfterBanner';
export { closeOnEscape } from './ui/closeOnEscape';
export { focusedElement } from './ui/focusedElement';
export type {
  CategoryConfig,
  ServiceConfig,
  ServiceHookContext,
  CookieDeclaration,
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
} from './types';
