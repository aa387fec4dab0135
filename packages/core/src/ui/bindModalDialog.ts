import { handleModalKeydown } from './handleModalKeydown';
import { openModalDialog } from './openModalDialog';

/**
 * Makes a mounted `<dialog>` the modal the WAI-ARIA pattern asks for (R24), in one call for
 * every renderer: opens it (`showModal()` where supported), moves focus to `initialFocus`, keeps
 * Tab inside and closes on Escape (through `requestClose`, so the manager stays the one source of
 * truth), turns the platform's `cancel` into `requestClose` and follows a `close` the platform
 * fires itself (a `method="dialog"` form). The returned function closes it and returns focus to
 * `opener` (or, when it has left the page, to "Cookie settings").
 *
 * @param dialog - The rendered dialog element.
 * @param requestClose - Closes the preferences (`manager.closePreferences`).
 * @param initialFocus - What gets focus on open (the title); default the dialog.
 * @param opener - The control that asked for the dialog, taken when it was opened.
 * @returns The function to call when the dialog unmounts.
 * @example
 * ```ts
 * const unbind = bindModalDialog(dialogEl, () => manager.closePreferences(), titleEl, preferences.opener());
 * ```
 * @remarks R24: docs/rules.md; WAI-ARIA APG modal dialog pattern.
 */
export function bindModalDialog(
  dialog: HTMLDialogElement,
  requestClose: () => void,
  initialFocus?: HTMLElement | null,
  opener?: HTMLElement | null,
): () => void {
  const modal = openModalDialog(dialog, initialFocus, opener);
  const onKeydown = (event: KeyboardEvent): void => handleModalKeydown(dialog, event, requestClose);
  const onCancel = (event: Event): void => {
    event.preventDefault();
    requestClose();
  };
  // `close` is queued: ignore one that arrives after the dialog was reopened (StrictMode re-runs effects).
  const onClose = (): void => {
    if (!dialog.open) requestClose();
  };
  dialog.addEventListener('keydown', onKeydown);
  dialog.addEventListener('cancel', onCancel);
  dialog.addEventListener('close', onClose);
  return () => {
    dialog.removeEventListener('keydown', onKeydown);
    dialog.removeEventListener('cancel', onCancel);
    dialog.removeEventListener('close', onClose);
    modal.close();
    modal.restoreFocus();
  };
}
