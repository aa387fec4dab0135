/**
 * Cookie scopes: a cookie is identified by (name, domain or host-only, path, partition), and
 * deleting one means writing the same identity with an expiry in the past (R28). Shared by the
 * consent cookie's storage and by the withdrawal sweep.
 */

/**
 * The domains a cookie visible on `hostname` can be set on: the host itself and every parent
 * domain up to, not including, the top-level label (browsers refuse public suffixes
 * themselves). IP addresses and single-label hosts have no parent domains: `[]` (host-only only).
 *
 * @param hostname - `location.hostname`, e.g. `app.example.test`.
 * @returns `['app.example.test', 'example.test']` for `app.example.test`.
 * @example
 * ```ts
 * domainCandidates('a.b.example.test'); // ['a.b.example.test', 'b.example.test', 'example.test']
 * ```
 * @remarks R28: docs/rules.md; RFC 6265bis §5.1.3 (domain matching).
 */
export function domainCandidates(hostname: string): string[] {
  const labels = hostname.replace(/\.$/, '').toLowerCase().split('.');
  return /^[\d.]*$|:/.test(hostname) ? [] : labels.slice(1).map((_, i) => labels.slice(i).join('.'));
}

/**
 * The cookie paths to sweep for a page: `/`, every prefix of the current path with and without
 * a trailing slash (a cookie's path is part of its identity), and the configured extra paths.
 *
 * @param pathname - `location.pathname`, e.g. `/app/x/`.
 * @param extra - Paths declared on the cookie (`paths`), each starting with `/`.
 * @returns De-duplicated paths, `/` first.
 * @example
 * ```ts
 * pathCandidates('/app/x/'); // ['/', '/app', '/app/', '/app/x', '/app/x/']
 * ```
 * @remarks R28: docs/rules.md; RFC 6265bis §5.1.4 (paths).
 */
export function pathCandidates(pathname: string, extra: readonly string[] = []): string[] {
  const out = new Set(['/']);
  let acc = '';
  for (const segment of pathname.split('/')) {
    if (!segment) continue;
    acc += `/${segment}`;
    out.add(acc).add(`${acc}/`);
  }
  for (const p of extra) if (typeof p === 'string' && p.startsWith('/')) out.add(p);
  return [...out];
}

/**
 * The names in a `document.cookie` string, in order, without values, duplicates kept.
 *
 * @param cookieString - `a=1; b=2`.
 * @returns `['a', 'b']`.
 * @example
 * ```ts
 * cookieNames('_ga=GA1; a.b*c|d=1'); // ['_ga', 'a.b*c|d']
 * ```
 */
export function cookieNames(cookieString: string): string[] {
  return cookieString
    .split(';')
    .map((part) => part.split('=')[0]!.trim())
    .filter(Boolean);
}

/**
 * The first configured domain that is the page's host or a parent of it (leading dot and case
 * ignored), else `undefined`: host-only. Lets one config share the decision across a site's
 * subdomains in production (`introw.io`) and in tests (`introw.test`) while staying host-only
 * on `localhost`.
 *
 * @param domain - `cookie.domain`: one domain or candidates in order.
 * @param hostname - `location.hostname`.
 * @example
 * ```ts
 * cookieDomainFor(['introw.io', 'introw.test'], 'rooms.introw.test'); // 'introw.test'
 * cookieDomainFor(['introw.io', 'introw.test'], 'localhost'); // undefined
 * ```
 * @remarks R28: docs/rules.md.
 */
export function cookieDomainFor(domain: string | readonly string[] | undefined, hostname: string): string | undefined {
  const host = hostname.toLowerCase();
  for (const candidate of typeof domain === 'string' ? [domain] : (domain ?? [])) {
    const d = String(candidate).replace(/^\./, '').toLowerCase();
    if (d && (host === d || host.endsWith(`.${d}`))) return d;
  }
  return undefined;
}

/** The page facts a sweep needs: `document` and its location. */
export type CookiePage = Pick<Document, 'cookie'> & {
  location: Pick<Location, 'hostname' | 'pathname'> | null;
  defaultView: Pick<Window, 'isSecureContext'> | null;
};

/**
 * Expires `name` in the given domains (`''` = host-only) and paths. In a secure context (https,
 * or `http://localhost`) each write carries `Secure` (so `__Secure-` / `__Host-` names go) and is
 * repeated `Partitioned` (CHIPS). `__Host-` names are only tried host-only on `/`, the one scope
 * browsers allow them. `keep` spares one unpartitioned scope: `[domain or '', path]`.
 *
 * @param doc - The page's document.
 * @param name - The cookie name.
 * @param domains - `''` for host-only, then domains from {@link domainCandidates}.
 * @param paths - Paths from {@link pathCandidates}.
 * @param keep - The scope to leave alone (the consent cookie's own).
 * @example
 * ```ts
 * expireCookie(document, '_ga', ['', 'example.test'], ['/']);
 * ```
 * @remarks R13, R28: docs/rules.md.
 */
export function expireCookie(doc: CookiePage, name: string, domains: readonly string[], paths: readonly string[], keep?: readonly [string, string]): void {
  const secure = doc.defaultView?.isSecureContext === true;
  const hostPrefix = name.startsWith('__Host-');
  for (const domain of domains) {
    if (hostPrefix && domain) continue;
    for (const path of hostPrefix ? ['/'] : paths) {
      const base = `${name}=; Max-Age=0; Path=${path}${domain ? `; Domain=${domain}` : ''}`;
      // We never write the kept scope Partitioned: a partitioned copy there is foreign.
      if (!keep || keep[0] !== domain || keep[1] !== path) doc.cookie = secure ? `${base}; Secure` : base;
      if (secure) doc.cookie = `${base}; Secure; Partitioned`;
    }
  }
}

/**
 * Expires `name` in every scope a cookie visible on this page can have: host-only and every
 * parent domain, on every path from {@link pathCandidates} (see {@link expireCookie}).
 *
 * @param doc - The page's document.
 * @param name - The cookie name.
 * @param extraPaths - Paths outside this page's to sweep too.
 * @param keep - The scope to leave alone (the consent cookie's own).
 * @example
 * ```ts
 * expireEverywhere(document, 'introw_consent', ['/'], ['', '/']);
 * ```
 * @remarks R13, R28: docs/rules.md.
 */
export function expireEverywhere(doc: CookiePage, name: string, extraPaths: readonly string[] = [], keep?: readonly [string, string]): void {
  const { hostname = '', pathname = '/' } = doc.location ?? {};
  expireCookie(doc, name, ['', ...domainCandidates(hostname)], pathCandidates(pathname, extraPaths), keep);
}
