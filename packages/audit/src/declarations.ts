import { cookieDeclaration, en, type ConsentConfig, type CookieDeclaration, type CookieDuration, type ServiceConfig } from '@introw/consent-core';
import { cookieTest, storageKeyTest } from './coreMatch';

/** One declared cookie (or cookie family): the statement's row and the test core sweeps with. */
export interface DeclaredCookie {
  /** `''` for the consent cookie itself. */
  serviceId: string;
  categoryId: string;
  /** Strictly necessary: allowed in every state (R7). */
  required: boolean;
  /** As the cookie table shows it: the label, name or pattern source. */
  label: string;
  /** The service's display name, as the table shows it. */
  service: string;
  /** The duration in words, as the table shows it. */
  durationText: string;
  duration?: CookieDuration;
  /** Domain the declaration names (`.doubleclick.net`), if any. */
  domain?: string;
  httpOnly: boolean;
  thirdParty: boolean;
  test: (name: string) => boolean;
}

/** One declared storage key (or key family) of a service. */
export interface DeclaredStorageKey {
  serviceId: string;
  categoryId: string;
  required: boolean;
  label: string;
  test: (name: string) => boolean;
}

/** The declaration of a config, indexed for the audit. */
export interface DeclarationIndex {
  cookies: DeclaredCookie[];
  storageKeys: DeclaredStorageKey[];
  /** The consent cookie's name (`introw_consent` by default). */
  consentCookie: string;
  /** The first strictly necessary category, if any. */
  requiredCategoryId?: string;
  categoryIds: string[];
  services: Readonly<Record<string, ServiceConfig>>;
}

/** Does a cookie's domain fall under a declared domain (`.doubleclick.net` covers `ad.doubleclick.net`)? */
function domainMatches(cookieDomain: string, declared: string): boolean {
  const c = cookieDomain.replace(/^\./, '').toLowerCase();
  const d = declared.replace(/^\./, '').toLowerCase();
  return c === d || c.endsWith(`.${d}`);
}

/**
 * Indexes a validated config's declaration: every cookie row of {@link cookieDeclaration} (the
 * statement's own table, so the audit names cookies as the statement does) paired with core's
 * matcher for it, and every service's `storageKeys`.
 *
 * The consent mechanism's own storage counts as the consent cookie's row: a web-storage key
 * equal to the consent cookie's name or starting with `<name>:` (core keeps its withdrawal
 * marker `<name>:granted` in localStorage; core does not list it as a row of its own).
 *
 * @param config - A validated consent config.
 * @returns Declared cookies (consent cookie first, then in the statement's order) and storage keys.
 * @example
 * ```ts
 * const index = indexDeclaration(introwConfig);
 * declaredCookieFor(index, { name: '_ga_ABC', domain: 'www.introw.io' })?.serviceId; // 'googleAnalytics'
 * ```
 * @remarks R6, R7: docs/rules.md (the statement's table; strictly necessary items always allowed).
 */
export function indexDeclaration(config: ConsentConfig): DeclarationIndex {
  // A config without texts (a JSON config cannot import them) gets core's English ones for the
  // rows' durations in words; the rows are the same otherwise.
  const rows = cookieDeclaration(config.translations ? config : { ...config, translations: { en } });
  const services = (config.services ?? {}) as Record<string, ServiceConfig>;
  const categories = config.categories as Record<string, { required?: boolean }>;
  const consentRow = rows.find((r) => r.serviceId === '');
  const consentCookie = consentRow?.cookie ?? config.cookie?.name ?? 'introw_consent';
  const requiredCategoryId = Object.keys(categories).find((id) => categories[id]?.required === true);
  const cookies: DeclaredCookie[] = [];
  const storageKeys: DeclaredStorageKey[] = [];

  if (consentRow) {
    cookies.push({
      serviceId: '',
      categoryId: consentRow.categoryId,
      required: true,
      label: consentRow.cookie,
      service: consentRow.service || 'consent cookie',
      durationText: consentRow.duration,
      duration: { days: config.expiresAfterDays ?? 182 },
      httpOnly: false,
      thirdParty: false,
      test: cookieTest({ name: consentCookie }),
    });
    storageKeys.push({
      serviceId: '',
      categoryId: consentRow.categoryId,
      required: true,
      label: `${consentCookie}, ${consentCookie}:*`,
      test: (name) => name === consentCookie || name.startsWith(`${consentCookie}:`),
    });
  }

  // Rows come per category, then per service, then per cookie, as declared: pair them in order.
  const rowsOf = new Map<string, typeof rows>();
  for (const row of rows) if (row.serviceId) rowsOf.set(row.serviceId, [...(rowsOf.get(row.serviceId) ?? []), row]);
  for (const [serviceId, serviceRows] of rowsOf) {
    const service = services[serviceId]!;
    const declared: readonly CookieDeclaration[] = service.cookies ?? [];
    const required = categories[service.category]?.required === true;
    declared.forEach((declaration, i) => {
      const row = serviceRows[i]!;
      const test = cookieTest(declaration);
      const domain = declaration.domain;
      cookies.push({
        serviceId,
        categoryId: service.category,
        required,
        label: row.cookie,
        service: row.service,
        durationText: row.duration,
        ...(declaration.duration !== undefined ? { duration: declaration.duration } : {}),
        ...(domain ? { domain } : {}),
        httpOnly: declaration.httpOnly === true,
        thirdParty: declaration.thirdParty === true,
        test,
      });
    });
  }
  for (const [serviceId, service] of Object.entries(services)) {
    const required = categories[service.category]?.required === true;
    for (const key of service.storageKeys ?? []) {
      storageKeys.push({
        serviceId,
        categoryId: service.category,
        required,
        label: typeof key === 'string' ? key : String(key instanceof RegExp ? key : key.pattern),
        test: storageKeyTest(key),
      });
    }
  }
  return { cookies, storageKeys, consentCookie, ...(requiredCategoryId ? { requiredCategoryId } : {}), categoryIds: Object.keys(categories), services };
}

/** The first declaration (in config order) that covers a cookie: its name, and its domain when one is declared. */
export function declaredCookieFor(index: DeclarationIndex, cookie: { name: string; domain: string }): DeclaredCookie | undefined {
  return index.cookies.find((d) => d.test(cookie.name) && (d.domain === undefined || domainMatches(cookie.domain, d.domain)));
}

/** The first declared storage key (in config order) that covers a name. */
export function declaredStorageFor(index: DeclarationIndex, name: string): DeclaredStorageKey | undefined {
  return index.storageKeys.find((d) => d.test(name));
}
