import { isSafeHref } from './isSafeHref';

/**
 * Where the privacy contact (`config.privacyContact`) links to: `mailto:` for a bare e-mail
 * address, the URL itself for an `http(s):` or `mailto:` URL, `null` (shown as plain text, no
 * link) for anything else, such as a postal address or a `javascript:` URL.
 *
 * @param contact - The contact as configured, e.g. `privacy@introw.io` or `https://introw.io/privacy`.
 * @returns The `href`, or `null` for no link. Never throws.
 * @example
 * ```ts
 * privacyContactHref('privacy@introw.io');        // 'mailto:privacy@introw.io'
 * privacyContactHref('https://introw.io/privacy'); // 'https://introw.io/privacy'
 * privacyContactHref('Introw BV, Ghent');          // null
 * ```
 * @remarks GDPR art. 13(1)(a) and (b) (contact details of the controller and its DPO); statement §1 (privacy@introw.io); DESIGN.md
 * "Rules" (config is never read as code).
 */
/* @__NO_SIDE_EFFECTS__ */
export function privacyContactHref(contact: string): string | null {
  if (/^[^\s@:/]+@[^\s@/]+$/.test(contact)) return `mailto:${contact}`;
  return /^(https?|mailto):/i.test(contact) && isSafeHref(contact) ? contact : null;
}
