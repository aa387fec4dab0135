import { supportsShowModal } from './supportsShowModal';
import { focusedElement } from './focusedElement';

/** Where focus goes back when the opener has left the page: the "Cookie settings" control (R12). */
const SETTINGS_BUTTON = '.ic-settings-button';

/** What {@link openModalDialog} returns: how to close the dialog and where focus goes afterwards. */
export interface ModalDialogHandle {
  /** Closes a dialog opened with `showModal()`; does nothing for the `role="dialog"` fallback or when already closed. */
  close(): void;
  /**
   * Moves focus back to the element that had it when the dialog opened, or, when that element
   * has left the page (the banner's "Customize" after a decision), to the "Cookie settings"
   * control (`.ic-settings-button`), if there is one.
   */
  restoreFocus(): void;
}

/**
 * Opens a preferences dialog the way the WAI-ARIA APG modal pattern asks: with `showModal()`
 * where it exists (background inert, top layer; an `open` attribute if it throws), remembers
 * the opener (`opener`, the element focused when the dialog was asked for, see
 * {@link focusedElement}; else the element that has focus now), and moves focus into the dialog
 * (`initialFocus`, else the dialog).
 * Call it once the dialog element is in the document (a layout effect, `onMounted`); call the
 * handle's `close()` before the element goes away and `restoreFocus()` after.
 *
 * @param dialog - The `<dialog>` element, already rendered (with `open` when {@link supportsShowModal} is false).
 * @param initialFocus - Where focus goes first, e.g. the dialog title with `tabindex="-1"`; default the dialog.
 * @param opener - The control that asked for the dialog, taken before its code loaded; default what has focus now.
 * @returns `{ close, restoreFocus }`. Never throws (a failing `showModal()` falls back to the `open` attribute).
 * @example
 * ```ts
 * const modal = openModalDialog(dialogElement, titleElement);
 * // when the dialog unmounts:
 * modal.close();
 * modal.restoreFocus();
 * ```
 * @remarks R24 (focus moves in on open, returns to the opener on close; background inert): docs/rules.md;
 * WAI-ARIA APG modal dialog pattern.
 */
export function openModalDialog(dialog: HTMLDialogElement, initialFocus?: HTMLElement | null, opener?: HTMLElement | null): ModalDialogHandle {
  const doc = dialog.ownerDocument;
  const active = focusedElement(doc);
  opener ??= active && !dialog.contains(active) ? active : null;
  const native = supportsShowModal();
  if (native && !dialog.open) {
    try {
      dialog.showModal();
    } catch {
      dialog.setAttribute('open', '');
    }
  }
  (initialFocus ?? dialog).focus();
  return {
    close() {
      if (native && dialog.open) dialog.close();
    },
    restoreFocus() {
      (opener?.isConnected ? opener : doc.querySelector<HTMLElement>(SETTINGS_BUTTON))?.focus();
    },
  };
}
