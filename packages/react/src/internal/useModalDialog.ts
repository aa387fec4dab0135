'use client';
import { useCallback, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';
import { handleModalKeydown, openModalDialog, supportsShowModal } from '@introw/consent-core/preferences';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

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
 * Binds core's modal-dialog behaviour (R24: `openModalDialog`, `handleModalKeydown`) to a
 * dialog that is mounted while open: opened and focused in a layout effect, closed with focus
 * returned on unmount, keys handled on the element.
 *
 * `opener` is the control that asked for the dialog, taken when it was opened: the dialog's code
 * loads on demand, so by the time it mounts (when core notes what has focus) focus may have
 * moved. Core's `openModalDialog` returns focus to it while it is still on the page, else to
 * "Cookie settings".
 */
export function useModalDialog(
  dialogRef: RefObject<HTMLDialogElement | null>,
  initialFocusRef: RefObject<HTMLElement | null>,
  requestClose: () => void,
  opener?: RefObject<HTMLElement | null>,
): ModalDialogBindings {
  const native = supportsShowModal();

  useIsomorphicLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    const modal = openModalDialog(dialog, initialFocusRef.current, opener?.current);
    return () => {
      modal.close();
      modal.restoreFocus();
    };
  }, [dialogRef, initialFocusRef, opener]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (dialogRef.current) handleModalKeydown(dialogRef.current, event, requestClose);
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
