import { ConsentConfigError, validateConsentConfig, type ConsentConfigIssue } from '@introw/consent-core';
import { appearanceAttributes, isHttpUrl, type ConsentLayout, type ConsentTheme } from '@introw/consent-core/ui';
import { BUILT_IN_LANGUAGES, fromScriptConfig } from './scriptConfig';

const CONFIG_KEYS = [
  '$schema',
  'options',
  'revision',
  'expiresAfterDays',
  'categories',
  'services',
  'cookie',
  'privacyContact',
  'privacyPolicyUrl',
  'cookieStatementUrl',
  'siteName',
  'controller',
  'defaultLanguage',
  'translations',
  'googleConsentMode',
];
const OPTION_KEYS = ['layout', 'theme', 'records', 'language'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates a script-tag config (the page's JSON, or the object given to `IntrowConsent.init`): the
 * script-tag form (unknown keys, `options`, `translations` as language -> texts), then every rule
 * of core's `validateConsentConfig` on the config it becomes (R4, R11, R13 storage keys, R29,
 * Consent Mode, ...). The JSON Schema that ships with the package
 * (`consent-config.schema.json`) gives editors the same shape.
 *
 * @param input - The parsed JSON or the JavaScript object.
 * @param hostname - The page's host, for the cookie domain check.
 * @returns Every problem, each with its path; `[]` for a valid config. Never throws.
 * @example
 * ```ts
 * validateScriptConfig({ revision: 1, categories: {}, categores: {} }, location.hostname);
 * // [{ path: 'categores', message: 'unknown key (known: ...)' }, { path: 'categories', message: 'must be an object with at least one category' }]
 * ```
 * @remarks R4, R11, R29: docs/rules.md (through core's validateConsentConfig).
 */
export function validateScriptConfig(input: unknown, hostname?: string): ConsentConfigIssue[] {
  const issues: ConsentConfigIssue[] = [];
  const add = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  if (!isObject(input)) return [{ path: '(config)', message: 'must be a JSON object with revision and categories' }];
  for (const key of Object.keys(input)) if (!CONFIG_KEYS.includes(key)) add(key, `unknown key (known: ${CONFIG_KEYS.join(', ')})`);

  const options = input.options ?? {};
  if (!isObject(options)) add('options', 'must be an object');
  else {
    for (const key of Object.keys(options)) if (!OPTION_KEYS.includes(key)) add(`options.${key}`, `unknown option (known: ${OPTION_KEYS.join(', ')})`);
    const { layout, theme, records, language } = options;
    // Core's appearanceAttributes falls back to the default for a value it does not know.
    const shown = appearanceAttributes({ layout: layout as ConsentLayout, theme: theme as ConsentTheme });
    if (layout !== undefined && shown['data-ic-layout'] !== layout) add('options.layout', 'must be "bar", "corner" or "center"');
    if (theme !== undefined && shown['data-ic-theme'] !== theme) add('options.theme', 'must be "light", "dark" or "auto"');
    if (records !== undefined && !(typeof records === 'string' && isHttpUrl(records)))
      add('options.records', 'must be the URL (or path) of the records service');
    if (language !== undefined && typeof language !== 'string') add('options.language', 'must be a language tag such as "nl"');
  }

  const { translations } = input;
  if (translations !== undefined && (!isObject(translations) || !Object.keys(translations).length))
    add('translations', 'must name at least one language, e.g. { "en": {} }');
  else if (translations) {
    for (const [language, texts] of Object.entries(translations)) {
      if (!isObject(texts) || Object.values(texts).some((t) => typeof t !== 'string'))
        add(`translations.${language}`, 'must be an object of texts (strings), e.g. {} for the built-in ones');
      else if (!BUILT_IN_LANGUAGES.includes(language) && !isObject(translations.en))
        add(`translations.${language}`, `has no built-in table (built in: ${BUILT_IN_LANGUAGES.join(', ')}): give every text, or add "en": {} as the fallback`);
    }
  }

  try {
    validateConsentConfig(fromScriptConfig(input).config, hostname);
  } catch (error) {
    if (!(error instanceof ConsentConfigError)) throw error;
    issues.push(...error.issues);
  }
  return issues;
}

/** Throws one {@link ConsentConfigError} listing every problem of {@link validateScriptConfig}, if any. */
export function assertScriptConfig(input: unknown, hostname?: string): void {
  const issues = validateScriptConfig(input, hostname);
  if (issues.length) throw new ConsentConfigError(issues);
}
