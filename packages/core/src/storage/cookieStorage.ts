import type { ConsentCookieOptions, ConsentStorage } from '../config/types';
import { cookieDomainFor, expireEverywhere } from './cookieScopes';
import { ownCopy } from '../config/own';
import { DAY_MS, DEFAULT_COOKIE_NAME, DEFAULT_EXPIRES_AFTER_DAYS, MAX_EXPIRES_AFTER_DAYS } from '../config/model';

/** Options of {@link cookieStorage}: the cookie's attributes, plus its lifetime when no expiry is passed to `write`. */
export interface CookieStorageOptions extends ConsentCookieOptions {
  /** Lifetime in days used when `write` gets no `expiresAt`. Default 182; capped at 400 (R11). */
  days?: number;
}

/** Extra information the manager passes on write: when the decision lapses. */
export interface StorageWriteMeta {
  expiresAt?: Date;
}

/**
 * Reads every value of one cookie from a `Cookie` header or `document.cookie` string, in the
 * browser's order (longest path first, then oldest first), without decoding them. The same
 * name can appear several times: host-only and on a parent domain, or on several paths.
 *
 * @param cookieString - `a=1; b=2` as in `document.cookie` or the `Cookie` request header.
 * @param name - The cookie name, compared literally.
 * @example
 * ```ts
 * readCookieValues('a=1; introw_consent=x; introw_consent=y', 'introw_consent'); // ['x', 'y']
 * ```
 */
export function readCookieValues(cookieString: string | null | undefined, name: string): string[] {
  const values: string[] = [];
  for (const part of (cookieString ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
  }
  return values;
}

/**
 * Reads one cookie's value: the first occurrence (see {@link readCookieValues} for all of them).
 *
 * @param cookieString - `a=1; b=2` as in `document.cookie` or the `Cookie` request header.
 * @param name - The cookie name, compared literally.
 * @example
 * ```ts
 * readCookieValue(document.cookie, 'introw_consent');
 * ```
 */
export function readCookieValue(cookieString: string | null | undefined, name: string): string | null {
  return readCookieValues(cookieString, name)[0] ?? null;
}

/**
 * Keeps the decision in a first-party cookie: `Path=/`, `SameSite=Lax`, `Secure` on https,
 * `Expires` computed in UTC from the decision's lifetime (R10, R11, R29). Every method may
 * throw where the browser forbids cookies; the manager catches that (R30).
 *
 * Only the scope it writes counts (the core README's "Security model"): `domain` (the first
 * candidate the page's host is under, see {@link cookieDomainFor}; else host-only) with `path`.
 * Reading expires copies of the cookie in every other scope first (a sibling subdomain's
 * `Domain=` copy, a copy on another path, the old scope after a change of `domain`), so such a
 * copy can never be read as the visitor's decision; writing and clearing do the same, so a
 * forgotten decision never comes back. Names starting with `__Host-` are always host-only,
 * `Path=/` and `Secure` (browsers then refuse any copy from a sibling); `__Secure-` adds `Secure`.
 *
 * @param options - `{ name = 'cookie_consent', domain?, path = '/', sameSite = 'Lax', secure?, days = 182 }`;
 *   `domain` is one domain or a list of candidates (`['introw.io', 'introw.test']`).
 * @param getDocument - Where the cookie lives; default the global `document` (the manager passes
 *   its platform's). Without a document (a server) reads give nothing and writes do nothing.
 * @example
 * ```ts
 * createConsentManager(config, { storage: cookieStorage({ name: 'consent', domain: ['introw.io', 'introw.test'] }) });
 * ```
 * @remarks R10, R11, R28, R29: docs/rules.md; RFC 6265bis (400-day cap, cookie prefixes).
 */
/* @__NO_SIDE_EFFECTS__ */
export function cookieStorage(
  given: CookieStorageOptions = {},
  getDocument: () => Document | undefined = () => (typeof document === 'undefined' ? undefined : document),
): ConsentStorage & { readonly name: string } {
  // Own properties only: a polluted `Object.prototype.domain` must not move the cookie to a scope
  // a sibling subdomain can write (Security model).
  const options: CookieStorageOptions = ownCopy(given);
  const { name = DEFAULT_COOKIE_NAME, sameSite = 'Lax', days = DEFAULT_EXPIRES_AFTER_DAYS } = options;
  const hostPrefix = name.startsWith('__Host-');
  const path = hostPrefix ? '/' : (options.path ?? '/');
  /** The scope this storage writes: `[domain or '' (host-only), path]`. */
  const scope = (doc: Document): [string, string] => [(!hostPrefix && cookieDomainFor(options.domain, doc.location?.hostname ?? '')) || '', path];
  const set = (doc: Document, value: string, expires: Date): void => {
    const [domain] = scope(doc);
    const secure = options.secure ?? (hostPrefix || name.startsWith('__Secure-') || doc.location?.protocol === 'https:');
    doc.cookie = `${name}=${value}; Path=${path}; Expires=${expires.toUTCString()}; SameSite=${sameSite}${domain ? `; Domain=${domain}` : ''}${secure ? '; Secure' : ''}`;
  };
  /** Expires every copy outside this storage's own scope. */
  const dropForeign = (doc: Document): void => expireEverywhere(doc, name, [path], scope(doc));
  const readAll = (): string[] => {
    const doc = getDocument();
    if (!doc) return [];
    // Nothing visible (a first visit): nothing to sweep.
    if (!readCookieValues(doc.cookie, name).length) return [];
    dropForeign(doc);
    return readCookieValues(doc.cookie, name);
  };
  return {
    name,
    read: () => readAll()[0] ?? null,
    readAll,
    write: (value, meta) => {
      const doc = getDocument();
      if (!doc) return;
      dropForeign(doc);
      set(doc, value, meta?.expiresAt ?? new Date(Date.now() + Math.min(days, MAX_EXPIRES_AFTER_DAYS) * DAY_MS));
    },
    clear: () => {
      const doc = getDocument();
      if (!doc) return;
      dropForeign(doc);
      set(doc, '', new Date(0));
    },
  };
}
