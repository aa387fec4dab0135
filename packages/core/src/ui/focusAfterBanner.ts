/**
 * After a choice on the banner removes it, moves keyboard focus to the page's "Cookie
 * settings" control (`.ic-settings-button`), the place to change that choice later, instead of
 * letting it fall to `<body>` where the next Tab starts over. The page does not scroll. Does
 * nothing when focus was not inside the banner, or when the page has no settings control.
 *
 * @param banner - The banner element that is about to go (the clicked button's ancestor).
 * @returns True when focus moved.
 * @example
 * ```ts
 * acceptButton.onclick = (e) => { consent.acceptAll(); focusAfterBanner(e.currentTarget.closest('.ic-banner')); };
 * ```
 * @remarks R26 (WCAG 2.2 SC 2.4.3 focus order, 2.1.1 keyboard): docs/rules.md.
 */
export function focusAfterBanner(banner: Element | null | undefined): boolean {
  const doc = banner?.ownerDocument;
  if (!banner || !doc || !banner.contains(doc.activeElement)) return false;
  const target = doc.querySelector<HTMLElement>('.ic-settings-button');
  if (!target || banner.contains(target)) return false;
  target.focus({ preventScroll: true });
  return doc.activeElement === target;
}
