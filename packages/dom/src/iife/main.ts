// The script-tag build's entry (dist/consent.iife.js, global `IntrowConsent`): reads the JSON config
// of the page, or waits for IntrowConsent.init(config, options), then renders the consent UI.
import {
  ConsentConfigError,
  browserPlatform,
  createConsentManager,
  resolveLanguage,
  resolveTexts,
  type ConsentConfig,
  type ConsentManager,
  type ConsentTexts,
} from '@introw/consent-core';
import { appearanceAttributes, onDemand, reportError, type ConsentAppearance } from '@introw/consent-core/ui';
import { mountConsentUi } from '../mountConsentUi';
import { configureParts, loadPart, loadStyle, setTextsLoader, textsWanted } from './parts';
import { BUILT_IN_LANGUAGES, fromScriptConfig, type ScriptConfig, type ScriptTagOptions } from './scriptConfig';

declare const __VERSION__: string;

/** The id of the page's JSON config: `<script type="application/json" id="introw-consent-config">`. */
const CONFIG_ID = 'introw-consent-config';

// While this script runs, document.currentScript is its element: the on-demand files load from next to it, with its nonce.
configureParts(document.currentScript as HTMLScriptElement | null);

/** English's first-layer texts (core's `FIRST_LAYER_TEXTS`), put here by the build: a first visit in English needs no text file. */
declare const __FIRST_LAYER_EN__: Partial<ConsentTexts>;

/**
 * The config's translations with core's built-in tables under the given texts: the table of
 * `language`, or, for a language with no built-in table, those of the default language and English
 * (its fallbacks). Each table is a file of its own (`consent.lang-<tag>.js`), loaded in parallel.
 * With `firstLayer`, only what the banner shows (core's `FIRST_LAYER_TEXTS`): English's is in this
 * file, the others' in `consent.lang-<tag>-first.js`.
 */
async function withTables(config: ConsentConfig, language: string, firstLayer: boolean): Promise<Record<string, Partial<ConsentTexts>>> {
  const given = config.translations!;
  const wanted = BUILT_IN_LANGUAGES.includes(language) ? [language] : [config.defaultLanguage ?? 'en', 'en'];
  const tags = [...new Set(wanted)].filter((tag) => tag in given && BUILT_IN_LANGUAGES.includes(tag));
  const tables = await Promise.all(
    tags.map((tag) =>
      firstLayer && tag === 'en'
        ? __FIRST_LAYER_EN__
        : loadPart<{ table: ConsentTexts }>(`lang-${tag}${firstLayer ? '-first' : ''}`).then((part) => part.table),
    ),
  );
  const translations = { ...given };
  tags.forEach((tag, i) => {
    translations[tag] = { ...tables[i], ...given[tag] };
  });
  return translations;
}

/**
 * Loads the whole tables behind a manager started on the first layer's texts and completes, in
 * place, both its `texts` and its config's `translations` (the cookie rows of the dialog and the
 * cookie table read those), the site's own texts still winning; once.
 */
const completeTexts = (manager: ConsentManager, config: ConsentConfig) =>
  onDemand(() =>
    withTables(config, manager.language, false).then((translations) => {
      // The manager's own copy of the config (core clones it): completed, never replaced.
      Object.assign(manager.config.translations as Record<string, Partial<ConsentTexts>>, translations);
      Object.assign(manager.texts, resolveTexts(manager.config, manager.language));
    }),
  ).get;

/**
 * The stylesheets an appearance needs beyond consent.css: the layout's (`consent.corner.css`,
 * `consent.center.css`) and the dark palette (`consent.dark.css`, for the `dark` and `auto`
 * themes), loaded before the banner shows so that it never changes. One that does not load is
 * reported, and the banner shows in the bar or the light theme rather than not at all.
 */
const appearanceStyles = (appearance: ConsentAppearance): Promise<unknown> => {
  const { 'data-ic-layout': layout, 'data-ic-theme': theme } = appearanceAttributes(appearance);
  return Promise.all([layout !== 'bar' && layout, theme !== 'light' && 'dark'].map((name) => name && loadStyle(name).catch(reportError)));
};

/**
 * Resolves once the document is parsed (at once for a deferred script). Not in a task of its own:
 * a yield here lets the browser render the page first and shows the banner a frame later (measured
 * at 4x CPU: banner visible +80 to +160 ms median), for a task split that stays over 50 ms anyway.
 */
const parsed = (): Promise<void> =>
  new Promise((resolve) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }) : resolve()));

const platform = browserPlatform();

let resolveReady: (manager: ConsentManager) => void = () => {};
let rejectReady: (error: unknown) => void = () => {};
let started = false;

const api = {
  /** The package version of this build. */
  version: __VERSION__,
  /**
   * The consent manager once started (`hasConsent`, `acceptAll`, `on('change', ...)`, ...), else
   * `null`. Its `texts` (and its config's `translations`) hold the first layer's (core's
   * `FIRST_LAYER_TEXTS`) until the dialog, a cookie table or an embed placeholder first loads; then
   * all of them. With `options.records`, all of them from the start.
   */
  manager: null as ConsentManager | null,
  /** Resolves with the manager once started (from the page's JSON config or `init`); rejects when the config is invalid. */
  ready: new Promise<ConsentManager>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  }),
  /**
   * Starts consent management with a config (the JSON form; from JavaScript, cookie patterns may
   * also be RegExps and services may have `onGrant` / `onRevoke` hooks) and options (they win over
   * the config's `"options"`). Resolves with the manager. The config is checked in full once the
   * page is idle (`validateScriptConfig`, a file of its own); its problems are reported then.
   *
   * @throws {ConsentConfigError} (rejects) When the config has no categories (core's fail-closed check).
   */
  async init(input: unknown, options: ScriptTagOptions = {}): Promise<ConsentManager> {
    if (started) throw new Error('[@introw/consent] already started: call IntrowConsent.stop() first');
    started = true;
    try {
      const given = (typeof input === 'object' && input !== null ? input : {}) as ScriptConfig;
      const full = { ...given, options: { ...given.options, ...options } };
      const { config, options: opts } = fromScriptConfig(full);
      const language = resolveLanguage(
        Object.keys(config.translations!),
        opts.language ? [opts.language] : platform.languages(),
        config.defaultLanguage ?? 'en',
      );
      // Side by side: the text table, Google Consent Mode when the config has `googleConsentMode`
      // (R16-R18), the records sink for sites that send records (R14), the layout's and theme's stylesheets.
      // A site that sends records gets the whole tables before the banner: a record's notice
      // fingerprint (core's noticeFingerprint: SHA-256 of the config's table) is then the same
      // whichever layer the visitor decided in, and the same as with the React and Vue renderers.
      const firstLayer = !opts.records;
      const [translations, consentMode, onRecord] = await Promise.all([
        withTables(config, language, firstLayer),
        config.googleConsentMode ? import('./consentMode').then(({ googleConsentMode }) => googleConsentMode()) : undefined,
        opts.records ? import('./records').then(({ beaconRecordSink }) => beaconRecordSink(opts.records!)) : undefined,
        appearanceStyles(opts),
      ]);
      const manager = createConsentManager(
        { ...config, translations },
        { language, plugins: consentMode ? [consentMode] : [], ...(onRecord ? { onRecord } : {}) },
      );
      if (firstLayer) {
        const complete = completeTexts(manager, config);
        setTextsLoader(complete);
        // Restarted after such a part loaded: it will not wait again, so the texts are completed first.
        if (textsWanted()) await complete();
      }
      await parsed();
      api.manager = manager;
      stopUi = mountConsentUi(manager, { layout: opts.layout, theme: opts.theme });
      resolveReady(manager);
      // The full check of the config, off the first visit's path (the page runs fail-closed
      // meanwhile): every problem is reported at once, with its path.
      platform.idle(() => {
        import('./validateScriptConfig').then(({ assertScriptConfig }) => assertScriptConfig(full, location.hostname)).catch(reportError);
      });
      return manager;
    } catch (error) {
      started = false;
      rejectReady(error);
      throw error;
    }
  },
  /** Removes the consent UI and stops gating; `init` may then be called again. */
  stop(): void {
    setTextsLoader(undefined);
    stopUi();
    stopUi = () => {};
    api.manager = null;
    started = false;
  },
};
let stopUi = (): void => {};
// `ready` rejecting is reported once, by whoever started it; no unhandled-rejection noise on top.
api.ready.catch(() => {});
(globalThis as typeof globalThis & { IntrowConsent: typeof api }).IntrowConsent = api;

/** Starts from the page's JSON config when there is one; true when found. */
function fromPage(): boolean {
  const el = document.getElementById(CONFIG_ID);
  if (!el) return false;
  let json: unknown;
  try {
    json = JSON.parse(el.textContent ?? '');
  } catch (error) {
    const problem = new ConsentConfigError([{ path: `#${CONFIG_ID}`, message: `is not valid JSON: ${(error as Error).message}` }]);
    rejectReady(problem);
    throw problem;
  }
  api.init(json).catch(reportError);
  return true;
}

if (!fromPage() && document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void fromPage(), { once: true });
