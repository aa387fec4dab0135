/**
 * The element that has keyboard focus and can take it back later, or `null` (nothing focused,
 * `<body>`, or no document: a server). The adapters take it when the preferences dialog is asked
 * for, before its code has loaded, and pass it to {@link openModalDialog}, so focus returns to
 * the control that opened the dialog even if it moved meanwhile (R24).
 *
 * @param doc - The document; default the global one when there is one.
 * @returns The focused element, or `null`.
 * @example
 * ```ts
 * const opener = focusedElement(); // in the click or key handler that opens the dialog
 * ```
 * @remarks R24: docs/rules.md; WAI-ARIA APG modal dialog pattern (focus returns to the invoking element).
 */
export function focusedElement(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): HTMLElement | null {
  const active = doc?.activeElement as HTMLElement | null | undefined;
  return active && active !== doc!.body && typeof active.focus === 'function' ? active : null;
}
