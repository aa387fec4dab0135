const CANDIDATES = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  'details > summary:first-of-type',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** True when `el` is inside a closed `<details>` below `root` without being (in) its summary: Tab skips it. */
function insideClosedDetails(el: Element, root: Element): boolean {
  for (let node = el.parentElement; node && node !== root; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement && !node.open) {
      const summary = node.querySelector(':scope > summary');
      if (!summary || !summary.contains(el)) return true;
    }
  }
  return false;
}

/** The elements inside `root` that Tab reaches, in document order. */
export function tabbableIn(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(CANDIDATES)).filter(
    (el) => el.tabIndex >= 0 && !el.closest('[inert]') && !insideClosedDetails(el, root),
  );
}
