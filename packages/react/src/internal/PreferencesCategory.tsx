'use client';
import { useId, type ReactElement } from 'react';
import type { ConsentManager, CookieDeclarationRow } from '@introw/consent-core';
import { categoryDescriptionOf, categoryTitleOf, isRequiredCategory } from './categoryText';
import { ServiceItem } from './ServiceItem';

/** Props of {@link PreferencesCategory}. */
export interface PreferencesCategoryProps {
  manager: ConsentManager;
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  services: readonly string[];
  serviceChecked(id: string): boolean;
  onServiceChange(id: string, checked: boolean): void;
  cookiesOf(serviceId: string): readonly CookieDeclarationRow[];
}

/**
 * One category in the preferences: a switch labelled by its title and described by its
 * description (or "always active" text for a strictly necessary one: R7, no pre-ticked box),
 * and an expandable list of its services (R5, R6).
 */
export function PreferencesCategory(props: PreferencesCategoryProps): ReactElement {
  const { manager, id, checked, onChange, services, serviceChecked, onServiceChange, cookiesOf } = props;
  const titleId = useId();
  const switchId = useId();
  const descriptionId = useId();
  const required = isRequiredCategory(manager, id);
  const description = categoryDescriptionOf(manager, id);

  return (
    <div className="ic-category" role="group" aria-labelledby={titleId} data-ic-category={id}>
      <div className="ic-row">
        <h3 className="ic-category-title" id={titleId}>
          {required ? categoryTitleOf(manager, id) : <label htmlFor={switchId}>{categoryTitleOf(manager, id)}</label>}
        </h3>
        {required ? (
          <span className="ic-always-active">{manager.texts.alwaysActive}</span>
        ) : (
          <input
            id={switchId}
            type="checkbox"
            role="switch"
            className="ic-switch"
            checked={checked}
            aria-describedby={description ? descriptionId : undefined}
            onChange={(event) => onChange(event.currentTarget.checked)}
          />
        )}
      </div>
      {description ? (
        <p className="ic-category-description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      {services.length ? (
        <details className="ic-services">
          <summary>{manager.texts.showServices}</summary>
          <ul className="ic-service-list">
            {services.map((serviceId) => (
              <ServiceItem
                key={serviceId}
                manager={manager}
                id={serviceId}
                required={required}
                checked={required || serviceChecked(serviceId)}
                onChange={(on) => onServiceChange(serviceId, on)}
                cookies={cookiesOf(serviceId)}
              />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
