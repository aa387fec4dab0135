/** Where the first layer sits: a bar along the bottom, a box in a corner, or a box in the centre. */
export type ConsentLayout = 'bar' | 'corner' | 'center';
/** The colour scheme: `light` (default), `dark`, or `auto` (the visitor's system setting). */
export type ConsentTheme = 'light' | 'dark' | 'auto';

/** How the banner and dialog look; every renderer takes these options. */
export interface ConsentAppearance {
  /** Default `bar`. */
  layout?: ConsentLayout;
  /** Default `light`. */
  theme?: ConsentTheme;
}

const LAYOUTS: readonly string[] = ['bar', 'corner', 'center'];
const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/**
 * The attributes that carry the appearance to the stylesheet, for the root of the banner and of the
 * dialog in every renderer: `data-ic-layout` and `data-ic-theme`. Unknown values fall back to the
 * defaults (`bar`, `light`), so a typo never leaves the banner unstyled.
 *
 * @param appearance - `{ layout?, theme? }`.
 * @returns `{ 'data-ic-layout': 'bar' | 'corner' | 'center', 'data-ic-theme': 'light' | 'dark' | 'auto' }`.
 * @example
 * ```ts
 * appearanceAttributes({ layout: 'corner', theme: 'auto' }); // { 'data-ic-layout': 'corner', 'data-ic-theme': 'auto' }
 * ```
 * @remarks R3 (every layout keeps Accept and Reject equal), R26: docs/rules.md.
 */
export function appearanceAttributes(appearance: ConsentAppearance = {}): { 'data-ic-layout': ConsentLayout; 'data-ic-theme': ConsentTheme } {
  const { layout, theme } = appearance;
  return {
    'data-ic-layout': (layout && LAYOUTS.includes(layout) ? layout : 'bar') as ConsentLayout,
    'data-ic-theme': (theme && THEMES.includes(theme) ? theme : 'light') as ConsentTheme,
  };
}
