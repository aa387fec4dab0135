import type { ConsentConfig, ConsentManager, ConsentManagerOptions, ConsentState } from '@introw/consent-core';
import type { ConsentAppearance } from '@introw/consent-core/ui';
import type { UiNode } from './ui';

/**
 * Where the rendered UI gets its consent manager from:
 * - `{ manager }`: a manager the test created (a provider's `manager` prop, a plugin given the
 *   manager, or the manager handed to a framework-free mount);
 * - `{ config, options, initialState }`: the binding creates the manager itself (a provider's
 *   `config` / `options` / `initialState` props, or `createConsent(config, options)`);
 * - `{}`: a provider given neither (only for the error it must throw);
 * - `null`: no provider at all (components used outside one, or a statement page).
 *
 * With a manager or a config, `layout` and `theme` (core's `ConsentAppearance`) set how the banner
 * and dialog look: a provider's `layout` / `theme` props, the plugin's options, or the options of a
 * framework-free mount (`mountConsentUi(manager, { layout, theme })`).
 */
export type Source =
  | ({ manager: ConsentManager<string, string> } & ConsentAppearance)
  | ({ config: ConsentConfig; options?: ConsentManagerOptions; initialState?: ConsentState } & ConsentAppearance)
  | Record<string, never>
  | null;

/** What a test can do with something it mounted. */
export interface Mounted {
  /** The element the UI was mounted in (attached to `document.body`). */
  container: HTMLElement;
  /**
   * Renders again from the top, with a new source and/or UI when given (else the same ones, e.g.
   * to prove that re-rendering creates nothing anew), and waits until the DOM shows it.
   */
  rerender(next?: { source?: Source; ui?: UiNode | UiNode[] }): Promise<void>;
  /** Unmounts and waits until the framework has run what unmounting schedules. */
  unmount(): Promise<void>;
}

/**
 * Optional abilities. A test that needs one is only registered for renderers that have it (see
 * `describeWith` in `./current`); React and Vue have them all. Each names what the renderer can
 * render or do beyond the banner, the preferences dialog, the settings control, the gated embed
 * and the cookie table, which every renderer renders.
 */
export type Capability =
  /** `consent`, `state`, `uiState` and `managerProbe` nodes (useConsent, useConsentState, useConsentUi, useConsentManager). */
  | 'hooks'
  /** `gate` nodes (a ConsentGate: children with consent, the fallback without). */
  | 'gate'
  /** A `{ config, options }` source: the binding creates the manager. */
  | 'configSource'
  /**
   * A provider component with props: rendered with `{}` it throws, and a later render may pass it
   * a different `config` (which it must ignore, with one warning).
   */
  | 'providerProps'
  /** Bindings used with a `null` source throw an error that says how to fix it (`outsideProviderHint`). */
  | 'providerRequired'
  /** A declaration with a `config` and a `null` source renders without any provider. */
  | 'standaloneDeclaration'
  /** A declaration caption given as rich content (elements), not only as text. */
  | 'richCaption';

/**
 * Controls how the preferences dialog's code arrives on a first page view (see
 * {@link Renderer.firstVisit}). The renderer routes every load of that code through
 * {@link DialogCode.load}.
 */
export interface DialogCode {
  /** How many loads have completed (the code arrived). */
  readonly loads: number;
  /** Routes one load through the control: waits while held, fails while failing, then counts it. */
  load<T>(original: () => Promise<T>): Promise<T>;
}

/**
 * One way of rendering the consent UI into the DOM. The suite is written once against this
 * interface; each file in `src/renderers/` implements it for one framework (see README.md).
 */
export interface Renderer {
  /** Shown in the vitest project name, e.g. `react-strict`. */
  readonly name: string;
  readonly capabilities: ReadonlySet<Capability>;
  /**
   * True when the framework, in development, renders every component twice and runs mount effects
   * twice (mount, unmount, mount): React's StrictMode. Tests that count renders or starts of the
   * browser side scale their exact expectation by it; nothing else may depend on it.
   */
  readonly doubleInvokes: boolean;
  /**
   * The sentence after `<name> was used outside a consent provider. ` in the error a binding throws
   * without a manager, in the framework's own words (`providerRequired`).
   */
  readonly outsideProviderHint: string;
  /** Mounts `ui` with its manager from `source`, attached to the document, and waits until it has rendered. */
  mount(source: Source, ui: UiNode | UiNode[]): Promise<Mounted>;
  /**
   * Runs `change` (a change made outside the UI, e.g. a manager call, or a wait while something
   * outside the UI happens) and waits until the DOM shows its effect.
   */
  update(change: () => void | Promise<void>): Promise<void>;
  /**
   * A first page view: the same renderer, built from freshly imported modules (the caller has just
   * called `vi.resetModules()`), whose preferences dialog code loads on demand through `dialogCode`.
   * Renderers whose dialog has no code of its own to load leave this out.
   */
  firstVisit?(dialogCode: DialogCode): Promise<Renderer>;
}
