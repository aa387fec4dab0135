import type { ConsentConfig } from '../config/types';
import type { ConsentConfigIssue } from '../config/errors';
import { CONSENT_MODE_TYPES } from './mapping';

/** ISO 3166-1 alpha-2 (`BE`) or ISO 3166-2 subdivision (`US-CA`, `GB-ENG`), upper case as Google documents them. */
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks `config.googleConsentMode` and returns every problem with its path (empty when it is
 * absent or valid): unknown options; a mapping that is not an object, names an unknown category
 * or an unknown consent type; `waitForUpdate` that is not a finite number >= 0 (ms);
 * `regions` that is not a non-empty array of upper-case ISO 3166-1 alpha-2 / ISO 3166-2 codes
 * (`BE`, `US-CA`); flags that are not booleans.
 *
 * @param config - The consent config (read only; may be malformed).
 * @returns `{ path, message }[]`, paths like `googleConsentMode.mapping.analytcs`. Never throws.
 * @example
 * ```ts
 * consentModeIssues({ ...config, googleConsentMode: { waitForUpdate: -1 } });
 * // [{ path: 'googleConsentMode.waitForUpdate', message: 'must be a number of milliseconds >= 0, got -1' }]
 * ```
 * @remarks R16, R19: docs/rules.md; Google consent mode docs (types, wait_for_update, region).
 */
export function consentModeIssues(config: ConsentConfig): ConsentConfigIssue[] {
  const issues: ConsentConfigIssue[] = [];
  const add = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  const options = (config as { googleConsentMode?: unknown } | null | undefined)?.googleConsentMode;
  if (options === undefined) return issues;
  const base = 'googleConsentMode';
  if (!isObject(options)) {
    add(base, 'must be an object such as { waitForUpdate: 500 } (or left out)');
    return issues;
  }
  const KNOWN_OPTIONS = new Set(['mapping', 'waitForUpdate', 'regions', 'adsDataRedaction', 'urlPassthrough', 'advanced']);
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) add(`${base}.${key}`, `unknown option (known: ${[...KNOWN_OPTIONS].join(', ')})`);
  }
  const categoryIds = isObject(config.categories) ? Object.keys(config.categories) : [];
  const types = new Set<string>(CONSENT_MODE_TYPES);
  if (options.mapping !== undefined) {
    if (!isObject(options.mapping)) add(`${base}.mapping`, 'must be an object: category or service id -> consent types');
    else {
      for (const [id, list] of Object.entries(options.mapping)) {
        const path = `${base}.mapping.${id}`;
        if (!categoryIds.includes(id) && !(isObject(config.services) && id in config.services))
          add(path, `unknown category "${id}", and no service has that id (known categories: ${categoryIds.join(', ')})`);
        if (!Array.isArray(list)) {
          add(path, 'must be an array of consent types, e.g. ["analytics_storage"]');
          continue;
        }
        list.forEach((type: unknown, i) => {
          if (typeof type !== 'string' || !types.has(type))
            add(`${path}[${i}]`, `unknown consent type ${JSON.stringify(type)} (known: ${CONSENT_MODE_TYPES.join(', ')})`);
        });
      }
    }
  }
  const wait = options.waitForUpdate;
  if (wait !== undefined && (typeof wait !== 'number' || !Number.isFinite(wait) || wait < 0))
    add(`${base}.waitForUpdate`, `must be a number of milliseconds >= 0, got ${JSON.stringify(wait)}`);
  const regions = options.regions;
  if (regions !== undefined) {
    if (!Array.isArray(regions) || regions.length === 0)
      add(`${base}.regions`, 'must be a non-empty array of ISO 3166-2 codes such as ["BE", "US-CA"] (leave it out to apply everywhere)');
    else
      regions.forEach((code: unknown, i) => {
        if (typeof code !== 'string' || !REGION.test(code))
          add(`${base}.regions[${i}]`, `not an ISO 3166-1 alpha-2 or ISO 3166-2 code in upper case: ${JSON.stringify(code)} (e.g. "BE", "US-CA")`);
      });
  }
  for (const flag of ['adsDataRedaction', 'urlPassthrough', 'advanced'] as const) {
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean') add(`${base}.${flag}`, 'must be a boolean');
  }
  return issues;
}
