import type { ConsentCookieOptions, ConsentStorage } from '../types';
import { getDocument, getWindow } from '../env';
import { DAY_MS, DEFAULT_COOKIE_NAME, DEFAULT_EXPIRES_AFTER_DAYS, MAX_EXPIRES_AFTER_DAYS } from '../model';

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
 * @param options - `{ name = 'introw_consent', domain?, path = '/', sameSite = 'Lax', secure?, days = 182 }`.
 * @example
 * ```ts
 * createConsentManager(config, { storage: cookieStorage({ name: 'consent', domain: '.introw.io' }) });
 * ```
 * @remarks R10, R11, R29: COMPLIANCE.md; RFC 6265bis (400-day cap).
 */
/* @__NO_SIDE_EFFECTS__ */
export function cookieStorage(options: CookieStorageOptions = {}): ConsentStorage & { readonly name: string } {
  const { name = DEFAULT_COOKIE_NAME, path = '/', sameSite = 'Lax', domain, days = DEFAULT_EXPIRES_AFTER_DAYS } = options;
  const set = (value: string, expires: Date): void => {
    const doc = getDocument();
    if (doc) {
      doc.cookie =
        `${name}=${value}; Path=${path}; Expires=${expires.toUTCString()}; SameSite=${sameSite}` +
        (domain ? `; Domain=${domain}` : '') +
        ((options.secure ?? getWindow()?.location.protocol === 'https:') ? '; Secure' : '');
    }
  };
  /** Expires copies of the cookie in every scope (host-only and parent domains) before a write, so one value remains. */
  const dropDuplicates = (): void => {
    const doc = getDocument();
    const host = getWindow()?.location.hostname ?? '';
    // Always, not only when two copies are visible now: a copy in another scope (the host-only
    // cookie before a move to `domain`) would come back as soon as the new one is gone.
    if (!doc) return;
    const scopes = [''];
    if (!/^[\d.]+$|:/.test(host)) for (let labels = host.split('.'); labels.length > 1; labels.shift()) scopes.push(`; Domain=${labels.join('.')}`);
    for (const scope of scopes) doc.cookie = `${name}=; Path=${path}; Max-Age=0${scope}`;
  };
  return {
    name,
    read: () => readCookieValue(getDocument()?.cookie, name),
    readAll: () => readCookieValues(getDocument()?.cookie, name),
    write: (value, meta) => {
      dropDuplicates();
      set(value, meta?.expiresAt ?? new Date(Date.now() + Math.min(days, MAX_EXPIRES_AFTER_DAYS) * DAY_MS));
    },
    clear: () => set('', new Date(0)),
  };
}
