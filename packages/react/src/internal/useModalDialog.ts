'use client';
import { useCallback, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';
import { tabbableIn } from './focusable';

/** True where `<dialog>.showModal()` exists (all current browsers; not jsdom). */
export function supportsShowModal(): boolean {
  return typeof HTMLDialogElement === 'function' && typeof HTMLDialogElement.prototype.showModal === 'function';
}

/** Where focus goes back when the opener has left the page: the "Cookie settings" control, if any. */
const FALLBACK_RETURN = '.ic-settings-button';

/** What the dialog element needs from {@link useModalDialog}. */
export interface ModalDialogBindings {
  /** Native modal (`showModal`) in use; otherwise the `role="dialog"` fallback. */
  native: boolean;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  /** `cancel` (Escape / close request on a native modal): close through the manager instead. */
  onCancel(event: SyntheticEvent<HTMLDialogElement>): void;
  /** `close` fired by the platform (e.g. a `method="dialog"` form): keep the manager in sync. */
  onClose(): void;
}

/**
 * The modal-dialog behaviour of the WAI-ARIA APG pattern (R24: COMPLIANCE.md) for a dialog
 * that is mounted while open: opens it with `showModal()` when available (background inert,
 * Escape handled by the platform), moves focus to `initialFocus`, keeps Tab and Shift+Tab
 * inside, closes on Escape, and on unmount returns focus to the element that had it before.
 */
export function useModalDialog(
  dialogRef: RefObject<HTMLDialogElement | null>,
  initialFocusRef: RefObject<HTMLElement | null>,
  requestClose: () => void,
): ModalDialogBindings {
  const native = supportsShowModal();

  useIsomorphicLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    const doc = dialog.ownerDocument;
    const opener = doc.activeElement instanceof HTMLElement && !dialog.contains(doc.activeElement) ? doc.activeElement : null;
    if (native && !dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', '');
      }
    }
    (initialFocusRef.current ?? dialog).focus();
    return () => {
      if (native && dialog.open) dialog.close();
      const target = opener && opener.isConnected && opener !== doc.body ? opener : doc.querySelector<HTMLElement>(FALLBACK_RETURN);
      target?.focus();
    };
  }, [native, dialogRef, initialFocusRef]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const dialog = dialogRef.current;
      if (!dialog || event.defaultPrevented) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        requestClose();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = tabbableIn(dialog);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) {
        event.preventDefault();
        return;
      }
      const active = dialog.ownerDocument.activeElement;
      const inside = active instanceof Node && dialog.contains(active);
      const position = (el: HTMLElement): number => (active ? active.compareDocumentPosition(el) : 0);
      const follows = (el: HTMLElement): boolean => (position(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      const precedes = (el: HTMLElement): boolean => (position(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
      if (event.shiftKey) {
        if (!inside || active === first || !items.some(precedes)) {
          event.preventDefault();
          last.focus();
        }
      } else if (!inside || active === last || !items.some(follows)) {
        event.preventDefault();
        first.focus();
      }
    },
    [dialogRef, requestClose],
  );

  const onCancel = useCallback(
    (event: SyntheticEvent<HTMLDialogElement>) => {
      event.preventDefault();
      requestClose();
    },
    [requestClose],
  );

  const onClose = useCallback(() => {
    // `close` is queued: ignore one that arrives after the dialog was reopened (StrictMode re-runs effects).
    if (dialogRef.current && !dialogRef.current.open) requestClose();
  }, [dialogRef, requestClose]);

  return { native, onKeyDown, onCancel, onClose };
}
