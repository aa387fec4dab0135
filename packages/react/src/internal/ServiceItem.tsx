'use client';
import { useId, type ReactElement } from 'react';
import { formatText, localize, type ConsentManager, type CookieDeclarationRow } from '@introw/consent-core';
import { serviceNameOf, serviceOf } from './categoryText';
import { isSafeHref } from './safeUrl';

/** Props of {@link ServiceItem}. */
export interface ServiceItemProps {
  manager: ConsentManager;
  id: string;
  /** In a strictly necessary category: "always active", no switch (R7). */
  required: boolean;
  checked: boolean;
  onChange(checked: boolean): void;
  cookies: readonly CookieDeclarationRow[];
}

/**
 * One service in the preferences: its own switch (R5), provider, description, privacy-policy
 * link and the table of its cookies with name, provider, duration, purpose and party (R6).
 */
export function ServiceItem({ manager, id, required, checked, onChange, cookies }: ServiceItemProps): ReactElement {
  const { texts, language, config } = manager;
  const switchId = useId();
  const nameId = useId();
  const service = serviceOf(manager, id);
  const name = serviceNameOf(manager, id);
  const description = localize(service?.description, language, config.defaultLanguage);
  const policy = service?.privacyPolicyUrl && isSafeHref(service.privacyPolicyUrl) ? service.privacyPolicyUrl : undefined;
  const label = formatText(texts.serviceLabel, { service: name });

  return (
    <li className="ic-service">
      <div className="ic-row">
        {required ? (
          <span className="ic-service-name" id={nameId}>
            {label}
          </span>
        ) : (
          <label className="ic-service-name" id={nameId} htmlFor={switchId}>
            {label}
          </label>
        )}
        {required ? (
          <span className="ic-always-active">{texts.alwaysActive}</span>
        ) : (
          <input
            id={switchId}
            type="checkbox"
            role="switch"
            className="ic-switch"
            checked={checked}
            onChange={(event) => onChange(event.currentTarget.checked)}
          />
        )}
      </div>
      {service?.provider || policy ? (
        <p className="ic-service-provider">
          {policy ? (
            <a className="ic-link" href={policy} rel="noopener noreferrer" target="_blank">
              {service?.provider || name}
            </a>
          ) : (
            service?.provider
          )}
        </p>
      ) : null}
      {description ? <p className="ic-service-description">{description}</p> : null}
      {cookies.length ? (
        // Scrolls sideways on narrow screens: focusable and named, so keyboards can scroll it (WCAG 2.1.1).
        <div className="ic-table-scroll" role="region" aria-labelledby={nameId} tabIndex={0}>
          <table className="ic-table ic-cookies">
            <thead>
              <tr>
                <th scope="col">{texts.tableCookie}</th>
                <th scope="col">{texts.tableProvider}</th>
                <th scope="col">{texts.tableDuration}</th>
                <th scope="col">{texts.tablePurpose}</th>
                <th scope="col">{texts.tableParty}</th>
              </tr>
            </thead>
            <tbody>
              {cookies.map((row, i) => (
                <tr key={`${row.cookie}\u0000${i}`}>
                  <td>
                    <code>{row.cookie}</code>
                  </td>
                  <td>{row.provider}</td>
                  <td>{row.duration}</td>
                  <td>{row.purpose}</td>
                  <td>{row.partyLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </li>
  );
}
