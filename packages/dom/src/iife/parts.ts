/**
 * The script-tag build's on-demand files ("parts"): `consent.<name>.js` next to `consent.iife.js`,
 * each a classic script that registers what it carries here. The build (scripts/build-iife.mjs)
 * turns every `import()` of the bundled code (core's gating and withdrawal modules, the
 * preferences dialog, the cookie table, ...) into a call of {@link loadPart}, so the first load carries only
 * what a first visit needs, with no bundler and no module support required of the page.
 *
 * Every copy of this module (the main file and each part has one) shares one registry on
 * `globalThis`, under a symbol, so a part loaded by another part finds the same base URL and nonce.
 */
interface Registry {
  /** URL the part files are resolved against: the main script's own `src`. */
  base: string;
  /** The main script's CSP nonce, given to every part's `<script>` and `<link>` (strict CSP). */
  nonce: string;
  /** What each part registered: its exports, or a promise of them (a part that waits for its stylesheet). */
  parts: Record<string, unknown>;
  /** Completes the manager's texts (set by the main file); parts that show texts wait for it. */
  texts?: () => Promise<unknown>;
  /** A part that shows texts beyond the first layer has loaded (it stays loaded, and waits no more). */
  textsWanted?: boolean;
}

const KEY = Symbol.for('@introw/consent-dom/parts');

const holder = globalThis as typeof globalThis & { [KEY]?: Registry };
holder[KEY] ??= { base: '', nonce: '', parts: Object.create(null) as Record<string, unknown> };
/** The registry every copy of this module shares (see above). */
const registry: Registry = holder[KEY];

/**
 * Remembers where the main script came from and its nonce; call it while the script runs (its
 * `document.currentScript`).
 *
 * @param script - The main `<script>` element, or `null` when unknown (then the page's URL is the base).
 */
export function configureParts(script: HTMLScriptElement | null): void {
  registry.base = script?.src || document.baseURI;
  registry.nonce = script?.nonce ?? '';
}

/**
 * Called by a part file when it runs: makes `exports` (or what the promise resolves to) the result
 * of {@link loadPart}(name). A promise that rejects is forgotten, so the next load tries again.
 */
export function registerPart(name: string, exports: unknown): void {
  registry.parts[name] = exports instanceof Promise ? exports.catch((error: unknown) => forget(name, error)) : exports;
}

const forget = (name: string, error: unknown): never => {
  delete registry.parts[name];
  throw error;
};

/** The error of a part or stylesheet that did not load, naming its URL. */
const notLoaded = (url: string): Error => new Error(`[@introw/consent] could not load ${url}`);

/**
 * Loads `consent.<file>` from next to the main script through `el` (a `<script>` or a stylesheet
 * `<link>`) with the main script's nonce. Resolves once it has loaded; a script then leaves the
 * page, a stylesheet stays. Rejects with an `Error` naming the URL, leaving nothing behind.
 */
function load(el: HTMLScriptElement | HTMLLinkElement, attr: 'src' | 'href', file: string): Promise<void> {
  const url = new URL(`consent.${file}`, registry.base).href;
  el.setAttribute(attr, url);
  if (registry.nonce) el.nonce = registry.nonce;
  return new Promise<void>((resolve, reject) => {
    el.onload = el.onerror = (event: Event | string) => {
      const loaded = typeof event !== 'string' && event.type === 'load';
      if (el instanceof HTMLScriptElement || !loaded) el.remove();
      if (loaded) resolve();
      else reject(notLoaded(url));
    };
    document.head.append(el);
  });
}

/**
 * Loads `consent.<name>.js` from next to the main script, as a `<script>` with the main script's
 * nonce, and resolves with what it registered. A failed load rejects (offline, a file missing after
 * a deploy) and leaves nothing behind, so the next call tries again (callers wrap it in core's
 * `onDemand`).
 *
 * @param name - The part, e.g. `dialog`.
 * @throws Rejects with an `Error` naming the URL when the file cannot be loaded or registers nothing.
 */
export function loadPart<T>(name: string): Promise<T> {
  return (name in registry.parts ? Promise.resolve() : load(document.createElement('script'), 'src', `${name}.js`)).then(() =>
    // A file that loaded but registered nothing (not one of this build's parts) failed too.
    name in registry.parts ? (registry.parts[name] as T) : forget(name, notLoaded(`consent.${name}.js`)),
  );
}

/**
 * Adds `consent.<name>.css` from next to the main script as a stylesheet `<link>` with the nonce,
 * once; resolves when it has loaded. The dialog's and the cookie table's parts wait for
 * `consent.dialog.css` before they register, so neither ever shows unstyled.
 */
export function loadStyle(name: string): Promise<void> {
  const key = `${name}.css`;
  if (!(key in registry.parts)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    registry.parts[key] = load(link, 'href', key).catch((error: unknown) => forget(key, error));
  }
  return registry.parts[key] as Promise<void>;
}

/**
 * Sets what completes the manager's texts: a first visit loads only the first layer's (core's
 * `FIRST_LAYER_TEXTS`), and the parts that show more texts (the dialog, the cookie table, embed
 * placeholders) wait for {@link textsComplete} before they register, as they wait for their stylesheet.
 */
export function setTextsLoader(load: (() => Promise<unknown>) | undefined): void {
  registry.texts = load;
}

/** Resolves once the manager's texts are complete (at once when nothing is missing); rejects when they cannot be loaded. */
export function textsComplete(): Promise<unknown> {
  registry.textsWanted = true;
  return registry.texts?.() ?? Promise.resolve();
}

/**
 * True once a part that shows more than the first layer's texts has loaded: a manager started after
 * that (`IntrowConsent.stop()`, then `init`) completes its texts before it mounts, as that part will
 * not wait again.
 */
export const textsWanted = (): boolean => registry.textsWanted === true;
