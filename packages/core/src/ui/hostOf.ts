import { URL_BASE, parseUrl } from './parseUrl';

/**
 * The host name of an absolute URL, e.g. `www.youtube-nocookie.com`, used to name the vendor
 * of an embed that has no configured service. `''` for a relative URL (the site itself) or one
 * that does not parse. The same on a server and in a browser.
 *
 * @param url - The URL, e.g. an embed's `src`.
 * @returns The lower-case host name without port, or `''`. Never throws.
 * @example
 * ```ts
 * hostOf('https://www.youtube-nocookie.com/embed/x'); // 'www.youtube-nocookie.com'
 * hostOf('/embed/x');                                  // ''
 * ```
 * @remarks R1, R6 (the placeholder says who would receive the request): docs/rules.md.
 */
/* @__NO_SIDE_EFFECTS__ */
export function hostOf(url: string): string {
  const parsed = parseUrl(url);
  return parsed && parsed.origin !== new URL(URL_BASE).origin ? parsed.hostname : '';
}
