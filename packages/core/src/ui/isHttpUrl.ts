import { parseUrl } from './parseUrl';

/**
 * True for an `http:` or `https:` URL, relative ones included (read against a fixed base, so a
 * server and a browser give the same answer and hydration matches). False for `javascript:`,
 * `data:`, `blob:`, any other scheme and anything that does not parse. Embeds load only URLs
 * that pass, so config or props can never turn into script.
 *
 * @param url - An absolute or relative URL, e.g. `https://www.youtube-nocookie.com/embed/x` or `/embed/x`.
 * @returns Whether the URL may be loaded (an iframe `src`) or linked to as a web page.
 * Never throws.
 * @example
 * ```ts
 * isHttpUrl('https://www.youtube-nocookie.com/embed/x'); // true
 * isHttpUrl('/statement');                                // true (relative)
 * isHttpUrl('javascript:alert(1)');                       // false
 * ```
 * @remarks R1 (only the declared vendor is requested, and only after consent): docs/rules.md;
 * DESIGN.md "Rules" (texts and config are never read as code).
 */
/* @__NO_SIDE_EFFECTS__ */
export function isHttpUrl(url: string): boolean {
  const protocol = parseUrl(url)?.protocol;
  return protocol === 'http:' || protocol === 'https:';
}
