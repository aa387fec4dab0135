/**
 * The script-tag build's on-demand files ("parts"): `consent.<name>.js` next to `consent.iife.js`,
 * each a classic script that registers what it carries here. The build (scripts/build-iife.mjs)
 * turns every `import()` of the bundled code (core's gating and withdrawal modules, the
 * preferences dialog, the cookie table) into {@link loadPart}, so the first load carries only what
 * a first visit needs, with no bundler and no module support required of the page.
 *
 * Every copy of this module (the main file and each part has one) shares one registry on
 * `globalThis`, under a symbol, so a part loaded by another part finds the same base URL and nonce.
 */
interface Registry {
  /** URL the part files are resolved against: the main script's own `src`. */
  base: string;
  /** The main script's CSP nonce, given to every part's `<script>` (strict CSP). */
  nonce: string;
  parts: Record<string, unknown>;
}

const KEY = Symbol.for('@introw/consent-dom/parts');

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [KEY]?: Registry };
  return (holder[KEY] ??= { base: '', nonce: '', parts: Object.create(null) as Record<string, unknown> });
}

/**
 * Remembers where the main script came from and its nonce; call it while the script runs (its
 * `document.currentScript`).
 *
 * @param script - The main `<script>` element, or `null` when unknown (then the page's URL is the base).
 */
export function configureParts(script: HTMLScriptElement | null): void {
  const r = registry();
  r.base = script?.src || document.baseURI;
  r.nonce = script?.nonce ?? '';
}

/** Called by a part file when it runs: makes `exports` the result of {@link loadPart}(name). */
export function registerPart(name: string, exports: unknown): void {
  registry().parts[name] = exports;
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
  const r = registry();
  if (name in r.parts) return Promise.resolve(r.parts[name] as T);
  return new Promise<T>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(`consent.${name}.js`, r.base).href;
    if (r.nonce) script.nonce = r.nonce;
    const done = (): void => {
      script.remove();
      if (name in r.parts) resolve(r.parts[name] as T);
      else reject(new Error(`[@introw/consent] could not load ${script.src}`));
    };
    script.onload = done;
    script.onerror = done;
    document.head.append(script);
  });
}
