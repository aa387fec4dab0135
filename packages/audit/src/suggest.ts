import type { CookieDuration, LocalizedText } from '@introw/consent-core';
import type { DeclarationIndex } from './declarations';
import type { StorageArea, Suggestion } from './types';
import { lookupKnownCookie, type KnownCookie } from './cookieDatabase';
import { observedDuration } from './lifetime';
import { parseRetention } from './lifetime';

/** Category ids that usually stand for each of the database's categories, most likely first. */
const CATEGORY_IDS: Record<string, readonly string[]> = {
  Analytics: ['analytics', 'statistics', 'performance', 'measurement'],
  Marketing: ['advertising', 'marketing', 'ads', 'targeting'],
  Personalization: ['functional', 'preferences', 'personalization', 'functionality'],
};

/** What the browser saw of the undeclared name, when it is a cookie. */
export interface ObservedFacts {
  expires: number;
  observedAt: number;
  domain: string;
  httpOnly: boolean;
  thirdParty: boolean;
}

const normalize = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const textOf = (t: LocalizedText | undefined): string => (t === undefined ? '' : typeof t === 'string' ? t : (t.en ?? Object.values(t)[0] ?? ''));
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `DoubleClick/Google Marketing` -> `doubleClickGoogleMarketing`. */
function serviceIdFor(platform: string): string {
  const words = platform.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const id = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return /^[A-Za-z_]/.test(id) ? id : `service${id}`;
}

/** The config's category for a database category: the required one for Functional and Security. */
function categoryFor(index: DeclarationIndex, databaseCategory: string): string | undefined {
  if (databaseCategory === 'Functional' || databaseCategory === 'Security') return index.requiredCategoryId;
  return CATEGORY_IDS[databaseCategory]?.find((id) => index.categoryIds.includes(id));
}

/** An existing service of the config whose id or name is the database's platform. */
function existingService(index: DeclarationIndex, platform: string): string | undefined {
  const wanted = normalize(platform);
  return Object.entries(index.services).find(([id, s]) => normalize(id) === wanted || normalize(textOf(s.name)) === wanted)?.[0];
}

/** A pattern in a config entry: written as a RegExp literal in TypeScript, as its source in JSON. */
class PatternValue {
  constructor(readonly source: string) {}
}

const quote = (s: string): string => `'${s.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n')}'`;
const key = (k: string): string => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k));

/** Writes a value as a TypeScript literal: small flat objects on one line, others two-space indented. */
function toTs(value: unknown, indent = ''): string {
  if (value instanceof PatternValue) return `/${value.source}/`;
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => toTs(v, `${indent}  `));
    return items.every((i) => !i.includes('\n')) && items.join(', ').length < 60
      ? `[${items.join(', ')}]`
      : `[\n${items.map((i) => `${indent}  ${i},`).join('\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${key(k)}: ${toTs(v, `${indent}  `)}`);
    const flat = `{ ${entries.join(', ')} }`;
    return !flat.includes('\n') && flat.length < 60 ? flat : `{\n${entries.map((e) => `${indent}  ${e},`).join('\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The same value as plain data: patterns become their source strings. */
const toData = (value: unknown): unknown =>
  value instanceof PatternValue
    ? value.source
    : Array.isArray(value)
      ? value.map(toData)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toData(v)]))
        : value;

/**
 * A ready-to-paste declaration for a cookie, storage key or IndexedDB name the site uses but
 * declares nowhere (R6): the likely vendor, category, purpose and duration from the Open Cookie
 * Database when it knows the name, else what the browser observed with placeholders to fill in.
 * A name the database knows for an existing service of the config (by id or name) is added to
 * that service; anything else becomes a new service.
 *
 * @param index - The audited config's declaration.
 * @param subject - `cookie` or the storage area the name was found in.
 * @param name - The undeclared name.
 * @param observed - For a cookie: its expiry, domain and flags as the browser stored them.
 * @example
 * ```ts
 * suggestDeclaration(index, 'cookie', '_fbp').snippet; // "// add to services:\nfacebook: {\n  category: 'advertising', ..."
 * ```
 * @remarks R6: docs/rules.md (name, provider, purpose, duration of every cookie).
 */
export function suggestDeclaration(index: DeclarationIndex, subject: 'cookie' | StorageArea, name: string, observed?: ObservedFacts): Suggestion {
  const known: KnownCookie | undefined = lookupKnownCookie(name);
  const retention = known ? parseRetention(known.retention) : undefined;
  const duration: CookieDuration | undefined = retention ?? (observed ? observedDuration(observed.expires, observed.observedAt) : undefined);
  const pattern = known?.wildcard === true;
  const purpose = known?.description || '<why this exists, in plain language>';

  let item: unknown;
  if (subject === 'cookie') {
    item = {
      ...(pattern ? { pattern: new PatternValue(`^${escapeRegExp(known!.name)}`), label: `${known!.name}*` } : { name }),
      ...(duration !== undefined ? { duration } : {}),
      purpose,
      ...(observed?.thirdParty ? { thirdParty: true, domain: observed.domain } : {}),
      ...(observed?.httpOnly ? { httpOnly: true } : {}),
    };
  } else {
    item = pattern ? new PatternValue(`^${escapeRegExp(known!.name)}`) : name;
  }
  const field = subject === 'cookie' ? 'cookies' : 'storageKeys';
  const serviceId = known ? existingService(index, known.platform) : undefined;
  const categoryId = serviceId ? index.services[serviceId]!.category : known ? categoryFor(index, known.category) : undefined;

  let snippet: string;
  let entryValue: Record<string, unknown>;
  if (serviceId) {
    entryValue = { services: { [serviceId]: { [field]: [item] } } };
    snippet = `// add to services.${serviceId}.${field}:\n${toTs(item)},`;
  } else {
    const newId = known ? serviceIdFor(known.platform) : '<serviceId>';
    const service = {
      category: categoryId ?? '<category>',
      name: known?.platform ?? '<service name>',
      provider: known?.dataController || '<provider>',
      ...(known?.privacyLink ? { privacyPolicyUrl: known.privacyLink } : {}),
      [field]: [item],
    };
    entryValue = { services: { [newId]: service } };
    const note =
      known && (known.category === 'Functional' || known.category === 'Security')
        ? `// The Open Cookie Database files it as ${known.category} (technical or strictly necessary);\n// if the site works without it, put it in a category that asks for consent.\n`
        : '';
    snippet = `${note}// add to services:\n${key(newId)}: ${toTs(service)},`;
  }

  return {
    source: known ? 'open-cookie-database' : 'observed',
    ...(known
      ? {
          vendor: known.platform,
          dataController: known.dataController,
          databaseCategory: known.category,
          purpose: known.description,
          retention: known.retention,
          ...(known.privacyLink ? { privacyPolicyUrl: known.privacyLink } : {}),
          pattern,
        }
      : {}),
    ...(categoryId ? { categoryId } : {}),
    ...(duration !== undefined ? { duration } : {}),
    ...(serviceId ? { serviceId } : {}),
    entry: toData(entryValue) as Record<string, unknown>,
    snippet,
  };
}
