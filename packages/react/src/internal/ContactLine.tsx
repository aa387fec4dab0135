import { Fragment, type ReactElement } from 'react';
import { privacyContactHref } from '@introw/consent-core/preferences';

/**
 * `texts.privacyContact` with `{contact}` replaced by a link to the contact (core's
 * `privacyContactHref`: mailto for an e-mail address, a safe URL as is, else plain text),
 * built from text nodes only: nothing in the template or the contact is read as HTML.
 */
export function ContactLine({ template, contact }: { template: string; contact: string }): ReactElement {
  const href = privacyContactHref(contact);
  const value = href ? (
    <a className="ic-link" href={href}>
      {contact}
    </a>
  ) : (
    contact
  );
  const parts = template.split('{contact}');
  return (
    <p className="ic-contact">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? value : null}
          {part}
        </Fragment>
      ))}
    </p>
  );
}
