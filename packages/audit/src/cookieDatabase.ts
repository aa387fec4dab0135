import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The Open Cookie Database (Apache-2.0, https://github.com/jkwakman/Open-Cookie-Database),
 * shipped unmodified in the package's `data/` folder with its licence and attribution.
 */

/** One entry of the database. */
export interface KnownCookie {
  /** The platform (vendor) that sets it, e.g. `Google Analytics`. */
  platform: string;
  /** `Functional`, `Personalization`, `Analytics`, `Marketing` or `Security`. */
  category: string;
  /** The cookie name or storage key; for a wildcard entry, the fixed start of the name. */
  name: string;
  /** Where it is set, as the database writes it (`doubleclick.net (3rd party)`), or `''`. */
  domain: string;
  description: string;
  /** As written there: `2 years`, `session`, ... */
  retention: string;
  dataController: string;
  privacyLink: string;
  /** The name is the start of a family (`_ga_` for `_ga_ABC123`). */
  wildcard: boolean;
}

interface RawEntry {
  category: string;
  cookie: string;
  domain: string;
  description: string;
  retentionPeriod: string;
  dataController: string;
  privacyLink: string;
  wildcardMatch: string;
}

/** The shipped file: `data/open-cookie-database.json`, one level above `src/` and `dist/`. */
const DATA_FILE = fileURLToPath(new URL('../data/open-cookie-database.json', import.meta.url));

let exact: Map<string, KnownCookie[]> | undefined;
let families: KnownCookie[] | undefined;

function load(): void {
  if (exact) return;
  exact = new Map();
  families = [];
  let raw: Record<string, RawEntry[]> = {};
  try {
    raw = JSON.parse(readFileSync(DATA_FILE, 'utf8')) as Record<string, RawEntry[]>;
  } catch {
    // A missing or broken data file only costs the suggestions' vendor facts; the audit still runs.
  }
  for (const [platform, entries] of Object.entries(raw)) {
    for (const e of Array.isArray(entries) ? entries : []) {
      if (typeof e?.cookie !== 'string' || !e.cookie.trim()) continue;
      const known: KnownCookie = {
        platform,
        category: e.category ?? '',
        name: e.cookie.trim(),
        domain: e.domain ?? '',
        description: (e.description ?? '').trim(),
        retention: (e.retentionPeriod ?? '').trim(),
        dataController: e.dataController ?? '',
        privacyLink: e.privacyLink ?? '',
        wildcard: e.wildcardMatch === '1',
      };
      if (known.wildcard) families.push(known);
      else exact.set(known.name, [...(exact.get(known.name) ?? []), known]);
    }
  }
  // Longest prefix first, so `_gac_gb_` wins over `_gac_`.
  families.sort((a, b) => b.name.length - a.name.length);
}

/**
 * What the Open Cookie Database knows about a cookie or storage-key name: an exact entry
 * first (the first listed when several platforms use the name), else the wildcard entry with
 * the longest matching start. `undefined` when it does not know the name.
 *
 * @example
 * ```ts
 * lookupKnownCookie('_ga_ABC123'); // { platform: 'Google Analytics', name: '_ga_', wildcard: true, ... }
 * ```
 */
export function lookupKnownCookie(name: string): KnownCookie | undefined {
  load();
  // Families of one or two characters (`CT`, `SR`) would claim too many unrelated names.
  return exact!.get(name)?.[0] ?? families!.find((f) => f.name.length >= 3 && name.startsWith(f.name));
}
