import type { ConsentConfig, CookieDeclaration, ServiceConfig } from './types';

/** Default decision lifetime in days (R11: about six months). */
export const DEFAULT_EXPIRES_AFTER_DAYS = 182;
/** Browsers cap cookie lifetimes at 400 days (RFC 6265bis); so do we (R11). */
export const MAX_EXPIRES_AFTER_DAYS = 400;
/** Default name of the consent cookie. */
export const DEFAULT_COOKIE_NAME = 'introw_consent';

/** A cookie matcher compiled from a declaration. */
export interface CookieMatcher {
  declaration: CookieDeclaration;
  test(name: string): boolean;
}

/**
 * The config in the form the store works with: ordered ids, lookups, compiled matchers.
 * Built once per manager; internal.
 */
export interface ConsentModel {
  config: ConsentConfig;
  categoryIds: readonly string[];
  serviceIds: readonly string[];
  requiredCategories: ReadonlySet<string>;
  serviceCategory: ReadonlyMap<string, string>;
  servicesOf: ReadonlyMap<string, readonly string[]>;
  gpcOptOut: ReadonlySet<string>;
  expiresAfterDays: number;
  cookieName: string;
  /** Short hash of the category/service layout: a stored choice for another layout does not count. */
  fingerprint: string;
}

/** Compiles a cookie declaration into a matcher: names literally, patterns as RegExp. */
export function cookieMatcher(declaration: CookieDeclaration): CookieMatcher {
  if (declaration.pattern !== undefined) {
    const re = typeof declaration.pattern === 'string' ? new RegExp(declaration.pattern) : declaration.pattern;
    return { declaration, test: (name) => { re.lastIndex = 0; return re.test(name); } };
  }
  const literal = declaration.name;
  return { declaration, test: (name) => name === literal };
}

/** FNV-1a 32-bit, base36: a stable short hash (not a security measure). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Builds the internal model of a (validated) config. */
export function buildModel(config: ConsentConfig): ConsentModel {
  const categoryIds = Object.keys(config.categories);
  const services = (config.services ?? {}) as Record<string, ServiceConfig>;
  const serviceIds = Object.keys(services);
  const requiredCategories = new Set(categoryIds.filter((id) => (config.categories as Record<string, { required?: boolean }>)[id]?.required === true));
  const serviceCategory = new Map<string, string>();
  const servicesOf = new Map<string, string[]>(categoryIds.map((id) => [id, []]));
  const gpcOptOut = new Set<string>();
  for (const id of categoryIds) {
    if ((config.categories as Record<string, { gpcOptOut?: boolean }>)[id]?.gpcOptOut) gpcOptOut.add(id);
  }
  for (const id of serviceIds) {
    const service = services[id]!;
    serviceCategory.set(id, service.category);
    servicesOf.get(service.category)?.push(id);
    if (service.gpcOptOut || gpcOptOut.has(service.category)) gpcOptOut.add(id);
  }
  const layout = [...categoryIds].sort().join(',') + '|' + [...serviceIds].sort().map((s) => `${s}:${serviceCategory.get(s)}`).join(',');
  return {
    config,
    categoryIds,
    serviceIds,
    requiredCategories,
    serviceCategory,
    servicesOf,
    gpcOptOut,
    expiresAfterDays: config.expiresAfterDays ?? DEFAULT_EXPIRES_AFTER_DAYS,
    cookieName: config.cookie?.name ?? DEFAULT_COOKIE_NAME,
    fingerprint: fnv1a(layout),
  };
}

/** True when the service belongs to a required (strictly necessary) category. */
export function isRequiredService(model: ConsentModel, serviceId: string): boolean {
  return model.requiredCategories.has(model.serviceCategory.get(serviceId) ?? '');
}
