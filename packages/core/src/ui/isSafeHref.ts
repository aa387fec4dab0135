import { isHttpUrl } from './isHttpUrl';
import { parseUrl } from './parseUrl';

/**
 * True for a URL that may go in a link's `href`: `http:` / `https:` (relative ones included)
 * or `mailto:`. Everything else (`javascript:`, `data:`, unparsable text) is refused, so a
 * privacy-policy URL from the config can never run script when clicked.
 *
 * @param url - An absolute or relative URL, e.g. `https://policies.google.com/privacy` or `mailto:privacy@introw.io`.
 * @returns Whether the URL is safe as an `href`. Never throws.
 * @example
 * ```ts
 * isSafeHref('mailto:privacy@introw.io'); // true
 * isSafeHref('javascript:alert(1)');      // false
 * ```
 * @remarks R6 (links to the providers' policies in the second layer): docs/rules.md;
 * DESIGN.md "Rules" (texts and config are never read as code).
 */
/* @__NO_SIDE_EFFECTS__ */
export function isSafeHref(url: string): boolean {
  return isHttpUrl(url) || parseUrl(url)?.protocol === 'mailto:';
}
