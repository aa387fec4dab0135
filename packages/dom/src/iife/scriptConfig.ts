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
 * core config and the script-tag options: `translations` names the languages the site ships
 * (language -> texts over the built-in table; default English); everything else is core's config
 * as it is (cookie and storage-key patterns as strings are core's JSON form). Malformed parts are
 * reported by `validateScriptConfig`, loaded at idle; core fails closed meanwhile.
 *
 * @param input - The parsed JSON or the JavaScript object.
 * @returns `{ config, options }`, with `config.translations` holding the overrides only.
 */
export function fromScriptConfig(input: unknown): { config: ConsentConfig; options: ScriptTagOptions } {
  const { $schema: _schema, options, translations, ...rest } = (isObject(input) ? input : {}) as ScriptConfig;
  return {
    config: { ...rest, translations: isObject(translations) && Object.keys(translations).length ? translations : { en: {} } } as ConsentConfig,
    options: isObject(options) ? options : {},
  };
}
