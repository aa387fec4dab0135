import { onBeforeUnmount, onMounted, onUnmounted, type Ref } from 'vue';
import { handleModalKeydown, openModalDialog, supportsShowModal, type ModalDialogHandle } from '@introw/consent-core/preferences';

/** What the dialog element needs from {@link useModalDialog}. */
export interface ModalDialogBindings {
  /** Native modal (`showModal`) in use; otherwise the `role="dialog"` fallback. */
  native: boolean;
  onKeydown(event: KeyboardEvent): void;
  /** `cancel` (Escape / close request on a native modal): close through the manager instead. */
  onCancel(event: Event): void;
  /** `close` fired by the platform (e.g. a `method="dialog"` form): keep the manager in sync. */
  onClose(): void;
}

/**
 * Binds core's modal-dialog behaviour (R24: `openModalDialog`, `handleModalKeydown`) to a
 * dialog component that is mounted while open: opened and focused on mount, closed before
 * unmount, focus returned after unmount (once the rest of the page has updated, so a banner
 * that left with the decision is not focused), keys handled on the element. Call it in `setup()`.
 *
 * `opener()` is the control that asked for the dialog, taken when it was opened: the dialog's code
 * loads on demand, so by the time it mounts (when core notes what has focus) focus may have moved.
 * Core's `openModalDialog` returns focus to it while it is still on the page, else to
 * "Cookie settings".
 */
export function useModalDialog(
  dialogRef: Ref<HTMLDialogElement | null>,
  initialFocusRef: Ref<HTMLElement | null>,
  requestClose: () => void,
  opener: () => HTMLElement | null = () => null,
): ModalDialogBindings {
  const native = supportsShowModal();
  let modal: ModalDialogHandle | null = null;

  onMounted(() => {
    if (dialogRef.value) modal = openModalDialog(dialogRef.value, initialFocusRef.value, opener());
  });
  onBeforeUnmount(() => modal?.close());
  onUnmounted(() => modal?.restoreFocus());

  const onKeydown = (event: KeyboardEvent): void => {
    if (dialogRef.value) handleModalKeydown(dialogRef.value, event, requestClose);
  };

  const onCancel = (event: Event): void => {
    event.preventDefault();
    requestClose();
  };

  const onClose = (): void => {
    // `close` is queued: ignore one that arrives after the dialog went away or was reopened.
    if (dialogRef.value && !dialogRef.value.open) requestClose();
  };

  return { native, onKeydown, onCancel, onClose };
}
