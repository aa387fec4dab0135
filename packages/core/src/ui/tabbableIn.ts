/** Elements that can take focus by Tab unless disabled, hidden by `inert`, or in a closed `<details>`. */
const CANDIDATES =
  'a[href],button:not([disabled]),input:not([disabled]):not([type="hidden"]),select:not([disabled]),' +
  'textarea:not([disabled]),iframe,details>summary:first-of-type,[contenteditable="true"],[tabindex]:not([tabindex="-1"])';

/** True when `el` sits in a closed `<details>` below `root` without being (inside) its summary: Tab skips it there. */
function inClosedDetails(el: Element, root: Element): boolean {
  for (let node = el.parentElement; node && node !== root; node = node.parentElement) {
    if (node.tagName === 'DETAILS' && !(node as HTMLDetailsElement).open) {
      const summary = node.querySelector(':scope > summary');
      if (!summary?.contains(el)) return true;
    }
  }
  return false;
}

/**
 * The elements inside `root` that Tab reaches, in document order: links, enabled form
 * controls, iframes, the summary of each `<details>`, editable regions and anything with a
 * non-negative `tabindex` — minus what sits under an `inert` ancestor or inside a closed
 * `<details>`. The preferences dialog uses the first and last of them to keep focus inside.
 * Reads the DOM only when called (core never touches `document` at import).
 *
 * @param root - The container, e.g. the dialog element.
 * @returns The tabbable descendants (not `root` itself), in document order; `[]` when none.
 * Never throws for a connected or detached element.
 * @example
 * ```ts
 * const items = tabbableIn(dialog);
 * items[0]?.focus();
 * ```
 * @remarks R24 (Tab and Shift+Tab stay inside the modal dialog), R26 (WCAG 2.1.1 keyboard): docs/rules.md;
 * WAI-ARIA APG modal dialog pattern.
 */
/* @__NO_SIDE_EFFECTS__ */
export function tabbableIn(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(CANDIDATES)).filter((el) => el.tabIndex >= 0 && !el.closest('[inert]') && !inClosedDetails(el, root));
}
