// No 'use client': this module is only ever loaded through import() from the client entry
// (internal/dialog.ts), so it is client code already; its own chunk needs no directive.
import { Fragment, useId, useRef, useState, useSyncExternalStore, type ReactElement } from 'react';
import type { ConsentManager } from '@introw/consent-core';
import { bindModalDialog, createPreferencesDialogModel, supportsShowModal } from '@introw/consent-core/preferences';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';
import { PreferencesCategory } from './PreferencesCategory';
import { cx } from './cx';
import type { AppearanceAttributes } from './AppearanceContext';

/** Props of {@link PreferencesDialog}. */
export interface PreferencesDialogProps {
  manager: ConsentManager;
  className?: string | undefined;
  /** `data-ic-layout` and `data-ic-theme` for the dialog's root. */
  appearance: AppearanceAttributes;
  /** The control that asked for the dialog, taken when it was opened (focus returns there). */
  opener: HTMLElement | null;
  /** Called after the visitor decided in the dialog (accept all, reject all, save). */
  onDecided(): void;
}

/** The open preferences dialog (mounted only while open): markup over core's dialog model. See `ConsentPreferences`. */
export function PreferencesDialog({ manager, className, appearance, opener, onDecided }: PreferencesDialogProps): ReactElement {
  const [model] = useState(() => createPreferencesDialogModel(manager, onDecided));
  const draft = useSyncExternalStore(model.subscribe, model.getDraft, model.getDraft);
  const gpc = useSyncExternalStore(
    manager.subscribe,
    () => manager.getSnapshot().gpc,
    () => manager.getServerSnapshot().gpc,
  );
  const { texts, language, sections, links, contact } = model;
  const native = supportsShowModal();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const close = (): void => manager.closePreferences();

  // Core's modal behaviour (R24): open, focus in, Tab inside, Escape and cancel close, focus back.
  useIsomorphicLayoutEffect(() => bindModalDialog(dialogRef.current!, () => manager.closePreferences(), titleRef.current, opener), [manager, opener]);

  return (
    <dialog
      ref={dialogRef}
      className={cx('ic-dialog', className)}
      role={native ? undefined : 'dialog'}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      open={native ? undefined : true}
      lang={language}
      data-ic-preferences=""
      {...appearance}
    >
      <div className="ic-dialog-header">
        <h2 ref={titleRef} id={titleId} className="ic-dialog-title" tabIndex={-1}>
          {texts.preferencesTitle}
        </h2>
        <button type="button" className="ic-close" aria-label={texts.close} title={texts.close} onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="ic-dialog-body">
        <p id={descriptionId} className="ic-dialog-description">
          {texts.preferencesDescription}
        </p>
        {gpc ? <p className="ic-gpc">{texts.gpcHonoured}</p> : null}
        {sections.map((section) => (
          <PreferencesCategory
            key={section.id}
            texts={texts}
            section={section}
            checked={draft.categories[section.id] === true}
            onChange={(on) => model.setCategory(section.id, on)}
            serviceChecked={(serviceId) => draft.services[serviceId] === true}
            onServiceChange={model.setService}
          />
        ))}
        {contact ? (
          <p className="ic-contact">
            {contact.parts.map((part, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one sentence, a fixed list, never reordered
              <Fragment key={i}>
                {i > 0 ? (
                  contact.href ? (
                    <a className="ic-link" href={contact.href}>
                      {contact.contact}
                    </a>
                  ) : (
                    contact.contact
                  )
                ) : null}
                {part}
              </Fragment>
            ))}
          </p>
        ) : null}
        {links.length ? (
          <p className="ic-policy">
            {links.map((link) => (
              <a key={link.href} className="ic-link" href={link.href}>
                {link.text}
              </a>
            ))}
          </p>
        ) : null}
      </div>
      <div className="ic-dialog-footer ic-actions">
        <button type="button" className="ic-button" data-ic-action="accept-all" onClick={model.acceptAll}>
          {texts.acceptAll}
        </button>
        <button type="button" className="ic-button" data-ic-action="reject-all" onClick={model.rejectAll}>
          {texts.rejectAll}
        </button>
        <button type="button" className="ic-button" data-ic-action="save" onClick={model.save}>
          {texts.save}
        </button>
      </div>
    </dialog>
  );
}
