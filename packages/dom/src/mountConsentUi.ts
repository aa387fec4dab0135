import type { ConsentManager } from '@introw/consent-core';
import { reportError, type ConsentAppearance } from '@introw/consent-core/ui';
import { createBanner } from './banner';
import { createPreferences } from './preferences';
import { bindOpeners } from './openers';
import { declarationModule, embedsModule } from './lazy';
import { DECLARATION_SELECTOR, EMBED_SELECTOR } from './hooks';
import { createIds } from './ids';

/** Options of {@link mountConsentUi}. `layout` and `theme` go on the banner and dialog roots as `data-ic-layout` / `data-ic-theme`. */
export interface MountConsentUiOptions extends ConsentAppearance {
  /** Where the banner, the `role="status"` region and the dialog are appended. Default `document.body`. */
  root?: HTMLElement;
  /** Render the banner (the first layer). Default `true`; `false` for a site that renders its own. */
  banner?: boolean;
  /** Render the preferences dialog and its status region. Default `true`. */
  preferences?: boolean;
  /** The site's extra class on the banner, after `ic-banner`. */
  bannerClass?: string;
  /** The site's extra class on the dialog, after `ic-dialog`. */
  dialogClass?: string;
}

/**
 * Renders the consent UI of a page without a framework, with the markup, texts and stylesheet of
 * the React and Vue components (`ic-*` classes, `data-ic-*` attributes), on core's headless
 * controllers, and starts the manager's browser side (`manager.mount()`: gating, revocation,
 * cross-tab sync):
 *
 * - the banner while there is no valid decision ("Accept all" and "Reject all" side by side: R3);
 * - the preferences dialog, per category and per service with the cookie tables, as a native
 *   modal `<dialog>` (R24); its code loads on demand (pointing at, focusing or pressing an opener
 *   starts the load); a `role="status"` region announces "saved";
 * - every `[data-ic-open-preferences]` element opens the dialog; an empty one becomes the
 *   "Cookie settings" control (R12);
 * - every `<iframe data-src data-category [data-service] title>` gets a placeholder that explains
 *   and offers "Allow and show" until consent (R1);
 * - every `<div data-ic-declaration [data-ic-caption]>` receives the cookie table.
 *
 * The code for embeds and for the cookie table loads on demand, on the pages that have them.
 *
 * Texts are always set as text, never as HTML; no inline style is written (strict CSP). Call it
 * once the document is parsed (a module script, a deferred script, or `DOMContentLoaded`).
 * DOM updates follow the manager in a microtask, like a framework's render.
 *
 * @param manager - From `createConsentManager(config, options)`.
 * @param options - See {@link MountConsentUiOptions}.
 * @returns The stop function: removes what was rendered, restores the page's hooks, stops the browser side.
 * @example
 * ```ts
 * import { createConsentManager, googleConsentMode, mountConsentUi } from '@introw/consent-dom';
 * import '@introw/consent-dom/styles.css';
 * const consent = createConsentManager(config, { plugins: [googleConsentMode()] });
 * const stop = mountConsentUi(consent, { layout: 'bar', theme: 'auto' });
 * ```
 * @remarks R1, R3, R6, R7, R12, R24-R26: docs/rules.md; DESIGN.md "Renderers are thin".
 */
export function mountConsentUi(manager: ConsentManager, options: MountConsentUiOptions = {}): () => void {
  const doc = document;
  const root = options.root ?? doc.body;
  const ids = createIds();
  const appearance: ConsentAppearance = { layout: options.layout, theme: options.theme };
  const stopBrowser = manager.mount();
  const preferences = options.preferences === false ? null : createPreferences(manager, { root, ids, className: options.dialogClass, appearance });
  const prefetch = preferences?.prefetch ?? ((): void => {});
  const banner = options.banner === false ? null : createBanner(manager, { root, ids, className: options.bannerClass, appearance, prefetch });
  const stopOpeners = bindOpeners(doc, manager, prefetch);

  let live = true;
  let embeds: { update(): void; stop(): void } | undefined;
  let stopDeclarations = (): void => {};
  // Pages with gated embeds or a cookie table load that code (a chunk of its own) and render it when it arrives.
  if (doc.querySelector(EMBED_SELECTOR)) {
    embedsModule.get().then(({ createEmbeds }) => {
      if (!live) return;
      embeds = createEmbeds(doc, manager, ids);
      embeds.update();
    }, reportError);
  }
  if (doc.querySelector(DECLARATION_SELECTOR)) {
    declarationModule.get().then(({ renderDeclarations }) => {
      if (live) stopDeclarations = renderDeclarations(doc, manager, ids);
    }, reportError);
  }

  const render = (): void => {
    banner?.update();
    embeds?.update();
    preferences?.update();
  };
  // Like a framework: changes are rendered together in a microtask, so a banner button's handler
  // still finds its banner in the page when it moves focus to "Cookie settings" (core's bannerDecision).
  let scheduled = false;
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (live) render();
    });
  };
  const unsubscribe = (preferences ? preferences.subscribe : manager.subscribe)(schedule);
  render();

  return () => {
    if (!live) return;
    live = false;
    unsubscribe();
    stopOpeners();
    banner?.stop();
    embeds?.stop();
    preferences?.stop();
    stopDeclarations();
    stopBrowser();
  };
}
