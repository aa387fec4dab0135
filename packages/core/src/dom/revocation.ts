import type { ServiceConfig } from '../types';
import type { ConsentModel } from '../model';
import { cookieMatcher } from '../model';

/** What a withdrawal removed and what it could not (R32). */
export interface RevocationReport {
  /** Service ids whose items were cleared. */
  services: string[];
  /** Cookie names deleted from `document.cookie`. */
  deletedCookies: string[];
  /** Web-storage keys deleted. */
  deletedStorageKeys: string[];
  /** Declared cookies JavaScript cannot delete (HttpOnly or third-party): name or label, and why. */
  notRemovable: { service: string; cookie: string; reason: 'http-only' | 'third-party' }[];
}

/** Host and every parent domain: `a.b.example.test` -> [`a.b.example.test`, `b.example.test`, `example.test`]. */
export function domainCandidates(hostname: string): string[] {
  if (!hostname || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return [];
  const labels = hostname.split('.');
  const out: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/** `/`, and every prefix of the current path: `/app/x/` -> [`/`, `/app`, `/app/`, `/app/x`, `/app/x/`]. */
export function pathCandidates(pathname: string, extra: readonly string[] = []): string[] {
  const out = new Set<string>(['/']);
  let acc = '';
  for (const segment of pathname.split('/').slice(1)) {
    if (!segment) continue;
    acc += `/${segment}`;
    out.add(acc);
    out.add(`${acc}/`);
  }
  for (const p of extra) out.add(p);
  return [...out];
}

function cookieNames(doc: Document): string[] {
  return doc.cookie
    .split(';')
    .map((part) => part.slice(0, part.indexOf('=') < 0 ? part.length : part.indexOf('=')).trim())
    .filter(Boolean);
}

/**
 * Deletes what a withdrawal forbids for the given services (R13, R27, R28, R32):
 * their declared cookies (exact names literally, patterns only where declared as patterns)
 * host-only and on every parent domain, for `/`, every prefix of the current path and the
 * configured paths; their declared localStorage / sessionStorage keys. The consent cookie and
 * cookies declared by strictly necessary services are never touched, even where a pattern
 * matches. HttpOnly and third-party cookies are reported, not attempted.
 */
export function revokeServices(doc: Document, model: ConsentModel, serviceIds: readonly string[]): RevocationReport {
  const report: RevocationReport = { services: [...serviceIds], deletedCookies: [], deletedStorageKeys: [], notRemovable: [] };
  const services = (model.config.services ?? {}) as Record<string, ServiceConfig>;
  const protectedMatchers = model.serviceIds
    .filter((id) => model.requiredCategories.has(model.serviceCategory.get(id)!))
    .flatMap((id) => (services[id]!.cookies ?? []).map(cookieMatcher));
  const isProtected = (name: string): boolean => name === model.cookieName || protectedMatchers.some((m) => m.test(name));
  const loc = doc.location ?? { hostname: '', pathname: '/' };
  const domains = domainCandidates(loc.hostname);
  const present = cookieNames(doc);
  const expired = 'Thu, 01 Jan 1970 00:00:00 GMT';

  for (const id of serviceIds) {
    const service = services[id];
    if (!service) continue;
    for (const declaration of service.cookies ?? []) {
      const label = declaration.label ?? declaration.name ?? String(declaration.pattern);
      if (declaration.thirdParty || declaration.httpOnly) {
        report.notRemovable.push({ service: id, cookie: label, reason: declaration.httpOnly ? 'http-only' : 'third-party' });
        continue;
      }
      const matcher = cookieMatcher(declaration);
      const paths = pathCandidates(loc.pathname, declaration.paths);
      const targets = declaration.name !== undefined ? (present.includes(declaration.name) ? [declaration.name] : []) : present.filter((n) => matcher.test(n));
      for (const name of targets) {
        if (isProtected(name)) continue;
        for (const path of paths) {
          doc.cookie = `${name}=; Expires=${expired}; Path=${path}`;
          for (const domain of domains) doc.cookie = `${name}=; Expires=${expired}; Path=${path}; Domain=${domain}`;
        }
        if (!report.deletedCookies.includes(name)) report.deletedCookies.push(name);
      }
    }
    for (const key of service.storageKeys ?? []) {
      for (const area of ['localStorage', 'sessionStorage'] as const) {
        let store: Storage | undefined;
        try {
          store = doc.defaultView?.[area];
        } catch {
          continue;
        }
        if (!store) continue;
        for (let i = store.length - 1; i >= 0; i--) {
          const k = store.key(i);
          if (k === null) continue;
          const hit = typeof key === 'string' ? k === key : ((key.lastIndex = 0), key.test(k));
          if (hit && k !== model.cookieName) {
            store.removeItem(k);
            report.deletedStorageKeys.push(k);
          }
        }
      }
    }
  }
  return report;
}
