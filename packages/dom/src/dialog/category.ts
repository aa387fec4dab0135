import type { ConsentTexts } from '@introw/consent-core';
import type { PreferencesDialogModel, PreferencesSection } from '@introw/consent-core/preferences';
import { h } from '../h';
import type { IdFactory } from '../ids';
import { serviceItem, switchInput } from './serviceItem';

/** A category's group and its switches, whose state the dialog sets from the draft. */
export interface CategoryView {
  element: HTMLElement;
  /** The category's switch; `null` for a strictly necessary category. */
  categorySwitch: HTMLInputElement | null;
  /** Service id -> its switch (services of a strictly necessary category have none). */
  serviceSwitches: Map<string, HTMLInputElement>;
}

/**
 * One category in the preferences, as React's and Vue's `PreferencesCategory`: a group labelled by
 * its title, a switch labelled by the title and described by the description (or "always active"
 * for a strictly necessary one: R7, no pre-ticked box), and an expandable list of its services
 * (R5, R6). Switch changes go to the dialog model (core's draft rules).
 */
export function categoryView(texts: ConsentTexts, section: PreferencesSection, model: PreferencesDialogModel, ids: IdFactory): CategoryView {
  const titleId = ids();
  const switchId = ids();
  const descriptionId = ids();
  const { id, required, title, description, services } = section;
  const categorySwitch = required ? null : switchInput(switchId, (on) => model.setCategory(id, on), description ? descriptionId : undefined);
  const serviceSwitches = new Map<string, HTMLInputElement>();
  const items = services.map((service) => {
    const { item, input } = serviceItem(texts, service, required, ids, (on) => model.setService(service.id, on));
    if (input) serviceSwitches.set(service.id, input);
    return item;
  });
  const element = h(
    'div',
    { class: 'ic-category', role: 'group', 'aria-labelledby': titleId, 'data-ic-category': id },
    h(
      'div',
      { class: 'ic-row' },
      h('h3', { class: 'ic-category-title', id: titleId }, required ? title : h('label', { for: switchId }, title)),
      categorySwitch ?? h('span', { class: 'ic-always-active' }, texts.alwaysActive),
    ),
    description && h('p', { class: 'ic-category-description', id: descriptionId }, description),
    items.length > 0 && h('details', { class: 'ic-services' }, h('summary', {}, texts.showServices), h('ul', { class: 'ic-service-list' }, ...items)),
  );
  return { element, categorySwitch, serviceSwitches };
}
