import type { ConsentManager } from '@introw/consent-core';
import { cx, listen } from './h';
import { OPENER_SELECTOR } from './hooks';

/**
 * Makes every `[data-ic-open-preferences]` element a "Cookie settings" control (R12): a click
 * opens the preferences (after the site's own click listeners, which can keep it closed with
 * `preventDefault()`; a link does not navigate), and pointing at, focusing or pressing it starts
 * loading the dialog's code. Clicks are delegated to `doc`, so openers added later work too.
 *
 * Each opener present now gets `aria-haspopup="dialog"` and the `ic-settings-button` class (focus
 * goes there after a banner decision and when the dialog's opener is gone: core's
 * `focusAfterBanner`, `openModalDialog`). An empty one becomes the default control of React's and
 * Vue's `ConsentSettingsButton`: the text `texts.cookieSettings`, its `lang`, the classes
 * `ic-button-link ic-settings-button` before the site's own, and `type="button"` on a `<button>`.
 *
 * @returns The function that removes the listeners and undoes those changes.
 */
export function bindOpeners(doc: Document, manager: ConsentManager, prefetch: () => void): () => void {
  const undo: (() => void)[] = [];
  const ATTRS = ['class', 'aria-haspopup', 'type', 'lang'];
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(OPENER_SELECTOR))) {
    const [className, popup, type, lang] = ATTRS.map((name) => el.getAttribute(name));
    const empty = !el.textContent?.trim() && !el.children.length;
    if (!popup) el.setAttribute('aria-haspopup', 'dialog');
    if (empty) {
      el.className = cx('ic-button-link', 'ic-settings-button', className);
      if (!lang) el.lang = manager.language;
      if (el.tagName === 'BUTTON' && !type) el.setAttribute('type', 'button');
      el.textContent = manager.texts.cookieSettings;
    } else el.classList.add('ic-settings-button');
    undo.push(() => {
      [className, popup, type, lang].forEach((value, i) => {
        if (value == null) el.removeAttribute(ATTRS[i]!);
        else el.setAttribute(ATTRS[i]!, value);
      });
      if (empty) el.textContent = '';
    });
  }
  const openerOf = (event: Event): Element | null => (event.target instanceof Element ? event.target.closest(OPENER_SELECTOR) : null);
  undo.push(
    listen(doc, 'click', (event) => {
      if (!openerOf(event) || event.defaultPrevented) return;
      event.preventDefault();
      manager.openPreferences();
    }),
    // Intent: pointerenter and focus do not bubble, so they are caught on the way down.
    ...['pointerenter', 'focus', 'pointerdown'].map((type) => listen(doc, type, (event) => openerOf(event) && prefetch(), true)),
  );
  return () => {
    for (const u of undo) u();
  };
}
