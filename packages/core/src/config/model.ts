import type { ConsentConfig, CookieDeclaration, ServiceConfig, StorageKey } from './types';
import { ownCopy } from './own';

/** Default decision lifetime in days (R11: about six months). */
export const DEFAULT_EXPIRES_AFTER_DAYS = 182;
/** Browsers cap cookie lifetimes at 400 days (RFC 6265bis); so do we (R11). */
export const MAX_EXPIRES_AFTER_DAYS = 400;
/** Default name of the consent cookie: neutral, so it names no vendor (a site may set its own, `cookie.name`). */
export const DEFAULT_COOKIE_NAME = 'cookie_consent';
/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/**
 * The config in the form the store works with: ordered ids, lookups, compiled matchers.
 * Built once per manager; internal.
 */
export interface ConsentModel {
  /** The config as own properties only (null-prototype objects: see {@link ownCopy}). */
  config: ConsentConfig;
  /** `config.services`, or `{}`. */
  services: Readonly<Record<string, ServiceConfig>>;
  categoryIds: readonly string[];
  serviceIds: readonly string[];
  /** Required (strictly necessary) categories and the services in them: always granted (R7). */
  required: ReadonlySet<string>;
  /** Non-required category ids, then non-required service ids: everything a visitor can grant. */
  optional: readonly string[];
  serviceCategory: ReadonlyMap<string, string>;
  servicesOf: ReadonlyMap<string, readonly string[]>;
  gpcOptOut: ReadonlySet<string>;
  expiresAfterDays: number;
  cookieName: string;
  /** Bit order of the stored value: sorted category ids, then sorted service ids. */
  order: readonly string[];
  /** Short hash of the category/service layout: a stored choice for another layout does not count. */
  fingerprint: string;
  /** The revision as a non-negative integer (a production build with a bad value still works, failing closed). */
  revision: number;
  /** Services whose `onGrant` hook ran on this page: once per grant, across remounts of the manager. */
  hooksRan: Set<string>;
}

/**
 * Compiles a cookie declaration into a test of a cookie name: a `name` compared literally, a
 * `pattern` as a RegExp (its `lastIndex` reset, so a `g` flag skips nothing).
 */
export function cookieTest(declaration: CookieDeclaration): (name: string) => boolean {
  const { name, pattern } = declaration;
  if (pattern === undefined) return (n) => n === name;
  const re = typeof pattern === 'string' ? new RegExp(pattern) : pattern;
  return (n) => {
    re.lastIndex = 0; // a global or sticky pattern keeps its position between calls
    return re.test(n);
  };
}

/**
 * Whether a web-storage key is one a service declared (`storageKeys`): an exact name compared
 * literally, a RegExp, or `{ pattern }` with a RegExp or its source (the JSON form).
 *
 * @param key - One `storageKeys` entry.
 * @returns A test for key names. Throws `SyntaxError` for a pattern source that is not a RegExp
 *   (configs are validated first: {@link validateConsentConfig}).
 * @example
 * ```ts
 * storageKeyTest({ pattern: '^_hj' })('_hjSession_1'); // true
 * ```
 * @remarks R13: docs/rules.md.
 */
export const storageKeyTest = (key: StorageKey): ((name: string) => boolean) =>
  cookieTest(typeof key === 'string' ? { name: key } : { pattern: key instanceof RegExp ? key : key.pattern });

/** FNV-1a 32-bit, base36: a stable short hash (not a security measure). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** `v` when it is a whole number in `min..max`, else `undefined`. */
const wholeIn = (v: unknown, min: number, max: number): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;

/**
 * Builds the internal model of a config: ordered ids, lookups, the stored value's bit order and
 * layout fingerprint. Fails closed where a production build skipped validation: services of
 * unknown categories are left out; a bad `revision` or `expiresAfterDays` falls back to 0 / 182.
 * Reads own properties only: the model's `config` is an {@link ownCopy} of the given one, so a
 * polluted `Object.prototype` makes nothing required or granted.
 */
export function buildModel(input: ConsentConfig): ConsentModel {
  const config = ownCopy(input);
  const categories = config.categories as Record<string, { required?: boolean; gpcOptOut?: boolean }>;
  const services = (config.services ?? {}) as Record<string, ServiceConfig>;
  const categoryIds = Object.keys(categories);
  const required = new Set<string>();
  const gpcOptOut = new Set<string>();
  const serviceCategory = new Map<string, string>();
  const servicesOf = new Map<string, string[]>();
  for (const id of categoryIds) {
    servicesOf.set(id, []);
    if (categories[id]?.required === true) required.add(id);
    if (categories[id]?.gpcOptOut) gpcOptOut.add(id);
  }
  // A service naming an unknown category (a production build skips full validation) is left out:
  // never granted, never listed, so Accept all cannot grant what the visitor was never shown.
  const serviceIds = Object.keys(services).filter((id) => servicesOf.has(services[id]?.category as string));
  for (const id of serviceIds) {
    const c = services[id]!.category;
    serviceCategory.set(id, c);
    servicesOf.get(c)?.push(id);
    if (required.has(c)) required.add(id);
    if (services[id]!.gpcOptOut || gpcOptOut.has(c)) gpcOptOut.add(id);
  }
  const sortedServices = [...serviceIds].sort();
  const order = [...[...categoryIds].sort(), ...sortedServices];
  return {
    config,
    services,
    categoryIds,
    serviceIds,
    required,
    optional: [...categoryIds, ...serviceIds].filter((id) => !required.has(id)),
    serviceCategory,
    servicesOf,
    gpcOptOut,
    // Out-of-range or non-numeric values fall back to the default (development builds reject them).
    expiresAfterDays: wholeIn(config.expiresAfterDays, 1, MAX_EXPIRES_AFTER_DAYS) ?? DEFAULT_EXPIRES_AFTER_DAYS,
    revision: wholeIn(config.revision, 0, 2 ** 31) ?? 0,
    cookieName: config.cookie?.name ?? DEFAULT_COOKIE_NAME,
    order,
    fingerprint: fnv1a(`${[...categoryIds].sort()}|${sortedServices.map((s) => `${s}:${serviceCategory.get(s)}`)}`),
    hooksRan: new Set(),
  };
}
