/** A fixed base, so the server and the browser judge a relative URL alike (no hydration mismatch). */
const BASE = 'https://localhost/';

function protocolOf(url: string): string | null {
  try {
    return new URL(url, BASE).protocol;
  } catch {
    return null;
  }
}

/** True for `http:` / `https:` URLs (relative ones included); `javascript:`, `data:` and the rest are refused. */
export function isHttpUrl(url: string): boolean {
  const protocol = protocolOf(url);
  return protocol === 'http:' || protocol === 'https:';
}

/** True for URLs safe in a link: http(s) (relative included) or `mailto:`. */
export function isSafeHref(url: string): boolean {
  return isHttpUrl(url) || protocolOf(url) === 'mailto:';
}

/** The host name of an http(s) URL (`www.youtube-nocookie.com`), or `''`. */
export function hostOf(url: string): string {
  try {
    const parsed = new URL(url, BASE);
    return parsed.origin === new URL(BASE).origin ? '' : parsed.hostname;
  } catch {
    return '';
  }
}
