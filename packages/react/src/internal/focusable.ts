const FOCUSABLE = [
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

/** True when the element sits inside a closed `<details>` (and is not its summary): not focusable there. */
function hiddenByDetails(el: Element, root: Element): boolean {
  for (let node: Element | null = el.parentElement; node && node !== root; node = node.parentElement) {
    if (node.tagName === 'DETAILS' && !(node as HTMLDetailsElement).open) {
      const summary = node.querySelector(':scope > summary');
      if (!summary || !(summary === el || summary.contains(el))) return true;
    }
  }
  return false;
}

/** The elements inside `root` that Tab reaches, in document order. */
export function tabbableIn(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.tabIndex >= 0 && !el.hasAttribute('inert') && !el.closest('[inert]') && !hiddenByDetails(el, root),
  );
}
