import type { ConsentConfig, CookieDeclaration } from './types';
import { ConsentConfigError, type ConsentConfigIssue } from './errors';
import { DEFAULT_COOKIE_NAME, MAX_EXPIRES_AFTER_DAYS } from './model';
import { consentModeIssues } from '../consentMode/issues';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An absolute http(s) URL, as config links must be (unlike `ui/isHttpUrl`, which resolves relative URLs). */
const isAbsoluteHttpUrl = (v: unknown): boolean => typeof v === 'string' && /^https?:\/\/[^\s]+$/i.test(v);
/** A non-empty string that compiles as a RegExp. */
function isPatternSource(v: unknown): boolean {
  try {
    return typeof v === 'string' && !!v && !!new RegExp(v);
  } catch {
    return false;
  }
}

/**
 * Checks a cookie `Domain` value: no scheme or path, not a bare (single-label) public suffix,
 * and, in a browser, domain-matching the page (RFC 6265bis §5.1.3). Multi-label public
 * suffixes (`co.uk`) are refused by the browser itself; the manager reports that through its
 * read-back check (`error` event, `persisted: false`).
 */
export function cookieDomainProblem(domain: string, hostname: string | undefined): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(domain) || domain.includes('/')) return `cookie domain "${domain}" must be a host name without scheme or path`;
  const bare = domain.replace(/^\./, '').toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(bare) || bare.split('.').some((l) => !l)) return `cookie domain "${domain}" is not a valid host name`;
  if (!bare.includes('.')) return `cookie domain "${domain}" is a bare public suffix; browsers refuse cookies on it`;
  if (hostname && hostname !== bare && !hostname.endsWith(`.${bare}`)) return `cookie domain "${domain}" does not match this page's host "${hostname}"`;
  return null;
}

/**
 * Validates a consent config and throws one {@link ConsentConfigError} listing every problem
 * with its path. Called by {@link createConsentManager}; exported for build-time checks.
 *
 * Checks: revision is a non-negative integer; `expiresAfterDays` is an integer 1..400 (a
 * string such as `"365"` is an error); at least one category; ids unique across categories
 * and services; every service names a known category; nothing non-required is on by default
 * (R4); cookies have a name xor a valid pattern; storage keys are names or valid patterns; no service declares the consent cookie;
 * the consent cookie's domain is valid for the page; `SameSite=None` has `Secure`; URLs are http(s).
 *
 * @param config - The config to check.
 * @param hostname - The page's host, when known: a single `cookie.domain` must match it.
 * @throws {ConsentConfigError} When any check fails.
 * @example
 * ```ts
 * validateConsentConfig(config); // throws ConsentConfigError listing e.g. `services.hotjar.category: unknown category "analytic"`
 * ```
 * @remarks R4, R11, R29: docs/rules.md.
 */
export function validateConsentConfig(config: ConsentConfig, hostname?: string): void {
  const issues: ConsentConfigIssue[] = [];
  const add = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  if (!isObject(config)) throw new ConsentConfigError([{ path: '(config)', message: 'must be an object from defineConsentConfig({...})' }]);

  if (typeof config.revision !== 'number' || !Number.isInteger(config.revision) || config.revision < 0)
    add('revision', `must be a non-negative integer, got ${JSON.stringify(config.revision)}`);
  if (config.expiresAfterDays !== undefined) {
    const d = config.expiresAfterDays as unknown;
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > MAX_EXPIRES_AFTER_DAYS)
      add('expiresAfterDays', `must be a whole number of days from 1 to ${MAX_EXPIRES_AFTER_DAYS}, got ${JSON.stringify(d)}`);
  }

  const categories = config.categories as unknown;
  const categoryIds = new Set<string>();
  const requiredCategories = new Set<string>();
  if (!isObject(categories) || Object.keys(categories).length === 0) add('categories', 'must be an object with at least one category');
  else {
    for (const [id, category] of Object.entries(categories)) {
      const path = `categories.${id}`;
      categoryIds.add(id);
      if (!isObject(category)) {
        add(path, 'must be an object, e.g. {} or { required: true }');
        continue;
      }
      if (category.required !== undefined && typeof category.required !== 'boolean') add(`${path}.required`, 'must be a boolean');
      if (category.required === true) requiredCategories.add(id);
      if (category.default === true && category.required !== true)
        add(`${path}.default`, 'a non-required category cannot be granted by default (R4: no pre-ticked boxes)');
    }
  }

  const cookieName = config.cookie?.name ?? DEFAULT_COOKIE_NAME;
  const services = config.services as unknown;
  const cookieOwners = new Map<string, string>();
  if (services !== undefined && !isObject(services)) add('services', 'must be an object keyed by service id');
  else if (services) {
    for (const [id, service] of Object.entries(services)) {
      const path = `services.${id}`;
      if (categoryIds.has(id)) add(path, `id "${id}" is also a category id; ids must be unique across categories and services`);
      if (!isObject(service)) {
        add(path, 'must be an object with a category');
        continue;
      }
      const category = service.category;
      if (typeof category !== 'string' || !categoryIds.has(category))
        add(`${path}.category`, `unknown category ${JSON.stringify(category)}${categoryIds.size ? ` (known: ${[...categoryIds].join(', ')})` : ''}`);
      if (service.default === true && !requiredCategories.has(category as string))
        add(`${path}.default`, 'a service outside a required category cannot be granted by default (R4)');
      if (service.privacyPolicyUrl !== undefined && !isAbsoluteHttpUrl(service.privacyPolicyUrl)) add(`${path}.privacyPolicyUrl`, 'must be an http(s) URL');
      if (service.cookies !== undefined && !Array.isArray(service.cookies)) add(`${path}.cookies`, 'must be an array');
      if (service.storageKeys !== undefined && !Array.isArray(service.storageKeys)) add(`${path}.storageKeys`, 'must be an array');
      (Array.isArray(service.storageKeys) ? (service.storageKeys as unknown[]) : []).forEach((key, i) => {
        const pattern = isObject(key) ? key.pattern : undefined;
        if (typeof key === 'string' ? !key : !(key instanceof RegExp) && !(pattern instanceof RegExp) && !isPatternSource(pattern))
          add(`${path}.storageKeys[${i}]`, 'must be a key name, a RegExp or { pattern: "<regular expression>" }');
      });
      for (const [i, cookie] of (Array.isArray(service.cookies) ? (service.cookies as CookieDeclaration[]) : []).entries()) {
        const cpath = `${path}.cookies[${i}]`;
        if (!isObject(cookie)) {
          add(cpath, 'must be an object with a name or a pattern');
          continue;
        }
        const hasName = typeof cookie.name === 'string' && cookie.name.length > 0;
        const hasPattern = cookie.pattern instanceof RegExp || (typeof cookie.pattern === 'string' && cookie.pattern.length > 0);
        if (hasName === hasPattern) {
          add(cpath, 'needs exactly one of name (exact) or pattern (RegExp or its source)');
          continue;
        }
        let re: RegExp | null = null;
        if (typeof cookie.pattern === 'string') {
          try {
            re = new RegExp(cookie.pattern);
          } catch {
            add(`${cpath}.pattern`, `not a valid regular expression: ${cookie.pattern}`);
          }
        } else if (cookie.pattern instanceof RegExp) re = cookie.pattern;
        if (hasName && cookie.name === cookieName)
          add(`${cpath}.name`, `"${cookieName}" is the consent cookie itself; it is strictly necessary and must not be declared by a service`);
        if (re) re.lastIndex = 0; // a global or sticky pattern keeps its position between calls
        if (re?.test(cookieName)) add(`${cpath}.pattern`, `matches the consent cookie "${cookieName}"; a withdrawal would delete the visitor's choice`);
        if (hasName) {
          const owner = cookieOwners.get(cookie.name!);
          if (owner && owner !== id) add(`${cpath}.name`, `cookie "${cookie.name}" is already declared by service "${owner}"`);
          cookieOwners.set(cookie.name!, id);
        }
      }
    }
  }

  const cookie = config.cookie as unknown;
  if (cookie !== undefined) {
    if (!isObject(cookie)) add('cookie', 'must be an object');
    else {
      if (cookie.name !== undefined && (typeof cookie.name !== 'string' || !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(cookie.name)))
        add('cookie.name', 'must be a valid cookie name (RFC 6265 token)');
      const domain = cookie.domain;
      if (typeof domain === 'string') {
        const problem = cookieDomainProblem(domain, hostname);
        if (problem) add('cookie.domain', problem);
      } else if (Array.isArray(domain)) {
        // Candidates: the page's host may match none of them (then the cookie is host-only).
        domain.forEach((d: unknown, i) => {
          const problem = typeof d === 'string' ? cookieDomainProblem(d, undefined) : 'must be a string';
          if (problem) add(`cookie.domain[${i}]`, problem);
        });
      } else if (domain !== undefined) add('cookie.domain', 'must be a domain or a list of candidate domains');
      if (cookie.sameSite !== undefined && !['Lax', 'Strict', 'None'].includes(cookie.sameSite as string))
        add('cookie.sameSite', 'must be "Lax", "Strict" or "None"');
      if (cookie.sameSite === 'None' && cookie.secure !== true) add('cookie.sameSite', 'SameSite=None requires secure: true (browsers reject it otherwise)');
      if (cookie.path !== undefined && (typeof cookie.path !== 'string' || !cookie.path.startsWith('/'))) add('cookie.path', 'must start with "/"');
    }
  }
  for (const key of ['privacyPolicyUrl', 'cookieStatementUrl'] as const) {
    if (config[key] !== undefined && !isAbsoluteHttpUrl(config[key]) && !String(config[key]).startsWith('/')) add(key, 'must be an http(s) URL or a site path');
  }

  issues.push(...consentModeIssues(config));
  if (issues.length) throw new ConsentConfigError(issues);
}
