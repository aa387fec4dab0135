import type { IncomingRecord } from '../types';

/**
 * The server-set consent cookie (R31): when a record arrives, the response sets the visitor's
 * consent cookie again from the server, with the same value the browser stored.
 */
export interface ConsentCookieOptions {
  /** Cookie name, as in the site's config (`config.cookie.name`). Default `introw_consent`. */
  name?: string;
  /** `Domain` attribute, as in the site's config (`config.cookie.domain`), e.g. `.introw.io`; host-only when absent. */
  domain?: string;
  /** `Path`. Default `/`. */
  path?: string;
  /** `SameSite`. Default `Lax`, as core writes it. */
  sameSite?: 'Lax' | 'Strict' | 'None';
  /** `Secure`. Default: when the request came over https. */
  secure?: boolean;
}

/** Core's stored value: `1.<rev>.<id>.<decidedAt>.<expiresAt>.<method>.<gpc>.<layout>.<bits>` (base 36 seconds). */
const VALUE = /^1\.[0-9a-z]{1,7}\.([A-Za-z0-9_-]{8,64})\.([0-9a-z]{1,9})\.([0-9a-z]{1,9})\.[arc]\.[01]\.[0-9a-z]{1,8}\.[A-Za-z0-9_-]{0,200}$/;
const DAY_MS = 86_400_000;

function cookieValues(header: string | null, name: string): string[] {
  return (header ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`))
    .map((part) => part.slice(name.length + 1));
}

/**
 * The `Set-Cookie` for a records response, or `null`. The value is copied from the request's
 * own cookie, never made up: only a well-formed value whose consent id is one of the posted
 * records', with a lifetime of at most 400 days that has not lapsed, is set again, with the
 * decision's own expiry. When the visitor has no consent cookie any more and the batch holds a
 * withdrawal of theirs, the cookie is deleted in the configured scope too (R13).
 */
export function consentCookieHeader(request: Request, records: readonly IncomingRecord[], options: ConsentCookieOptions, now: number): string | null {
  const name = options.name ?? 'introw_consent';
  const secure = options.secure ?? new URL(request.url).protocol === 'https:';
  const attributes = [
    `Path=${options.path ?? '/'}`,
    ...(options.domain ? [`Domain=${options.domain}`] : []),
    `SameSite=${options.sameSite ?? 'Lax'}`,
    ...(secure ? ['Secure'] : []),
  ];
  const ids = new Set(records.map((r) => r.consentId));
  for (const value of cookieValues(request.headers.get('cookie'), name)) {
    const m = VALUE.exec(value);
    if (!m || !ids.has(m[1]!)) continue;
    const decidedAt = parseInt(m[2]!, 36) * 1000;
    const expiresAt = parseInt(m[3]!, 36) * 1000;
    if (expiresAt <= now || expiresAt <= decidedAt || expiresAt - decidedAt > 400 * DAY_MS) continue;
    return [`${name}=${value}`, `Expires=${new Date(expiresAt).toUTCString()}`, ...attributes].join('; ');
  }
  const withdrawn = records.some((r) => r.method === 'withdrawal');
  const present = cookieValues(request.headers.get('cookie'), name).length > 0;
  return withdrawn && !present ? [`${name}=`, 'Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'Max-Age=0', ...attributes].join('; ') : null;
}
