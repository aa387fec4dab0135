// The vendor tags of Introw's site, written once (vendor-tags.html) and put into the <head> of
// the React and Vue demos by Vite, where a site would paste them by hand.
import { readFileSync } from 'node:fs';

const tags = readFileSync(new URL('./vendor-tags.html', import.meta.url), 'utf8');

/**
 * A Vite plugin that inserts Introw's inert vendor tags (`<script type="text/plain"
 * data-category ...>`: GA4, HubSpot, Hotjar, Segment, Google Ads) at the end of `<head>`.
 *
 * @returns A Vite plugin object.
 * @example
 * ```js
 * export default defineConfig({ plugins: [react(), introwVendorTags()] });
 * ```
 */
export function introwVendorTags() {
  return {
    name: 'introw-vendor-tags',
    // Before the last </head>, spliced (not String.replace, which would read `$` patterns in the tags).
    transformIndexHtml: (html) => {
      const at = html.lastIndexOf('</head>');
      return at < 0 ? html : `${html.slice(0, at)}  ${tags.trim()}\n  ${html.slice(at)}`;
    },
  };
}
