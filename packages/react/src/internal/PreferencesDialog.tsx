// No 'use client': this module is only ever loaded through import() from the client entry
// (loadPreferencesDialog), so it is client code already; its own chunk needs no directive.
import { useCallback, useId, useMemo, useRef, useState, useSyncExternalStore, type ReactElement, type RefObject } from 'react';
import { isSafeHref, type ConsentManager } from '@introw/consent-core';
import { createPreferencesDraft, preferencesSections } from '@introw/consent-core/preferences';
import { useModalDialog } from './useModalDialog';
import { PreferencesCategory } from './PreferencesCategory';
import { ContactLine } from './ContactLine';
import { cx } from './cx';

/** Props of {@link PreferencesDialog}. */
export interface PreferencesDialogProps {
  manager: ConsentManager;
  className?: string | undefined;
  /** The control that asked for the dialog, taken when it was opened (focus returns there). */
  opener?: RefObject<HTMLElement | null> | undefined;
  /** Called after the visitor decided in the dialog (accept all, reject all, save). */
  onDecided(): void;
}

/** The open preferences dialog (mounted only while open). See `ConsentPreferences`. */
export function PreferencesDialog({ manager, className, opener, onDecided }: PreferencesDialogProps): ReactElement {
  const { texts, config, language } = manager;
  const snapshot = useSyncExternalStore(manager.subscribe, manager.getSnapshot, manager.getServerSnapshot);
  // Core's draft rule: start from the stored choice (nothing optional for an undecided visitor: R4).
  const [draft, setDraft] = useState(() => createPreferencesDraft(config, snapshot));
  // A decision made meanwhile (another tab, a gated embed) replaces the draft: saving a stale
  // draft would re-grant what was just withdrawn.
  const [draftBase, setDraftBase] = useState(snapshot);
  if (draftBase !== snapshot) {
    setDraftBase(snapshot);
    setDraft(createPreferencesDraft(config, snapshot));
  }
  const sections = useMemo(() => preferencesSections(config, texts, language), [config, texts, language]);

  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const close = useCallback(() => manager.closePreferences(), [manager]);
  const modal = useModalDialog(dialogRef, titleRef, close, opener);
  const titleId = useId();
  const descriptionId = useId();

  const decide = (action: () => void): void => {
    action();
    onDecided();
  };

  const policyUrl = config.privacyPolicyUrl && isSafeHref(config.privacyPolicyUrl) ? config.privacyPolicyUrl : undefined;

  return (
    <dialog
      ref={dialogRef}
      className={cx('ic-dialog', className)}
      role={modal.native ? undefined : 'dialog'}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      open={modal.native ? undefined : true}
      lang={language}
      onKeyDown={modal.onKeyDown}
      onCancel={modal.onCancel}
      onClose={modal.onClose}
      data-ic-preferences=""
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
        {snapshot.gpc ? <p className="ic-gpc">{texts.gpcHonoured}</p> : null}
        {sections.map((section) => (
          <PreferencesCategory
            key={section.id}
            texts={texts}
            section={section}
            checked={draft.categories[section.id] === true}
            onChange={(on) => setDraft((d) => d.withCategory(section.id, on))}
            serviceChecked={(serviceId) => draft.services[serviceId] === true}
            onServiceChange={(serviceId, on) => setDraft((d) => d.withService(serviceId, on))}
          />
        ))}
        {config.privacyContact ? <ContactLine template={texts.privacyContact} contact={config.privacyContact} /> : null}
        {policyUrl ? (
          <p className="ic-policy">
            <a className="ic-link" href={policyUrl}>
              {texts.privacyPolicy}
            </a>
          </p>
        ) : null}
      </div>
      <div className="ic-dialog-footer ic-actions">
        <button type="button" className="ic-button" data-ic-action="accept-all" onClick={() => decide(() => manager.acceptAll())}>
          {texts.acceptAll}
        </button>
        <button type="button" className="ic-button" data-ic-action="reject-all" onClick={() => decide(() => manager.rejectAll())}>
          {texts.rejectAll}
        </button>
        <button type="button" className="ic-button" data-ic-action="save" onClick={() => decide(() => manager.save(draft.choice()))}>
          {texts.save}
        </button>
      </div>
    </dialog>
  );
}
