/**
 * @introw/consent-core/preferences: the building blocks of a preferences dialog (the second
 * layer), for the React and Vue components and for sites that write their own dialog.
 *
 * A subpath of their own, not re-exported from the package root: a bundler puts a module in
 * the page's first load as soon as a module the page loads re-exports it, so only this way can
 * an adapter's on-demand dialog chunk carry them (issue 7: the dialog is not needed for the
 * first paint). Explicit barrel: every export is listed here.
 *
 * @example
 * ```ts
 * import { preferencesSections, createPreferencesDraft } from '@introw/consent-core/preferences';
 * ```
 */
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
