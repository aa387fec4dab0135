import { vi } from 'vitest';
import { defineConsentConfig } from '../config/defineConsentConfig';
import { en } from '../i18n/en';
import type { ConsentStorage } from '../config/types';

/** A small Introw-like config used across core tests. */
export const config = defineConsentConfig({
  revision: 3,
  cookie: { name: 'introw_consent' },
  translations: { en },
  categories: {
    necessary: { required: true },
    functional: {},
    analytics: {},
    advertising: { gpcOptOut: true },
  },
  services: {
    cloudflare: { category: 'necessary', cookies: [{ name: '__cf_bm', duration: { minutes: 30 }, httpOnly: true }] },
    locale: { category: 'functional', cookies: [{ name: 'introw_locale', duration: { days: 365 } }] },
    googleAnalytics: {
      category: 'analytics',
      provider: 'Google Ireland Ltd',
      cookies: [
        { name: '_ga', duration: { days: 730 }, purpose: 'Distinguishes visitors' },
        { pattern: /^_ga_/, label: '_ga_<container-id>', duration: { days: 730 }, purpose: { en: 'Keeps session state', nl: 'Houdt de sessie bij' } },
      ],
    },
    hotjar: { category: 'analytics', cookies: [{ pattern: '^_hjSession_', duration: { minutes: 30 } }] },
    googleAds: {
      category: 'advertising',
      cookies: [
        { name: '_gcl_au', duration: { days: 90 } },
        { name: 'IDE', thirdParty: true, duration: { days: 390 } },
      ],
    },
  },
});

/** A storage whose methods can be told to throw, recording what was written. */
export function flakyStorage(init: string | null = null) {
  let value = init;
  const s = {
    failRead: false as false | Error,
    failWrite: false as false | Error,
    dropWrites: false,
    writes: [] as string[],
    read: () => {
      if (s.failRead) throw s.failRead;
      return value;
    },
    write: (v: string) => {
      if (s.failWrite) throw s.failWrite;
      s.writes.push(v);
      if (!s.dropWrites) value = v;
    },
    clear: () => {
      value = null;
    },
    get value() {
      return value;
    },
    set value(v: string | null) {
      value = v;
    },
  };
  return s satisfies ConsentStorage;
}

export const DAY = 86_400_000;

/** `vi.waitFor` with a ceiling for a busy machine: it waits for a condition, never for a fixed time. */
export const waitFor = <T>(check: () => T | Promise<T>): Promise<T> => vi.waitFor(check, { timeout: 15_000, interval: 10 });
