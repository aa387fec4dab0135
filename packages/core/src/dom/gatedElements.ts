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
 * @remarks DESIGN.md (markup convention); R5: COMPLIANCE.md (choice per category and per service).
 */
export function consentIdOf(el: Element): string | null {
  const { service, category } = (el as HTMLElement).dataset;
  return service || category || null;
}

/** Selector of inert `<script type="text/plain">` placeholders (DESIGN.md markup convention). */
export const SCRIPT_SELECTOR = 'script[type="text/plain"][data-category],script[type="text/plain"][data-service]';

/** Selector of embeds waiting for consent: `<iframe|img|video|audio|source data-src data-category|data-service>`. */
export const EMBED_SELECTOR =
  'iframe[data-src][data-category],iframe[data-src][data-service],img[data-src][data-category],img[data-src][data-service],video[data-src][data-category],video[data-src][data-service],audio[data-src][data-category],audio[data-src][data-service],source[data-src][data-category],source[data-src][data-service]';
