/**
 * The markup hooks a page writes, which need no JavaScript of the site's own (selectors):
 * - `<button data-ic-open-preferences></button>` (or any element): opens the preferences (R12);
 * - `<iframe data-src data-category [data-service] title>`: a gated embed with a placeholder;
 * - `<div data-ic-declaration [data-ic-caption]></div>`: receives the cookie table.
 */
export const OPENER_SELECTOR = '[data-ic-open-preferences]';
export const EMBED_SELECTOR = 'iframe[data-src][data-category]';
export const DECLARATION_SELECTOR = '[data-ic-declaration]';
