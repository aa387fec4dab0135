import type { CookieDeclaration } from '../config/types';
import type { RevocationSweep } from '../manager/types';
import { cookieTest, storageKeyTest, type ConsentModel } from '../config/model';
import { cookieNames, domainCandidates, expireCookie, pathCandidates } from '../storage/cookieScopes';

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
  return [...new Set(names.filter(cookieTest(declaration)))];
}

/** True when `domain` (a declaration's `domain`) is this host or one of its parents. */
const domainIsOurs = (domain: string, hostname: string): boolean => `.${hostname}`.toLowerCase().endsWith(`.${domain.replace(/^\./, '').toLowerCase()}`);

/**
 * Deletes what a withdrawal forbids for the given services (R13, R27, R28, R32):
 * - their declared cookies: exact names literally, patterns only against the visible names,
 *   host-only and on every parent domain, for `/`, every prefix of the current path and the
 *   declared `paths` (in a secure context, `http://localhost` included, also `Secure` and
 *   `Partitioned`, so `__Secure-`/`__Host-` and CHIPS cookies go too); an
 *   exact name that is not visible here can only live on a path outside this page's, so it is
 *   attempted on its declared `paths` only;
 * - their declared localStorage / sessionStorage keys (exact strings or patterns), each
 *   storage scanned once;
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
  const { services, cookieName, required } = model;
  const keep = model.serviceIds.filter((id) => required.has(id)).flatMap((id) => (services[id]!.cookies ?? []).map(cookieTest));
  const { hostname, pathname } = doc.location ?? { hostname: '', pathname: '/' };
  const domains = ['', ...domainCandidates(hostname)];
  const before = cookieNames(doc.cookie);
  const visible = new Set(before);
  const targeted = new Map<string, string>(); // cookie name -> service id
  const otherPaths = new Map<string, string[]>(); // visible cookie name -> its paths besides `/`
  const keyTests: ((key: string) => boolean)[] = [];
  const expire = (name: string, paths: readonly string[]): void => expireCookie(doc, name, domains, paths);

  for (const id of serviceIds) {
    if (!model.serviceCategory.has(id) || required.has(id)) continue;
    report.services.push(id);
    const { cookies = [], storageKeys = [] } = services[id]!;
    for (const key of storageKeys) keyTests.push(storageKeyTest(key));
    for (const declaration of cookies) {
      const { name, domain } = declaration;
      if (declaration.httpOnly || declaration.thirdParty || (domain !== undefined && !domainIsOurs(domain, hostname))) {
        report.notRemovable.push({ service: id, cookie: declaration.label ?? name ?? String(declaration.pattern), reason: declaration.httpOnly ? 'http-only' : 'third-party' });
        continue;
      }
      for (const n of name !== undefined ? [name] : before.filter(cookieTest(declaration))) {
        if (n === cookieName || keep.some((t) => t(n)) || targeted.has(n)) continue;
        targeted.set(n, id);
        const [, ...rest] = pathCandidates(visible.has(n) ? pathname : '', declaration.paths);
        // Visible: first on `/` (where nearly every cookie lives), the other paths only if it
        // survives. Not visible here: only a declared path outside this page's can hold it.
        if (visible.has(n)) {
          expire(n, ['/']);
          otherPaths.set(n, rest);
        } else expire(n, rest);
      }
    }
  }
  // One read tells which cookies live on other paths too.
  let after = cookieNames(doc.cookie);
  const left = [...otherPaths].filter(([n]) => after.includes(n));
  if (left.length) {
    for (const [n, paths] of left) expire(n, paths);
    after = cookieNames(doc.cookie);
  }

  if (keyTests.length) {
    for (const area of ['localStorage', 'sessionStorage'] as const) {
      try {
        const store = doc.defaultView![area];
        // The keys first: removing an item may reorder the others.
        for (const k of Object.keys(store)) {
          if (k !== cookieName && !protectedKeys.includes(k) && keyTests.some((t) => t(k))) {
            store.removeItem(k);
            report.deletedStorageKeys.push(k);
          }
        }
      } catch {
        // A storage that throws (SecurityError) has nothing we can delete (R30).
      }
    }
  }

  targeted.forEach((service, name) => {
    if (visible.has(name)) {
      if (after.includes(name)) report.notRemovable.push({ service, cookie: name, reason: 'still-present' });
      else report.deletedCookies.push(name);
    }
  });
  return report;
}
