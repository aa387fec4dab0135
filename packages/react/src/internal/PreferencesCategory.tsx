'use client';
import { useId, type ReactElement } from 'react';
import type { ConsentTexts } from '@introw/consent-core';
import type { PreferencesSection } from '@introw/consent-core/preferences';
import { ServiceItem } from './ServiceItem';
import { Switch } from './Switch';

/** Props of {@link PreferencesCategory}. */
export interface PreferencesCategoryProps {
  texts: ConsentTexts;
  /** What to show, from core's `preferencesSections`. */
  section: PreferencesSection;
  checked: boolean;
  onChange(checked: boolean): void;
  serviceChecked(id: string): boolean;
  onServiceChange(id: string, checked: boolean): void;
}

/**
 * One category in the preferences: a switch labelled by its title and described by its
 * description (or "always active" text for a strictly necessary one: R7, no pre-ticked box),
 * and an expandable list of its services (R5, R6).
 */
export function PreferencesCategory({ texts, section, checked, onChange, serviceChecked, onServiceChange }: PreferencesCategoryProps): ReactElement {
  const titleId = useId();
  const switchId = useId();
  const descriptionId = useId();
  const { required, title, description, services } = section;

  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset's legend would replace the heading and its switch label; role=group with aria-labelledby names the same group
    <div className="ic-category" role="group" aria-labelledby={titleId} data-ic-category={section.id}>
      <div className="ic-row">
        <h3 className="ic-category-title" id={titleId}>
          {required ? title : <label htmlFor={switchId}>{title}</label>}
        </h3>
        {required ? (
          <span className="ic-always-active">{texts.alwaysActive}</span>
        ) : (
          <Switch id={switchId} checked={checked} onChange={onChange} describedBy={description ? descriptionId : undefined} />
        )}
      </div>
      {description ? (
        <p className="ic-category-description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      {services.length ? (
        <details className="ic-services">
          <summary>{texts.showServices}</summary>
          <ul className="ic-service-list">
            {services.map((service) => (
              <ServiceItem
                key={service.id}
                texts={texts}
                service={service}
                required={required}
                checked={required || serviceChecked(service.id)}
                onChange={(on) => onServiceChange(service.id, on)}
              />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
