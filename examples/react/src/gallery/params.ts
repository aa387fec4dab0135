import type { ConsentLayout, ConsentTheme } from '@introw/consent-react';

export const LAYOUTS: readonly ConsentLayout[] = ['bar', 'corner', 'center'];
export const THEMES: readonly ConsentTheme[] = ['light', 'dark', 'auto'];
export const LANGUAGES = ['en', 'nl', 'fr'] as const;

/** What one gallery view shows, read from its query string (`?layout=corner&theme=dark&lang=fr&dir=rtl`). */
export interface ViewParams {
  layout: ConsentLayout;
  theme: ConsentTheme;
  lang: (typeof LANGUAGES)[number];
  dir: 'ltr' | 'rtl';
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

/** The view's parameters, or `null` for the overview (no `layout` in the query). Unknown values fall back to the defaults. */
export function readParams(search: string): ViewParams | null {
  const query = new URLSearchParams(search);
  if (!query.has('layout')) return null;
  return {
    layout: pick(query.get('layout'), LAYOUTS, 'bar'),
    theme: pick(query.get('theme'), THEMES, 'light'),
    lang: pick(query.get('lang'), LANGUAGES, 'en'),
    dir: query.get('dir') === 'rtl' ? 'rtl' : 'ltr',
  };
}

/** The URL of one view. */
export const viewUrl = (layout: ConsentLayout, theme: ConsentTheme): string => `gallery.html?layout=${layout}&theme=${theme}`;

export const LAYOUT_NAMES: Record<ConsentLayout, string> = { bar: 'Bottom bar', corner: 'Corner box', center: 'Centred box' };
export const THEME_NAMES: Record<ConsentTheme, string> = { light: 'light', dark: 'dark', auto: 'auto (follows the system)' };
