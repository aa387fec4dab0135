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
 * Reads one cookie's value from a `Cookie` header or `document.cookie` string, without
 * decoding it. Returns the first occurrence (the most specific path, as browsers order them).
 *
 * @param cookieString - `a=1; b=2` as in `document.cookie` or the `Cookie` request header.
 * @param name - The cookie name, compared literally.
 */
export function readCookieValue(cookieString: string | null | undefined, name: string): string | null {
  if (!cookieString) return null;
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
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
  return {
    name,
    read: () => readCookieValue(getDocument()?.cookie, name),
    write: (value, meta) => set(value, meta?.expiresAt ?? new Date(Date.now() + Math.min(days, MAX_EXPIRES_AFTER_DAYS) * DAY_MS)),
    clear: () => set('', new Date(0)),
  };
}
