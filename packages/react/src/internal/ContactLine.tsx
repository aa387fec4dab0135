import { Fragment, type ReactElement } from 'react';
import { isSafeHref } from './safeUrl';

/** A `mailto:` link for an e-mail address, the URL itself for an http(s) / mailto URL, else null (plain text). */
function contactHref(contact: string): string | null {
  if (/^[^\s@:/]+@[^\s@/]+$/.test(contact)) return `mailto:${contact}`;
  if (/^(https?|mailto):/i.test(contact) && isSafeHref(contact)) return contact;
  return null;
}

/**
 * `texts.privacyContact` with `{contact}` replaced by a link to the contact (e-mail or URL),
 * built from text nodes only: nothing in the template or the contact is read as HTML.
 */
export function ContactLine({ template, contact }: { template: string; contact: string }): ReactElement {
  const href = contactHref(contact);
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
