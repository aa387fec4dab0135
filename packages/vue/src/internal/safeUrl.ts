/** Relative URLs are judged against this fixed base, so server and browser agree (no hydration mismatch). */
const BASE = 'https://localhost/';

function parse(url: string): URL | null {
  try {
    return new URL(url, BASE);
  } catch {
    return null;
  }
}

/** True for `http:` and `https:` URLs, relative ones included; `javascript:`, `data:` and the rest are refused. */
export function isHttpUrl(url: string): boolean {
  const protocol = parse(url)?.protocol;
  return protocol === 'http:' || protocol === 'https:';
}

/** True for URLs that may go in a link: http(s) (relative included) or `mailto:`. */
export function isSafeHref(url: string): boolean {
  return isHttpUrl(url) || parse(url)?.protocol === 'mailto:';
}

/** The host of an absolute http(s) URL (`www.youtube-nocookie.com`); `''` for relative or unparsable ones. */
export function hostOf(url: string): string {
  const parsed = parse(url);
  if (!parsed || parsed.origin === new URL(BASE).origin) return '';
  return parsed.hostname;
}
