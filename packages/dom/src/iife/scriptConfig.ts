import type { ConsentConfig, ConsentTexts } from '@introw/consent-core';
import type { ConsentLayout, ConsentTheme } from '@introw/consent-core/ui';

/** The built-in text tables the script-tag build can load (`consent.lang-<tag>.js`). */
export const BUILT_IN_LANGUAGES = ['en', 'nl', 'fr', 'de'];

/** The script-tag options: in the JSON config under `"options"`, or the second argument of `IntrowConsent.init`. */
export interface ScriptTagOptions {
  /** Where the banner sits: `bar` (default), `corner`, `center` (`data-ic-layout`). */
  layout?: ConsentLayout;
  /** `light` (default), `dark`, `auto` (`data-ic-theme`). */
  theme?: ConsentTheme;
  /** The records service's endpoint (`beaconRecordSink`), e.g. `/consent/records`. Default: no records are sent. */
  records?: string;
  /** The UI language (BCP 47), instead of `<html lang>` and the browser's languages. */
  language?: string;
}

/** A script-tag config: a core config whose `translations` are overrides of the built-in tables, plus `options`. */
export type ScriptConfig = Omit<ConsentConfig, 'translations'> & {
  $schema?: string;
  options?: ScriptTagOptions;
  translations?: Record<string, Partial<ConsentTexts>>;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Turns a script-tag config (the page's JSON, or the object given to `IntrowConsent.init`) into a
 * core config and the script-tag options, failing closed on malformed parts (they are reported by
 * `validateScriptConfig`, loaded at idle): `translations` names the languages the site ships
 * (language -> texts over the built-in table; default English); a `storageKeys` entry is a name
 * or `{ "pattern": "<source>" }` (JSON has no RegExp), anything else is left out. Cookie patterns
 * may stay strings: core reads them as RegExp sources.
 *
 * @param input - The parsed JSON or the JavaScript object.
 * @returns `{ config, options }`, with `config.translations` holding the overrides only.
 */
export function fromScriptConfig(input: unknown): { config: ConsentConfig; options: ScriptTagOptions } {
  const { $schema: _schema, options, translations, services, ...rest } = (isObject(input) ? input : {}) as ScriptConfig;
  const converted: Record<string, unknown> = Object.create(null);
  for (const [id, service] of Object.entries(isObject(services) ? services : {})) {
    const keys = isObject(service) ? service.storageKeys : undefined;
    converted[id] = !Array.isArray(keys) ? service : { ...service, storageKeys: keys.flatMap((key: unknown) => (typeof key === 'string' || key instanceof RegExp ? [key] : patternOf(key))) };
  }
  return {
    config: { ...rest, services: converted, translations: isObject(translations) && Object.keys(translations).length ? translations : { en: {} } } as ConsentConfig,
    options: isObject(options) ? options : {},
  };
}

/** `{ pattern: '^_hj' }` as a one-item list of its RegExp; `[]` for anything else. */
function patternOf(key: unknown): RegExp[] {
  try {
    return isObject(key) && typeof key.pattern === 'string' ? [new RegExp(key.pattern)] : [];
  } catch {
    return [];
  }
}
