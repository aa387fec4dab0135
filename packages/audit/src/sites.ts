import { getDomain } from 'tldts';

/**
 * The site of a host: its registrable domain (`www.introw.io` -> `introw.io`, by the Public
 * Suffix List through tldts), or the host itself for IP addresses, `localhost` and other names
 * without a public suffix. Leading dots (cookie domains) are ignored.
 */
export function siteOf(host: string): string {
  const h = host.replace(/^\./, '').toLowerCase();
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/**
 * Tells hosts of the audited site from third parties: same registrable domain = same site, so
 * `cdn.introw.io` is first party for `www.introw.io`. `allowHosts` are hosts (or `.suffix`
 * entries covering subdomains) that count as the site's own, e.g. its strictly necessary CDN.
 */
export function thirdPartyTest(startUrl: string, allowHosts: readonly string[] = []): (host: string) => boolean {
  const site = siteOf(new URL(startUrl).hostname);
  const allowed = allowHosts.map((h) => h.toLowerCase());
  return (host) => {
    const h = host.replace(/^\./, '').toLowerCase();
    if (siteOf(h) === site) return false;
    return !allowed.some((a) => (a.startsWith('.') ? h === a.slice(1) || h.endsWith(a) : h === a));
  };
}
