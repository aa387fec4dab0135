/**
 * @introw/consent-core: framework-agnostic consent management.
 * Explicit barrel of what sites use. Building blocks meant for renderers are in
 * `@introw/consent-core/ui` and `@introw/consent-core/preferences`; SSR helpers in `/server`.
 */
export { defineConsentConfig } from './config/defineConsentConfig';
export { createConsentManager } from './manager/createConsentManager';
export { isGranted } from './manager/state';
export type {
  ConsentManager,
  ConsentManagerOptions,
  ConsentUiState,
  ConsentChangeEvent,
  ConsentDecisionEvent,
  ConsentErrorEvent,
  ConsentEventMap,
  ErrorKind,
  RevocationEvent,
  RevocationReport,
  NotRemovableReason,
  ConsentPlugin,
} from './manager/types';
export { browserPlatform } from './browser/platform';
export type { ConsentPlatform, ConsentChannel, MarkerStorage } from './browser/platform';
export { ConsentConfigError } from './config/errors';
export type { ConsentConfigIssue } from './config/errors';
export { validateConsentConfig } from './config/validateConfig';
export { cookieStorage, readCookieValue, readCookieValues } from './storage/cookieStorage';
export type { CookieStorageOptions, StorageWriteMeta } from './storage/cookieStorage';
export { localStorageStorage, memoryStorage } from './storage/webStorage';
export { toConsentReceipt } from './records/records';
export { beaconRecordSink } from './records/beaconRecordSink';
export type { BeaconRecordSinkOptions } from './records/beaconRecordSink';
export type { ConsentRecord, ConsentRecordSink } from './records/records';
export type { NoticeFingerprint } from './records/notice';
export { CONSENT_MODE_TYPES, consentModeMapping, consentModeDefaults, consentModeUpdate } from './consentMode/mapping';
export type { ConsentModeValue, ConsentModeDefaultParams } from './consentMode/mapping';
export { consentModeHeadSnippet, consentModeInitialCommands } from './consentMode/commands';
export { googleConsentMode } from './consentMode/plugin';
export { consentModeIssues } from './consentMode/issues';
export { formatText } from './i18n/texts';
export type { ConsentTexts, ConsentTranslation } from './i18n/texts';
export { resolveLanguage, localize, resolveTexts, acceptLanguageCandidates } from './i18n/resolve';
export { en } from './i18n/en';
export { nl } from './i18n/nl';
export { fr } from './i18n/fr';
export { de } from './i18n/de';
export { cookieDeclaration, formatDuration } from './declaration/cookieDeclaration';
export type { CookieDeclarationRow } from './declaration/cookieDeclaration';
export { categoryTitle, categoryDescription, serviceName } from './declaration/names';
export type {
  CategoryConfig,
  ServiceConfig,
  ServiceHookContext,
  CookieDeclaration,
  NamedCookieDeclaration,
  PatternCookieDeclaration,
  StorageKey,
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
} from './config/types';
