import type { ConsentManager } from '@introw/consent-core';
import { cookieDeclarationTable } from '@introw/consent-core/ui';
import { cx, h, restoreClass } from './h';
import type { IdFactory } from './ids';
import { DECLARATION_SELECTOR } from './hooks';

const ADDED = ['role', 'aria-labelledby', 'tabindex', 'lang'] as const;

/**
 * Renders the cookie table of the cookie statement into every `[data-ic-declaration]` element, as
 * React's and Vue's `CookieDeclaration` (core's `cookieDeclarationTable`, the same config as the
 * banner, so statement and banner never drift apart: R6, R7): one row per cookie with category,
 * service, provider, cookie, duration, purpose and party, `th scope="col"` headers and a caption
 * (`data-ic-caption`, else `texts.showServices`). The element becomes the keyboard-scrollable
 * region named by the caption (`ic-declaration`); its previous content is replaced.
 *
 * @returns The function that empties the elements again and removes what was added.
 */
export function renderDeclarations(doc: Document, manager: ConsentManager, ids: IdFactory): () => void {
  const elements = Array.from(doc.querySelectorAll<HTMLElement>(DECLARATION_SELECTOR));
  if (!elements.length) return () => {};
  const { language, texts, headers, rows } = cookieDeclarationTable({}, manager);
  const classNames = elements.map((el) => el.getAttribute('class'));
  for (const el of elements) {
    const captionId = ids();
    el.className = cx('ic-declaration', el.className);
    for (const [name, value] of [
      ['role', 'region'],
      ['aria-labelledby', captionId],
      ['tabindex', '0'],
      ['lang', language],
    ])
      el.setAttribute(name!, value!);
    el.replaceChildren(
      h(
        'table',
        { class: 'ic-table' },
        h('caption', { id: captionId }, el.getAttribute('data-ic-caption') || texts.showServices),
        h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col' }, header)))),
        h(
          'tbody',
          {},
          ...rows.map((row) =>
            h(
              'tr',
              { 'data-ic-category': row.categoryId, 'data-ic-service': row.serviceId },
              h('td', {}, row.category),
              h('td', {}, row.service),
              h('td', {}, row.provider),
              h('td', {}, h('code', {}, row.cookie), row.note && ` (${row.note})`),
              h('td', {}, row.duration),
              h('td', {}, row.purpose),
              h('td', {}, row.partyLabel),
            ),
          ),
        ),
      ),
    );
  }
  return () => {
    elements.forEach((el, i) => {
      el.replaceChildren();
      restoreClass(el, classNames[i]!);
      for (const name of ADDED) el.removeAttribute(name);
    });
  };
}
