import type { CookieDeclaration, ServiceConfig } from '../types';
import type { ConsentModel } from '../model';
import { cookieMatcher } from '../model';

/** Why a declared cookie was not removed (R27, R32). */
export type NotRemovableReason =
  /** Declared `httpOnly`: `document.cookie` can neither see nor delete it (R27). */
  | 'http-only'
  /** Declared `thirdParty`, or on a `domain` that is not this host or a parent of it. */
  | 'third-party'
  /** Visible before and still visible after the sweep (e.g. a partitioned cookie). */
  | 'still-present';

/** What a withdrawal removed and what it could not (R13, R32). Payload of the manager's `revocation` event. */
export interface RevocationReport {
  /** What caused it: `change` = a choice, `reset()`, a lapse or another tab while this page was open; `load` = a previous page had granted what no longer is. */
  trigger: 'change' | 'load';
  /** Every category and service id that went from granted to denied. */
  revoked: string[];
  /** Service ids whose items were cleared. */
  services: string[];
  /** Cookie names that were visible to `document.cookie` before and are gone after. */
  deletedCookies: string[];
  /** Web-storage keys deleted (localStorage and sessionStorage). */
  deletedStorageKeys: string[];
  /** Declared cookies JavaScript could not delete: name (or label / pattern) and why. */
  notRemovable: { service: string; cookie: string; reason: NotRemovableReason }[];
  /** The page is reloading now (`reloadOnRevoke`), so a withdrawn script that ran stops (R13). */
  reloading: boolean;
}

/** What {@link revokeServices} returns: the sweep part of a {@link RevocationReport}. */
export type RevocationSweep = Pick<RevocationReport, 'services' | 'deletedCookies' | 'deletedStorageKeys' | 'notRemovable'>;

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
 * @remarks R28: COMPLIANCE.md; RFC 6265bis §5.1.3 (domain matching).
 */
export function domainCandidates(hostname: string): string[] {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  if (!host || /^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return [];
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join('.'));
  return out;
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
 * @remarks R28: COMPLIANCE.md; RFC 6265bis §5.1.4 (paths).
 */
export function pathCandidates(pathname: string, extra: readonly string[] = []): string[] {
  const out = new Set<string>(['/']);
  let acc = '';
  for (const segment of pathname.split('/').slice(1)) {
    if (!segment) continue;
    acc += `/${segment}`;
    out.add(acc);
    out.add(`${acc}/`);
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
    .map((part) => {
      const eq = part.indexOf('=');
      return (eq < 0 ? part : part.slice(0, eq)).trim();
    })
    .filter(Boolean);
}

/**
 * Which of the given cookie names a declaration covers: a declared `name` is compared
 * literally (`.`, `*`, `|` and every other character mean themselves); only a declared
 * `pattern` is a regular expression.
 *
 * @param declaration - One cookie declaration of a service.
 * @param names - Names currently visible, from {@link cookieNames}.
 * @returns The matching names (a literal name only when it is present).
 * @example
 * ```ts
 * matchingCookieNames({ name: 'a.b' }, ['a.b', 'axb']); // ['a.b']
 * matchingCookieNames({ pattern: /^_ga_/ }, ['_ga', '_ga_ABC123']); // ['_ga_ABC123']
 * ```
 * @remarks R13: COMPLIANCE.md (exact names, patterns only where declared).
 */
export function matchingCookieNames(declaration: CookieDeclaration, names: readonly string[]): string[] {
  const matcher = cookieMatcher(declaration);
  return [...new Set(names.filter((n) => matcher.test(n)))];
}

/** True when `domain` (a declaration's `domain`) is this host or one of its parents. */
function domainIsOurs(domain: string, hostname: string): boolean {
  const bare = domain.replace(/^\./, '').toLowerCase();
  const host = hostname.toLowerCase();
  return host === bare || host.endsWith(`.${bare}`);
}

function webStorage(doc: Document, area: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return doc.defaultView?.[area] ?? null;
  } catch {
    return null;
  }
}

/**
 * Deletes what a withdrawal forbids for the given services (R13, R27, R28, R32):
 * - their declared cookies: exact names literally (attempted even where not visible here,
 *   e.g. on a configured path), patterns only against the visible names, host-only and on
 *   every parent domain, for `/`, every prefix of the current path and the declared `paths`
 *   (`Secure` added on https so `__Secure-`/`__Host-` cookies go too);
 * - their declared localStorage / sessionStorage keys (exact strings or patterns);
 * - never the consent cookie, the given protected storage keys, or any cookie a strictly
 *   necessary service declares, even where a pattern matches;
 * - HttpOnly and third-party declarations are reported, not attempted; a visible cookie that
 *   survives the sweep is reported as `still-present`.
 *
 * @param doc - The page's document (its cookies and its window's storages).
 * @param model - The manager's model.
 * @param serviceIds - Services that went from granted to denied.
 * @param protectedKeys - Web-storage keys never deleted (the manager's own).
 * @returns What was deleted and what could not be. Storage access errors are swallowed (R30).
 * @example
 * ```ts
 * revokeServices(document, model, ['googleAnalytics']).deletedCookies; // ['_ga', '_ga_ABC123']
 * ```
 * @remarks R13, R27, R28, R32: COMPLIANCE.md.
 */
export function revokeServices(
  doc: Document,
  model: ConsentModel,
  serviceIds: readonly string[],
  protectedKeys: readonly string[] = [],
): RevocationSweep {
  const report: RevocationSweep = { services: [], deletedCookies: [], deletedStorageKeys: [], notRemovable: [] };
  const services = (model.config.services ?? {}) as Record<string, ServiceConfig>;
  const protectedMatchers = model.serviceIds
    .filter((id) => model.requiredCategories.has(model.serviceCategory.get(id)!))
    .flatMap((id) => (services[id]?.cookies ?? []).map(cookieMatcher));
  const isProtected = (name: string): boolean => name === model.cookieName || protectedMatchers.some((m) => m.test(name));
  const loc = doc.location ?? { hostname: '', pathname: '/', protocol: 'http:' };
  const domains = domainCandidates(loc.hostname);
  const secure = loc.protocol === 'https:' ? '; Secure' : '';
  const before = cookieNames(doc.cookie);
  const expired = 'Thu, 01 Jan 1970 00:00:00 GMT';
  const targeted = new Map<string, string>(); // cookie name -> service id

  for (const id of serviceIds) {
    const service = services[id];
    if (!service || model.requiredCategories.has(service.category)) continue;
    report.services.push(id);
    for (const declaration of service.cookies ?? []) {
      const label = declaration.label ?? declaration.name ?? String(declaration.pattern);
      const foreign = declaration.domain !== undefined && !domainIsOurs(declaration.domain, loc.hostname);
      if (declaration.httpOnly || declaration.thirdParty || foreign) {
        report.notRemovable.push({ service: id, cookie: label, reason: declaration.httpOnly ? 'http-only' : 'third-party' });
        continue;
      }
      const names = declaration.name !== undefined ? [declaration.name] : matchingCookieNames(declaration, before);
      const paths = pathCandidates(loc.pathname, declaration.paths);
      for (const name of names) {
        if (isProtected(name) || targeted.has(name)) continue;
        targeted.set(name, id);
        for (const path of paths) {
          doc.cookie = `${name}=; Expires=${expired}; Max-Age=0; Path=${path}${secure}`;
          for (const domain of domains) doc.cookie = `${name}=; Expires=${expired}; Max-Age=0; Path=${path}; Domain=${domain}${secure}`;
        }
      }
    }
    for (const key of service.storageKeys ?? []) {
      for (const area of ['localStorage', 'sessionStorage'] as const) {
        const store = webStorage(doc, area);
        if (!store) continue;
        try {
          for (let i = store.length - 1; i >= 0; i--) {
            const k = store.key(i);
            if (k === null || k === model.cookieName || protectedKeys.includes(k)) continue;
            const hit = typeof key === 'string' ? k === key : ((key.lastIndex = 0), key.test(k));
            if (hit) {
              store.removeItem(k);
              report.deletedStorageKeys.push(k);
            }
          }
        } catch {
          // A storage that throws (SecurityError) has nothing we can delete (R30).
        }
      }
    }
  }

  const after = new Set(cookieNames(doc.cookie));
  for (const [name, service] of targeted) {
    if (!before.includes(name)) continue;
    if (after.has(name)) report.notRemovable.push({ service, cookie: name, reason: 'still-present' });
    else report.deletedCookies.push(name);
  }
  return report;
}
