/**
 * Reports an error the way an uncaught one is (the console, `window.onerror`, error monitoring)
 * without stopping the caller: for failures that must not break the page, such as an on-demand
 * file that did not load (offline, removed by a deploy). Does nothing where `reportError` is
 * missing (Node, older browsers).
 *
 * @param error - What went wrong, usually an `Error`.
 * @example
 * ```ts
 * dialogModule.get().catch(reportError);
 * ```
 * @remarks DESIGN.md "Rules" (fail closed, never crash on page load).
 */
export const reportError = (error: unknown): void => globalThis.reportError?.(error);
