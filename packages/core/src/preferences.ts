/**
 * @introw/consent-core/preferences: what only the open preferences dialog needs, in an entry of
 * its own so that renderers' on-demand dialog chunks carry it (bundlers put every module a
 * first-load module re-exports into the first load).
 */
export { createPreferencesDialogModel } from './ui/preferencesDialogModel';
export type { PreferencesDialogModel, ContactLine } from './ui/preferencesDialogModel';
export { bindModalDialog } from './ui/bindModalDialog';
export { preferencesSections } from './ui/preferencesSections';
export type { PreferencesSection, PreferencesService } from './ui/preferencesSections';
export { createPreferencesDraft } from './ui/createPreferencesDraft';
export type { PreferencesDraft } from './ui/createPreferencesDraft';
export { privacyContactHref } from './ui/privacyContactHref';
export { supportsShowModal } from './ui/supportsShowModal';
export { openModalDialog } from './ui/openModalDialog';
export type { ModalDialogHandle } from './ui/openModalDialog';
export { handleModalKeydown } from './ui/handleModalKeydown';
export type { ModalKeyEvent } from './ui/handleModalKeydown';
export { tabbableIn } from './ui/tabbableIn';
