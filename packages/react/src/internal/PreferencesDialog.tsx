'use client';
import { useCallback, useId, useMemo, useRef, useState, useSyncExternalStore, type ReactElement } from 'react';
import { cookieDeclaration, type ConsentManager, type CookieDeclarationRow, type ServiceConfig } from '@introw/consent-core';
import { useModalDialog } from './useModalDialog';
import { PreferencesCategory } from './PreferencesCategory';
import { ContactLine } from './ContactLine';
import { isSafeHref } from './safeUrl';
import { cx } from './cx';

/** The switches' values before saving: UI state only; what saving means is core's `save`. */
interface Draft {
  categories: Readonly<Record<string, boolean>>;
  services: Readonly<Record<string, boolean>>;
}

const NO_ROWS: readonly CookieDeclarationRow[] = [];

/** Props of {@link PreferencesDialog}. */
export interface PreferencesDialogProps {
  manager: ConsentManager;
  className?: string | undefined;
  /** Called after the visitor decided in the dialog (accept all, reject all, save). */
  onDecided(): void;
}

/** The open preferences dialog (mounted only while open). See `ConsentPreferences`. */
export function PreferencesDialog({ manager, className, onDecided }: PreferencesDialogProps): ReactElement {
  const { texts, config, language } = manager;
  const snapshot = useSyncExternalStore(manager.subscribe, manager.getSnapshot, manager.getServerSnapshot);
  // Start from the stored choice; an undecided visitor's snapshot grants nothing optional (R4).
  const [draft, setDraft] = useState<Draft>(() => ({ categories: { ...snapshot.categories }, services: { ...snapshot.services } }));

  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const close = useCallback(() => manager.closePreferences(), [manager]);
  const modal = useModalDialog(dialogRef, titleRef, close);
  const titleId = useId();
  const descriptionId = useId();

  const servicesOf = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const [id, service] of Object.entries((config.services ?? {}) as Record<string, ServiceConfig>)) {
      const list = map.get(service.category) ?? [];
      list.push(id);
      map.set(service.category, list);
    }
    return map;
  }, [config]);

  const cookiesOf = useMemo(() => {
    const map = new Map<string, CookieDeclarationRow[]>();
    for (const row of cookieDeclaration(config, language)) {
      const list = map.get(row.serviceId) ?? [];
      list.push(row);
      map.set(row.serviceId, list);
    }
    return (serviceId: string): readonly CookieDeclarationRow[] => map.get(serviceId) ?? NO_ROWS;
  }, [config, language]);

  const setCategory = (id: string, on: boolean): void =>
    setDraft((d) => {
      const services = { ...d.services };
      for (const serviceId of servicesOf.get(id) ?? []) services[serviceId] = on;
      return { categories: { ...d.categories, [id]: on }, services };
    });
  const setService = (id: string, on: boolean): void => setDraft((d) => ({ ...d, services: { ...d.services, [id]: on } }));

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
        {Object.keys(config.categories).map((id) => (
          <PreferencesCategory
            key={id}
            manager={manager}
            id={id}
            checked={draft.categories[id] === true}
            onChange={(on) => setCategory(id, on)}
            services={servicesOf.get(id) ?? []}
            serviceChecked={(serviceId) => draft.services[serviceId] === true}
            onServiceChange={setService}
            cookiesOf={cookiesOf}
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
        <button
          type="button"
          className="ic-button"
          data-ic-action="save"
          onClick={() => decide(() => manager.save({ categories: draft.categories, services: draft.services }))}
        >
          {texts.save}
        </button>
      </div>
    </dialog>
  );
}
