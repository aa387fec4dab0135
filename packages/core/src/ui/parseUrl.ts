/**
 * Relative URLs are read against this fixed base, so a server and a browser judge them alike
 * (the page's own URL would make SSR and hydration disagree). Internal.
 */
export const URL_BASE = 'https://localhost/';

/** `url` parsed against {@link URL_BASE}, or `null` when it does not parse. Internal; never throws. */
/* @__NO_SIDE_EFFECTS__ */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url, URL_BASE);
  } catch {
    return null;
  }
}
