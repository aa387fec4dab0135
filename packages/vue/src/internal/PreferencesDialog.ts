import { defineComponent, h, normalizeClass, onBeforeUnmount, onMounted, shallowRef, type PropType, type VNode } from 'vue';
import type { ConsentManager } from '@introw/consent-core';
import {
  bindModalDialog,
  createPreferencesDialogModel,
  supportsShowModal,
  type ContactLine,
  type PreferencesSection,
  type PreferencesService,
} from '@introw/consent-core/preferences';
import { bindValue, useSnapshot } from './useManagerValue';
import type { AppearanceAttributes } from './context';
import { useStableId } from './useStableId';

/** The privacy contact line: core's parts around `{contact}`, the contact as a link when it has one. */
function contactLine({ parts, contact, href }: ContactLine): VNode {
  const children: (VNode | string)[] = [];
  parts.forEach((part, i) => {
    if (i > 0) children.push(href ? h('a', { class: 'ic-link', href }, contact) : contact);
    if (part) children.push(part);
  });
  return h('p', { class: 'ic-contact' }, children);
}

/** A native checkbox exposed as a switch (R26 4.1.2: name and state). */
function switchInput(id: string, checked: boolean, onChange: (on: boolean) => void, describedBy?: string): VNode {
  return h('input', {
    id,
    type: 'checkbox',
    role: 'switch',
    class: 'ic-switch',
    checked,
    'aria-describedby': describedBy,
    onChange: (event: Event) => onChange((event.currentTarget as HTMLInputElement).checked),
  });
}

/**
 * The open preferences dialog (mounted only while open). See `ConsentPreferences`; markup and
 * behaviour match `@introw/consent-react`'s `PreferencesDialog`. Its own chunk: imported only
 * through `loadPreferencesDialog()` (never statically), so a page loads it on demand. Internal.
 */
export const PreferencesDialog = /* @__PURE__ */ defineComponent({
  name: 'ConsentPreferencesDialog',
  props: {
    manager: { type: Object as PropType<ConsentManager>, required: true },
    /** Extra classes for the dialog (normalized). */
    dialogClass: { type: String, default: '' },
    /** `data-ic-layout` and `data-ic-theme` for the dialog's root. */
    appearance: { type: Object as PropType<AppearanceAttributes>, required: true },
    /** The control that asked for the dialog (focused when it was opened): focus returns there (R24). */
    opener: { type: Object as PropType<HTMLElement | null>, default: null },
  },
  emits: { decided: () => true },
  setup(props, { emit }) {
    const manager = props.manager;
    const model = createPreferencesDialogModel(manager, () => emit('decided'));
    const { texts, language, sections, links, contact } = model;
    const draft = bindValue(model, model.getDraft, model.getDraft);
    const snapshot = useSnapshot(manager);
    const native = supportsShowModal();
    const dialogRef = shallowRef<HTMLDialogElement | null>(null);
    const titleRef = shallowRef<HTMLElement | null>(null);
    const close = (): void => manager.closePreferences();
    // Core's modal behaviour (R24): open, focus in, Tab inside, Escape and cancel close, focus back.
    let unbind = (): void => {};
    onMounted(() => (unbind = bindModalDialog(dialogRef.value!, close, titleRef.value, props.opener)));
    onBeforeUnmount(() => unbind());
    const baseId = useStableId();
    const titleId = `${baseId}-title`;
    const descriptionId = `${baseId}-description`;

    /** One service: its own switch (R5), provider, description, privacy-policy link and cookie table (R6). */
    const serviceItem = (service: PreferencesService, required: boolean, switchId: string, nameId: string): VNode => {
      const { id, label, name, provider, description, privacyPolicyUrl: policy, cookies } = service;
      return h('li', { class: 'ic-service', key: id }, [
        h('div', { class: 'ic-row' }, [
          required ? h('span', { class: 'ic-service-name', id: nameId }, label) : h('label', { class: 'ic-service-name', id: nameId, for: switchId }, label),
          required
            ? h('span', { class: 'ic-always-active' }, texts.alwaysActive)
            : switchInput(switchId, draft.value.services[id] === true, (on) => model.setService(id, on)),
        ]),
        provider || policy
          ? h('p', { class: 'ic-service-provider' }, [
              policy ? h('a', { class: 'ic-link', href: policy, rel: 'noopener noreferrer', target: '_blank' }, provider || name) : provider,
            ])
          : null,
        description ? h('p', { class: 'ic-service-description' }, description) : null,
        cookies.length
          ? // Scrolls sideways on narrow screens: focusable and named, so keyboards can scroll it (WCAG 2.1.1).
            h('div', { class: 'ic-table-scroll', role: 'region', 'aria-labelledby': nameId, tabindex: 0 }, [
              h('table', { class: 'ic-table ic-cookies' }, [
                h('thead', [
                  h(
                    'tr',
                    [texts.tableCookie, texts.tableProvider, texts.tableDuration, texts.tablePurpose, texts.tableParty].map((t) =>
                      h('th', { scope: 'col' }, t),
                    ),
                  ),
                ]),
                h(
                  'tbody',
                  cookies.map((row, i) =>
                    h('tr', { key: `${row.cookie}\u0000${i}` }, [
                      // Each cell names its column: on phones every cookie is a card of labelled lines.
                      h('td', { 'data-label': texts.tableCookie }, [h('code', row.cookie), row.note ? ` (${row.note})` : null]),
                      h('td', { 'data-label': texts.tableProvider }, row.provider),
                      h('td', { 'data-label': texts.tableDuration }, row.duration),
                      h('td', { 'data-label': texts.tablePurpose }, row.purpose),
                      h('td', { 'data-label': texts.tableParty }, row.partyLabel),
                    ]),
                  ),
                ),
              ]),
            ])
          : null,
      ]);
    };

    /** One category: a switch labelled by its title and described by its description, or "Always active" (R7); its services (R5, R6). */
    const category = (section: PreferencesSection, index: number): VNode => {
      const { id, required, title, description, services } = section;
      const prefix = `${baseId}-c${index}`;
      const titleElId = `${prefix}-title`;
      const switchId = `${prefix}-switch`;
      const descId = `${prefix}-description`;
      return h('div', { class: 'ic-category', role: 'group', 'aria-labelledby': titleElId, 'data-ic-category': id, key: id }, [
        h('div', { class: 'ic-row' }, [
          h('h3', { class: 'ic-category-title', id: titleElId }, required ? title : [h('label', { for: switchId }, title)]),
          required
            ? h('span', { class: 'ic-always-active' }, texts.alwaysActive)
            : switchInput(switchId, draft.value.categories[id] === true, (on) => model.setCategory(id, on), description ? descId : undefined),
        ]),
        description ? h('p', { class: 'ic-category-description', id: descId }, description) : null,
        services.length
          ? h('details', { class: 'ic-services' }, [
              h('summary', texts.showServices),
              h(
                'ul',
                { class: 'ic-service-list' },
                services.map((service, j) => serviceItem(service, required, `${prefix}-s${j}`, `${prefix}-s${j}-name`)),
              ),
            ])
          : null,
      ]);
    };

    return () =>
      h(
        'dialog',
        {
          ref: dialogRef,
          class: normalizeClass(['ic-dialog', props.dialogClass]),
          role: native ? undefined : 'dialog',
          'aria-modal': 'true',
          'aria-labelledby': titleId,
          'aria-describedby': descriptionId,
          open: native ? undefined : true,
          lang: language,
          'data-ic-preferences': '',
          ...props.appearance,
        },
        [
          h('div', { class: 'ic-dialog-header' }, [
            h('h2', { ref: titleRef, id: titleId, class: 'ic-dialog-title', tabindex: -1 }, texts.preferencesTitle),
            h('button', { type: 'button', class: 'ic-close', 'aria-label': texts.close, title: texts.close, onClick: close }, [
              h('span', { 'aria-hidden': 'true' }, '×'),
            ]),
          ]),
          h('div', { class: 'ic-dialog-body' }, [
            h('p', { id: descriptionId, class: 'ic-dialog-description' }, texts.preferencesDescription),
            snapshot.value.gpc ? h('p', { class: 'ic-gpc' }, texts.gpcHonoured) : null,
            ...sections.map(category),
            contact ? contactLine(contact) : null,
            links.length
              ? h(
                  'p',
                  { class: 'ic-policy' },
                  links.map((link) => h('a', { key: link.href, class: 'ic-link', href: link.href }, link.text)),
                )
              : null,
          ]),
          h('div', { class: 'ic-dialog-footer ic-actions' }, [
            h('button', { type: 'button', class: 'ic-button', 'data-ic-action': 'accept-all', onClick: model.acceptAll }, texts.acceptAll),
            h('button', { type: 'button', class: 'ic-button', 'data-ic-action': 'reject-all', onClick: model.rejectAll }, texts.rejectAll),
            h(
              'button',
              {
                type: 'button',
                class: 'ic-button',
                'data-ic-action': 'save',
                onClick: model.save,
              },
              texts.save,
            ),
          ]),
        ],
      );
  },
});
