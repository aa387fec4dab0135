import type { ConsentTexts } from '@introw/consent-core';
import type { PreferencesService } from '@introw/consent-core/preferences';
import { h } from '../h';
import type { IdFactory } from '../ids';

/** A native checkbox exposed as a switch (R26 4.1.2: name and state), labelled by a `<label for>`. */
export function switchInput(id: string, onChange: (on: boolean) => void, describedBy?: string): HTMLInputElement {
  const input = h('input', { id, type: 'checkbox', role: 'switch', class: 'ic-switch', 'aria-describedby': describedBy });
  input.addEventListener('change', () => onChange(input.checked));
  return input;
}

/**
 * One service in the preferences, as React's and Vue's `ServiceItem`: its own switch (R5), or
 * "always active" in a strictly necessary category (R7); provider, description, privacy-policy
 * link, and the table of its cookies with name, provider, duration, purpose and party (R6).
 * Returns the item and its switch (`null` when required).
 */
export function serviceItem(
  texts: ConsentTexts,
  service: PreferencesService,
  required: boolean,
  ids: IdFactory,
  onChange: (on: boolean) => void,
): { item: HTMLLIElement; input: HTMLInputElement | null } {
  const switchId = ids();
  const nameId = ids();
  const { label, name, provider, description, privacyPolicyUrl: policy, cookies } = service;
  const input = required ? null : switchInput(switchId, onChange);
  const item = h(
    'li',
    { class: 'ic-service' },
    h(
      'div',
      { class: 'ic-row' },
      required ? h('span', { class: 'ic-service-name', id: nameId }, label) : h('label', { class: 'ic-service-name', id: nameId, for: switchId }, label),
      input ?? h('span', { class: 'ic-always-active' }, texts.alwaysActive),
    ),
    (provider || policy) &&
      h(
        'p',
        { class: 'ic-service-provider' },
        policy ? h('a', { class: 'ic-link', href: policy, rel: 'noopener noreferrer', target: '_blank' }, provider || name) : provider,
      ),
    description && h('p', { class: 'ic-service-description' }, description),
    // Scrolls sideways on narrow screens: focusable and named, so keyboards can scroll it (WCAG 2.1.1).
    cookies.length > 0 &&
      h(
        'div',
        { class: 'ic-table-scroll', role: 'region', 'aria-labelledby': nameId, tabindex: 0 },
        h(
          'table',
          { class: 'ic-table ic-cookies' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...[texts.tableCookie, texts.tableProvider, texts.tableDuration, texts.tablePurpose, texts.tableParty].map((t) => h('th', { scope: 'col' }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            // Each cell names its column (data-label): on phones the stylesheet shows every cookie as a card of labelled lines.
            ...cookies.map((row) =>
              h(
                'tr',
                {},
                h('td', { 'data-label': texts.tableCookie }, h('code', {}, row.cookie), row.note && ` (${row.note})`),
                h('td', { 'data-label': texts.tableProvider }, row.provider),
                h('td', { 'data-label': texts.tableDuration }, row.duration),
                h('td', { 'data-label': texts.tablePurpose }, row.purpose),
                h('td', { 'data-label': texts.tableParty }, row.partyLabel),
              ),
            ),
          ),
        ),
      ),
  );
  return { item, input };
}
