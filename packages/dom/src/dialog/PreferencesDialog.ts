// Loaded on demand only (./load.ts): what the open preferences dialog needs, and nothing a first
// visit needs. Core's dialog rules come from @introw/consent-core/preferences, its own entry, so a
// bundler keeps them in this chunk.
import { bindModalDialog, createPreferencesDialogModel, supportsShowModal, type ContactLine } from '@introw/consent-core/preferences';
import { appearanceAttributes } from '@introw/consent-core/ui';
import { cx, h, type Child } from '../h';
import { categoryView } from './category';
import type { OpenPreferencesDialog } from './types';

/** The privacy contact line: the text around `{contact}`, with the contact as a link when it has one. */
function contactLine({ parts, contact, href }: ContactLine): HTMLParagraphElement {
  const children: Child[] = [];
  parts.forEach((part, i) => {
    if (i > 0) children.push(href ? h('a', { class: 'ic-link', href }, contact) : contact);
    children.push(part);
  });
  return h('p', { class: 'ic-contact' }, ...children);
}

/**
 * Shows the preferences dialog, with the markup of React's and Vue's `ConsentPreferences`: a native
 * `<dialog>` opened with `showModal()` (a `role="dialog"` fallback where there is none), labelled by
 * its title and described by its description; per category a switch and its services with their
 * cookie tables; the GPC notice, the privacy contact, the statement link; "Accept all", "Reject
 * all", "Save choices" and a close button. Core's dialog model holds the switches (R4, R5) and
 * core's `bindModalDialog` the modal behaviour (R24: focus in, Tab inside, Escape, focus back).
 * Texts are rendered as text only.
 *
 * @returns The function that closes the dialog, returns focus and removes it.
 */
export const openPreferencesDialog: OpenPreferencesDialog = (manager, { root, ids, className, appearance, opener, onDecided }) => {
  const model = createPreferencesDialogModel(manager, onDecided);
  const { texts, language, sections, links, contact } = model;
  const native = supportsShowModal();
  const titleId = ids();
  const descriptionId = ids();
  const close = (): void => manager.closePreferences();
  const button = (attrs: Record<string, string>, label: Child, onClick: () => void): HTMLButtonElement => {
    const el = h('button', { type: 'button', ...attrs }, label);
    el.addEventListener('click', () => onClick());
    return el;
  };

  const title = h('h2', { id: titleId, class: 'ic-dialog-title', tabindex: -1 }, texts.preferencesTitle);
  const description = h('p', { id: descriptionId, class: 'ic-dialog-description' }, texts.preferencesDescription);
  const gpc = h('p', { class: 'ic-gpc' }, texts.gpcHonoured);
  const categories = sections.map((section) => ({ section, view: categoryView(texts, section, model, ids) }));
  const dialog = h(
    'dialog',
    {
      class: cx('ic-dialog', className),
      role: native ? undefined : 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': titleId,
      'aria-describedby': descriptionId,
      open: !native,
      lang: language,
      'data-ic-preferences': '',
      ...appearanceAttributes(appearance),
    },
    h(
      'div',
      { class: 'ic-dialog-header' },
      title,
      button({ class: 'ic-close', 'aria-label': texts.close, title: texts.close }, h('span', { 'aria-hidden': 'true' }, '×'), close),
    ),
    h(
      'div',
      { class: 'ic-dialog-body' },
      description,
      ...categories.map(({ view }) => view.element),
      contact && contactLine(contact),
      links.length > 0 && h('p', { class: 'ic-policy' }, ...links.map((link) => h('a', { class: 'ic-link', href: link.href }, link.text))),
    ),
    h(
      'div',
      { class: 'ic-dialog-footer ic-actions' },
      button({ class: 'ic-button', 'data-ic-action': 'accept-all' }, texts.acceptAll, model.acceptAll),
      button({ class: 'ic-button', 'data-ic-action': 'reject-all' }, texts.rejectAll, model.rejectAll),
      button({ class: 'ic-button', 'data-ic-action': 'save' }, texts.save, model.save),
    ),
  );

  // The switches show the draft (the stored choice until changed here, and again whenever it changes elsewhere).
  const sync = (): void => {
    const draft = model.getDraft();
    for (const { section, view } of categories) {
      if (view.categorySwitch) view.categorySwitch.checked = draft.categories[section.id] === true;
      for (const [id, input] of view.serviceSwitches) input.checked = draft.services[id] === true;
    }
    if (!manager.getSnapshot().gpc) gpc.remove();
    else if (!gpc.isConnected) description.after(gpc);
  };
  sync();
  const off = model.subscribe(sync);
  root.append(dialog);
  // Core's modal behaviour (R24): open, focus in, Tab inside, Escape and cancel close, focus back.
  const unbind = bindModalDialog(dialog, close, title, opener);
  return () => {
    off();
    unbind();
    dialog.remove();
  };
};
