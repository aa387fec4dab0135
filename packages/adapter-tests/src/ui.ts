import type { ConsentConfig, ConsentManager, ConsentState } from '@introw/consent-core';

/**
 * What a test renders, described without any framework: plain text, a few plain elements, and the
 * consent UI's parts. Each renderer turns a tree of these into its own components (see
 * `src/renderers/`). `className` is the site's extra class: React's `className`, Vue's `class`.
 */
export type UiNode = string | ElementNode | PartNode;

/** A plain element of the page around the consent UI. */
interface ElementNode {
  kind: 'element';
  tag: 'p' | 'a' | 'span' | 'main' | 'footer';
  attrs?: Record<string, string>;
  children?: UiNode[];
}

/** The banner (first layer). */
interface BannerNode {
  kind: 'banner';
  className?: string;
}

/** The preferences dialog (second layer) with its status region. */
interface PreferencesNode {
  kind: 'preferences';
  className?: string;
}

/** The control that reopens the preferences ("Cookie settings"). */
interface SettingsButtonNode {
  kind: 'settingsButton';
  className?: string;
  /** Plain attributes for the button, e.g. `{ id: 'settings' }`. */
  attrs?: Record<string, string>;
  /**
   * The site's own click listener (React's `onClick`, Vue's `@click`, a DOM listener); it runs
   * first, and `preventDefault()` keeps the dialog closed.
   */
  onClick?: (event: Pick<Event, 'type' | 'preventDefault'>) => void;
}

/** Content shown only with consent to a category or a service. */
interface GateNode {
  kind: 'gate';
  category?: string;
  service?: string;
  children: UiNode[];
  fallback?: UiNode[];
}

/** An iframe that loads only with consent; a placeholder with "Allow and show" before. */
interface EmbedNode {
  kind: 'embed';
  src: string;
  title: string;
  category: string;
  service?: string;
  className?: string;
  width?: number;
  height?: number;
  allow?: string;
}

/** The cookie table of the cookie statement. */
interface DeclarationNode {
  kind: 'declaration';
  /** Text, or rich content (`richCaption`). */
  caption?: string | UiNode[];
  /** Render from this config instead of the provider's (`standaloneDeclaration` without a provider). */
  config?: ConsentConfig;
}

/** A `<p>` showing what useConsent(id) returns for each of `ids`, as `text(granted)` formats it. */
export interface ConsentNode {
  kind: 'consent';
  ids: string[];
  text: (granted: boolean[]) => string;
  /** Called on every run of the component's render. */
  onRender?: () => void;
}

/** A `<p>` showing `text(useConsentState())`. */
export interface StateNode {
  kind: 'state';
  text: (state: ConsentState) => string;
}

/** What useConsentUi() gives a component, read through one shape for every framework. */
export interface UiStateHandle {
  /** The values the component last saw. */
  read(): { bannerVisible: boolean; preferencesOpen: boolean };
  openPreferences(): void;
  closePreferences(): void;
}

/** Renders nothing; hands its useConsentUi() to `expose`. */
export interface UiStateNode {
  kind: 'uiState';
  expose: (ui: UiStateHandle) => void;
}

/** A `<p>` with `text(useConsentState())` that reports useConsentManager() on every render. */
export interface ManagerProbeNode {
  kind: 'managerProbe';
  onRender: (manager: ConsentManager<string, string>) => void;
  text: (state: ConsentState) => string;
}

type PartNode =
  | BannerNode
  | PreferencesNode
  | SettingsButtonNode
  | GateNode
  | EmbedNode
  | DeclarationNode
  | ConsentNode
  | StateNode
  | UiStateNode
  | ManagerProbeNode;

type Props<N> = Omit<N, 'kind'>;

/** A plain element: `el('p', 'ads on')`, `el('a', { href: '#top' }, 'Page link')`. */
export function el(tag: ElementNode['tag'], ...rest: [Record<string, string>, ...UiNode[]] | UiNode[]): ElementNode {
  const [first, ...others] = rest;
  if (first !== undefined && typeof first === 'object' && !('kind' in first)) return { kind: 'element', tag, attrs: first, children: others as UiNode[] };
  return { kind: 'element', tag, children: rest as UiNode[] };
}

export const banner = (props: Props<BannerNode> = {}): BannerNode => ({ kind: 'banner', ...props });
export const preferences = (props: Props<PreferencesNode> = {}): PreferencesNode => ({ kind: 'preferences', ...props });
export const settingsButton = (props: Props<SettingsButtonNode> = {}): SettingsButtonNode => ({ kind: 'settingsButton', ...props });
export const embed = (props: Props<EmbedNode>): EmbedNode => ({ kind: 'embed', ...props });
export const declaration = (props: Props<DeclarationNode> = {}): DeclarationNode => ({ kind: 'declaration', ...props });
export const state = (text: StateNode['text']): StateNode => ({ kind: 'state', text });
export const uiState = (expose: UiStateNode['expose']): UiStateNode => ({ kind: 'uiState', expose });
export const managerProbe = (props: Props<ManagerProbeNode>): ManagerProbeNode => ({ kind: 'managerProbe', ...props });

/** `gate({ category: 'advertising' }, [el('p', 'ads on')], [el('p', 'ads off')])`. */
export function gate(on: { category: string } | { service: string }, children: UiNode[], fallback?: UiNode[]): GateNode {
  return { kind: 'gate', ...on, children, ...(fallback ? { fallback } : {}) };
}

/** `consent(['analytics'], ([a]) => `analytics ${a ? 'on' : 'off'}`)`. */
export function consent(ids: string[], text: ConsentNode['text'], onRender?: () => void): ConsentNode {
  return { kind: 'consent', ids, text, ...(onRender ? { onRender } : {}) };
}

/**
 * The demo's layout: the page content in `<main>` (default: a link named "Page link"), then the
 * banner, the preferences and a footer with the "Cookie settings" control.
 */
export function layout(main: UiNode[] = [el('a', { href: '#top' }, 'Page link')]): UiNode[] {
  return [el('main', ...main), banner(), preferences(), el('footer', settingsButton())];
}
