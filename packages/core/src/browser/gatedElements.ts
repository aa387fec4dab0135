/**
 * Which consent id a gated element waits for: `data-service` when present (a single vendor),
 * else `data-category`. Elements naming neither are not gated by us.
 *
 * @param el - A placeholder script or an embed.
 * @returns The service or category id, or `null`.
 * @example
 * ```ts
 * consentIdOf(document.querySelector('[data-service="hotjar"]')!); // 'hotjar'
 * ```
 * @remarks DESIGN.md (markup convention); R5: docs/rules.md (choice per category and per service).
 */
export function consentIdOf(el: Element): string | null {
  // Attributes, not `dataset`: a missing `data-*` must not fall through to a polluted prototype.
  return el.getAttribute('data-service') || el.getAttribute('data-category') || null;
}

/** Selector of inert `<script type="text/plain">` placeholders (DESIGN.md markup convention). */
export const SCRIPT_SELECTOR = 'script[type="text/plain"]:is([data-category],[data-service])';

/** Selector of embeds waiting for consent: `<iframe|img|video|audio|source data-src data-category|data-service>`. */
export const EMBED_SELECTOR = ':is(iframe,img,video,audio,source)[data-src]:is([data-category],[data-service])';
