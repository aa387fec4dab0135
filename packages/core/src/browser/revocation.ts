import type { CookieDeclaration } from '../config/types';
import type { RevocationSweep } from '../manager/types';
import { cookieTest, type ConsentModel } from '../config/model';
import { cookieNames, domainCandidates, expireCookie, pathCandidates } from '../storage/cookieScopes';
import { nameIndex } from './nameIndex';

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
 * @remarks R13: docs/rules.md (exact names, patterns only where declared).
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
 * Each name is matched once against all declarations ({@link nameIndex}), not once per
 * declaration. Runs to the end at once; {@link sweepSteps} is the same work in steps.
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
 * @remarks R13, R27, R28, R32: docs/rules.md.
 */
export function revokeServices(doc: Document, model: ConsentModel, serviceIds: readonly string[], protectedKeys: readonly string[] = []): RevocationSweep {
  const steps = sweepSteps(doc, model, serviceIds, protectedKeys);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link revokeServices} as steps: each `next()` deletes one cookie (in all its scopes) or one
 * storage key, so a caller can spread a large withdrawal over several tasks; the last `next()`
 * returns the report. Reads the cookies and the storages' keys when the steps reach them.
 *
 * @param doc - The page's document.
 * @param model - The manager's model.
 * @param serviceIds - Services that went from granted to denied.
 * @param protectedKeys - Web-storage keys never deleted (the manager's own).
 * @returns A generator yielding between deletions and returning the report.
 * @example
 * ```ts
 * const steps = sweepSteps(document, model, ['googleAnalytics']);
 * let step = steps.next();
 * while (!step.done) step = steps.next(); // or: one chunk per task
 * step.value.deletedCookies; // ['_ga']
 * ```
 * @remarks R13, R27, R28, R32: docs/rules.md.
 */
export function* sweepSteps(
  doc: Document,
  model: ConsentModel,
  serviceIds: readonly string[],
  protectedKeys: readonly string[] = [],
): Generator<void, RevocationSweep> {
  const report: RevocationSweep = { services: [], deletedCookies: [], deletedStorageKeys: [], notRemovable: [] };
  const { services, cookieName, required } = model;
  const keepAt = nameIndex(model.serviceIds.filter((id) => required.has(id)).flatMap((id) => services[id]!.cookies ?? []));
  const keep = (n: string): boolean => n === cookieName || keepAt(n) >= 0;
  const { hostname, pathname } = doc.location ?? { hostname: '', pathname: '/' };
  const domains = ['', ...domainCandidates(hostname)];
  const before = cookieNames(doc.cookie);
  const visible = new Set(before);
  // The removable cookie declarations and the storage keys of the services, in order.
  const declared: { service: string; declaration: CookieDeclaration }[] = [];
  const keys: Pick<CookieDeclaration, 'name' | 'pattern'>[] = [];
  for (const id of serviceIds) {
    if (!model.serviceCategory.has(id) || required.has(id)) continue;
    report.services.push(id);
    const { cookies = [], storageKeys = [] } = services[id]!;
    for (const key of storageKeys) keys.push(typeof key === 'string' ? { name: key } : { pattern: key instanceof RegExp ? key : key.pattern });
    for (const declaration of cookies) {
      const { name, domain } = declaration;
      if (declaration.httpOnly || declaration.thirdParty || (domain !== undefined && !domainIsOurs(domain, hostname))) {
        report.notRemovable.push({
          service: id,
          cookie: declaration.label ?? name ?? String(declaration.pattern),
          reason: declaration.httpOnly ? 'http-only' : 'third-party',
        });
      } else declared.push({ service: id, declaration });
    }
  }
  // Each cookie name goes to the first declaration that matches it: visible names through the
  // index, exact names not visible here as declared. Then in declaration order, names in page order.
  const firstOf = nameIndex(declared.map((d) => d.declaration));
  const targets: [name: string, at: number][] = [];
  const seen = new Set<string>();
  const target = (n: string, at: number): void => {
    if (at >= 0 && !seen.has(n) && !keep(n)) targets.push([n, at]);
    seen.add(n);
  };
  for (const n of visible) target(n, firstOf(n));
  for (const [at, { declaration }] of declared.entries()) if (declaration.name !== undefined && !visible.has(declaration.name)) target(declaration.name, at);
  targets.sort((a, b) => a[1] - b[1]);

  const otherPaths = new Map<string, string[]>(); // visible cookie name -> its paths besides `/`
  for (const [n, at] of targets) {
    const [, ...rest] = pathCandidates(visible.has(n) ? pathname : '', declared[at]!.declaration.paths);
    // Visible: first on `/` (where nearly every cookie lives), the other paths only if it
    // survives. Not visible here: only a declared path outside this page's can hold it.
    if (visible.has(n)) otherPaths.set(n, rest);
    expireCookie(doc, n, domains, visible.has(n) ? ['/'] : rest);
    yield;
  }
  // One read tells which cookies live on other paths too.
  let after = new Set(cookieNames(doc.cookie));
  const left = [...otherPaths].filter(([n]) => after.has(n));
  if (left.length) {
    for (const [n, paths] of left) {
      expireCookie(doc, n, domains, paths);
      yield;
    }
    after = new Set(cookieNames(doc.cookie));
  }

  if (keys.length) {
    const keyAt = nameIndex(keys);
    const spared = new Set([cookieName, ...protectedKeys]);
    for (const area of ['localStorage', 'sessionStorage'] as const) {
      try {
        const store = doc.defaultView![area];
        // The keys first: removing an item may reorder the others.
        const all: string[] = [];
        for (let i = 0; i < store.length; i++) all.push(store.key(i)!);
        for (const k of all) {
          if (!spared.has(k) && keyAt(k) >= 0) {
            store.removeItem(k);
            report.deletedStorageKeys.push(k);
            yield;
          }
        }
      } catch {
        // A storage that throws (SecurityError) has nothing we can delete (R30).
      }
    }
  }

  for (const [name, at] of targets) {
    if (!visible.has(name)) continue;
    if (after.has(name)) report.notRemovable.push({ service: declared[at]!.service, cookie: name, reason: 'still-present' });
    else report.deletedCookies.push(name);
  }
  return report;
}
