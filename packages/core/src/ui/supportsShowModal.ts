/**
 * True where `<dialog>.showModal()` exists (every current browser; not jsdom, not a server).
 * The preferences dialog then opens as a native modal (background inert, Escape handled by the
 * platform); elsewhere it renders `role="dialog"` with `aria-modal="true"` and the `open`
 * attribute. Reads the global `HTMLDialogElement` only when called.
 *
 * @returns Whether a native modal dialog is available. Never throws.
 * @example
 * ```ts
 * const native = supportsShowModal();
 * // render <dialog role={native ? undefined : 'dialog'} open={native ? undefined : true} ...>
 * ```
 * @remarks R24: docs/rules.md; WAI-ARIA APG modal dialog pattern.
 */
/* @__NO_SIDE_EFFECTS__ */
export function supportsShowModal(): boolean {
  return typeof HTMLDialogElement === 'function' && typeof HTMLDialogElement.prototype.showModal === 'function';
}
