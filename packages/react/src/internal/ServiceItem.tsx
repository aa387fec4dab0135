'use client';
import { useId, type ReactElement } from 'react';
import type { ConsentTexts } from '@introw/consent-core';
import type { PreferencesService } from '@introw/consent-core/preferences';
import { Switch } from './Switch';

/** Props of {@link ServiceItem}. */
export interface ServiceItemProps {
  texts: ConsentTexts;
  /** What to show, from core's `preferencesSections`. */
  service: PreferencesService;
  /** In a strictly necessary category: "always active", no switch (R7). */
  required: boolean;
  checked: boolean;
  onChange(checked: boolean): void;
}

/**
 * One service in the preferences: its own switch (R5), provider, description, privacy-policy
 * link and the table of its cookies with name, provider, duration, purpose and party (R6). Each
 * cell carries its column's name as `data-label`: on phones the stylesheet shows every cookie as a
 * card of labelled lines.
 */
export function ServiceItem({ texts, service, required, checked, onChange }: ServiceItemProps): ReactElement {
  const switchId = useId();
  const nameId = useId();
  const { label, name, provider, description, privacyPolicyUrl: policy, cookies } = service;

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
        {required ? <span className="ic-always-active">{texts.alwaysActive}</span> : <Switch id={switchId} checked={checked} onChange={onChange} />}
      </div>
      {provider || policy ? (
        <p className="ic-service-provider">
          {policy ? (
            <a className="ic-link" href={policy} rel="noopener noreferrer" target="_blank">
              {provider || name}
            </a>
          ) : (
            provider
          )}
        </p>
      ) : null}
      {description ? <p className="ic-service-description">{description}</p> : null}
      {cookies.length ? (
        // Scrolls sideways on narrow screens: focusable and named, so keyboards can scroll it (WCAG 2.1.1).
        // biome-ignore lint/a11y/useSemanticElements: a named scroll container for the table, not a document section
        // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls sideways on narrow screens, so keyboards must be able to focus it (WCAG 2.1.1)
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
                // biome-ignore lint/suspicious/noArrayIndexKey: the index only tells apart two rows with the same cookie name
                <tr key={`${row.cookie}\u0000${i}`}>
                  <td data-label={texts.tableCookie}>
                    <code>{row.cookie}</code>
                    {row.note ? ` (${row.note})` : null}
                  </td>
                  <td data-label={texts.tableProvider}>{row.provider}</td>
                  <td data-label={texts.tableDuration}>{row.duration}</td>
                  <td data-label={texts.tablePurpose}>{row.purpose}</td>
                  <td data-label={texts.tableParty}>{row.partyLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </li>
  );
}
