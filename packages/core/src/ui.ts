/**
 * @introw/consent-core/ui: the headless building blocks every renderer (React, Vue, the
 * framework-free one, a site's own) binds to: controllers that hold the UI rules, and the
 * helpers that compute what to show. Pure or explicitly started; nothing runs at import.
 * The preferences dialog's own pieces are in `@introw/consent-core/preferences` (its chunk).
 */
export { createPreferencesController } from './ui/preferencesController';
export type { PreferencesController, PreferencesControllerState } from './ui/preferencesController';
export { bannerDecision } from './ui/bannerDecision';
export { embedView } from './ui/embedView';
export type { EmbedProps, EmbedView } from './ui/embedView';
export { managerFor } from './ui/managerFor';
export type { ManagerSource } from './ui/managerFor';
export { cookieDeclarationTable } from './ui/cookieDeclarationTable';
export type { CookieDeclarationTable, CookieDeclarationSource } from './ui/cookieDeclarationTable';
export { bannerContent } from './ui/bannerContent';
export type { BannerContent, BannerLink } from './ui/bannerContent';
export { FIRST_LAYER_TEXTS } from './ui/firstLayerTexts';
export { embedPlaceholderText } from './ui/embedPlaceholderText';
export { isHttpUrl } from './ui/isHttpUrl';
export { isSafeHref } from './ui/isSafeHref';
export { hostOf } from './ui/hostOf';
export { focusAfterBanner } from './ui/focusAfterBanner';
export { closeOnEscape } from './ui/closeOnEscape';
export { focusedElement } from './ui/focusedElement';
export { onDemand } from './browser/onDemand';
export { warnOnce } from './dev/warnOnce';
export { reportError } from './dev/reportError';
export { appearanceAttributes } from './ui/appearance';
export type { ConsentAppearance, ConsentLayout, ConsentTheme } from './ui/appearance';
