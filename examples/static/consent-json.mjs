// The JSON form of a consent config, as the script-tag build reads it from
// <script type="application/json" id="introw-consent-config">: what sync-config.mjs writes into the
// static pages from Introw's config (examples/introw-config), so both demos show one config.

/**
 * Converts a core config (`defineConsentConfig`) into the script-tag JSON form:
 * - cookie patterns (RegExp) become their source string; `storageKeys` patterns `{ "pattern": source }`;
 * - `translations` lists the languages with only the texts that differ from core's built-in
 *   table (`{}` when none), since the script-tag build ships those tables itself;
 * - functions (`onGrant`, `onRevoke`) cannot be JSON: they are left out and listed in `dropped`,
 *   for the page's own script to do (`IntrowConsent.ready.then((consent) => consent.on('change', ...))`).
 *
 * @param {import('@introw/consent-core').ConsentConfig} config
 * @param {{ builtIns: Record<string, Record<string, string>>, options?: Record<string, unknown>, schema?: string }} how
 * @returns {{ json: Record<string, unknown>, dropped: string[] }}
 * @throws {Error} For a RegExp with flags (the JSON form has sources only).
 */
export function toScriptConfig(config, { builtIns, options, schema }) {
  const dropped = [];
  const source = (re, path) => {
    if (re.flags) throw new Error(`${path}: /${re.source}/${re.flags} has flags; the JSON form keeps the source only`);
    return re.source;
  };
  const services = {};
  for (const [id, service] of Object.entries(config.services ?? {})) {
    const out = {};
    for (const [key, value] of Object.entries(service)) {
      const path = `services.${id}.${key}`;
      if (typeof value === 'function') dropped.push(path);
      else if (key === 'cookies')
        out.cookies = value.map((c, i) => (c.pattern instanceof RegExp ? { ...c, pattern: source(c.pattern, `${path}[${i}].pattern`) } : c));
      else if (key === 'storageKeys') out.storageKeys = value.map((k, i) => (k instanceof RegExp ? { pattern: source(k, `${path}[${i}]`) } : k));
      else out[key] = value;
    }
    services[id] = out;
  }
  const translations = {};
  for (const [language, table] of Object.entries(config.translations ?? {})) {
    const builtIn = builtIns[language];
    translations[language] = builtIn ? Object.fromEntries(Object.entries(table).filter(([key, text]) => builtIn[key] !== text)) : table;
  }
  const { services: _services, translations: _translations, ...rest } = config;
  const json = { ...(schema ? { $schema: schema } : {}), ...rest, translations, services, ...(options ? { options } : {}) };
  return { json, dropped };
}

/** JSON text that is safe inside a `<script>` element (no `</script>`, no `<!--`). */
export const scriptJson = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
