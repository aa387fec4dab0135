import type { ConsentStorage } from '../config/types';

/**
 * Keeps the decision in `localStorage` under `key`. Note that the server cannot read it, so
 * SSR shows the banner to everyone; prefer {@link cookieStorage} for SSR sites. Every access
 * may throw (`SecurityError`, `QuotaExceededError`); the manager catches that (R30).
 *
 * @param key - The localStorage key. Default `cookie_consent`.
 * @example
 * ```ts
 * createConsentManager(config, { storage: localStorageStorage('my-consent') });
 * ```
 * @remarks R30: docs/rules.md.
 */
/* @__NO_SIDE_EFFECTS__ */
export function localStorageStorage(key = 'cookie_consent'): ConsentStorage & { readonly key: string } {
  return {
    key,
    read: () => (typeof localStorage === 'undefined' ? null : localStorage.getItem(key)),
    write: (value) => {
      if (typeof localStorage !== 'undefined') localStorage.setItem(key, value);
    },
    clear: () => {
      if (typeof localStorage !== 'undefined') localStorage.removeItem(key);
    },
  };
}

/**
 * Keeps the decision in memory only: it lasts for the page's life. Useful in tests, in
 * embedded webviews that forbid storage, or on the server.
 *
 * @param initial - An encoded value to start with (e.g. from a test fixture).
 * @example
 * ```ts
 * const consent = createConsentManager(config, { storage: memoryStorage() });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function memoryStorage(initial: string | null = null): ConsentStorage {
  let value = initial;
  return {
    read: () => value,
    write: (v) => {
      value = v;
    },
    clear: () => {
      value = null;
    },
  };
}
