import { onBeforeUnmount, onMounted, onUnmounted, type Ref } from 'vue';
import { tabbableIn } from './focusable';

/** True where `<dialog>.showModal()` exists (every current browser; not jsdom). */
export function supportsShowModal(): boolean {
  return typeof HTMLDialogElement === 'function' && typeof HTMLDialogElement.prototype.showModal === 'function';
}

/** Where focus goes back when the opener has left the page: the "Cookie settings" control, if any. */
const FALLBACK_RETURN = '.ic-settings-button';

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
 * The WAI-ARIA APG modal dialog behaviour (R24: COMPLIANCE.md) for a dialog component that is
 * mounted while open: `showModal()` where available (background inert), focus moved to
 * `initialFocus` on mount, Tab and Shift+Tab kept inside, Escape closes, and on unmount focus
 * returns to the element that had it before (else to the "Cookie settings" control).
 * Call it in `setup()`.
 */
export function useModalDialog(
  dialogRef: Ref<HTMLDialogElement | null>,
  initialFocusRef: Ref<HTMLElement | null>,
  requestClose: () => void,
): ModalDialogBindings {
  const native = supportsShowModal();
  let opener: HTMLElement | null = null;
  let doc: Document | null = null;

  onMounted(() => {
    const dialog = dialogRef.value;
    if (!dialog) return;
    doc = dialog.ownerDocument;
    const active = doc.activeElement;
    opener = active instanceof HTMLElement && !dialog.contains(active) ? active : null;
    if (native && !dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', '');
      }
    }
    (initialFocusRef.value ?? dialog).focus();
  });

  onBeforeUnmount(() => {
    const dialog = dialogRef.value;
    if (native && dialog?.open) dialog.close();
  });

  onUnmounted(() => {
    if (!doc) return;
    const target = opener && opener.isConnected && opener !== doc.body ? opener : doc.querySelector<HTMLElement>(FALLBACK_RETURN);
    target?.focus();
  });

  const onKeydown = (event: KeyboardEvent): void => {
    const dialog = dialogRef.value;
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
    const relation = (el: HTMLElement): number => (active ? active.compareDocumentPosition(el) : 0);
    const anyAfter = items.some((el) => (relation(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    const anyBefore = items.some((el) => (relation(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0);
    if (event.shiftKey) {
      if (!inside || active === first || !anyBefore) {
        event.preventDefault();
        last.focus();
      }
    } else if (!inside || active === last || !anyAfter) {
      event.preventDefault();
      first.focus();
    }
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
