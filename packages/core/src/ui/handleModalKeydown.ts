import { tabbableIn } from './tabbableIn';

/**
 * The part of a keyboard event {@link handleModalKeydown} reads: a DOM `KeyboardEvent` and a
 * React synthetic keyboard event both fit.
 */
export interface ModalKeyEvent {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly defaultPrevented: boolean;
  preventDefault(): void;
  stopPropagation(): void;
}

/**
 * The keyboard rules of a modal dialog, for its `keydown` handler: Escape asks to close it
 * (close through the manager, so the UI state stays in one place); Tab on the last tabbable
 * element (or with focus outside the dialog) wraps to the first, Shift+Tab on the first wraps
 * to the last; with nothing tabbable, Tab does nothing. Other keys, and events already
 * handled (`defaultPrevented`), are left alone.
 *
 * @param dialog - The dialog element the handler is on.
 * @param event - The keydown event (DOM or React synthetic); `preventDefault()` is called when the key is handled here.
 * @param requestClose - Called on Escape, e.g. `() => manager.closePreferences()`.
 * @example
 * ```ts
 * dialog.addEventListener('keydown', (event) => handleModalKeydown(dialog, event, () => manager.closePreferences()));
 * ```
 * @remarks R24 (Tab and Shift+Tab stay inside; Escape closes), R26 (WCAG 2.1.1, 2.1.2): docs/rules.md;
 * WAI-ARIA APG modal dialog pattern.
 */
export function handleModalKeydown(dialog: HTMLElement, event: ModalKeyEvent, requestClose: () => void): void {
  if (event.defaultPrevented) return;
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
  const inside = active !== null && dialog.contains(active);
  const relation = (el: HTMLElement): number => (active ? active.compareDocumentPosition(el) : 0);
  const anyAfter = items.some((el) => (relation(el) & 4) !== 0); // Node.DOCUMENT_POSITION_FOLLOWING
  const anyBefore = items.some((el) => (relation(el) & 2) !== 0); // Node.DOCUMENT_POSITION_PRECEDING
  const target = event.shiftKey ? (!inside || active === first || !anyBefore ? last : null) : !inside || active === last || !anyAfter ? first : null;
  if (target) {
    event.preventDefault();
    target.focus();
  }
}
