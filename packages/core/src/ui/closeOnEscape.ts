/**
 * Until the returned function is called, Escape pressed anywhere in `doc` calls `close`. The
 * adapters use it while the preferences dialog's code is still loading, so that Escape cancels
 * the pending open, as it would close the dialog once there (R24).
 *
 * @param doc - The document to listen on.
 * @param close - Called on each Escape keydown, e.g. `() => manager.closePreferences()`.
 * @returns The function that stops listening.
 * @example
 * ```ts
 * const stop = closeOnEscape(document, () => manager.closePreferences());
 * loadDialog().finally(stop);
 * ```
 * @remarks R24: docs/rules.md; WAI-ARIA APG modal dialog pattern (Escape closes).
 */
export function closeOnEscape(doc: Document, close: () => void): () => void {
  const onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') close();
  };
  doc.addEventListener('keydown', onKeydown);
  return () => doc.removeEventListener('keydown', onKeydown);
}
