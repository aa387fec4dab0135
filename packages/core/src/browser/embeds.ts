import { EMBED_SELECTOR, consentIdOf } from './gatedElements';
import { warnOnce } from '../dev/warnOnce';

/** Elements whose `src` we set from `data-src`, with the URL we set: only these are unloaded on withdrawal. */
const loadedByUs = new WeakMap<Element, string>();

/**
 * Whether a `data-src` value may become a `src`: a non-empty URL that resolves to `http:` or
 * `https:`. `javascript:`, `data:`, `blob:`, `file:` and unparsable values stay blocked.
 *
 * @param url - The `data-src` value, absolute or relative.
 * @param base - The base URL to resolve it against (`document.baseURI`).
 * @returns True only for http(s). Never throws.
 * @example
 * ```ts
 * isLoadableUrl('javascript:alert(1)', location.href); // false
 * isLoadableUrl('/embed/1', 'https://www.introw.io/'); // true
 * ```
 * @remarks R1: docs/rules.md (nothing loads before consent, and nothing but a web page then).
 */
export function isLoadableUrl(url: string, base: string): boolean {
  try {
    return !!url.trim() && /^https?:$/.test(new URL(url, base).protocol);
  } catch {
    return false;
  }
}

/** Media elements reload what they show through `load()`; a `<source>` through its parent. */
function reloadMedia(el: Element): void {
  ((/^(VIDEO|AUDIO)$/.test(el.tagName) ? el : el.tagName === 'SOURCE' ? el.parentElement : null) as HTMLMediaElement | null)?.load?.();
}

function unload(el: Element): void {
  loadedByUs.delete(el);
  // Removing an iframe's src navigates it to about:blank (HTML "process the iframe attributes");
  // media elements need load() to drop what they fetched.
  el.removeAttribute('src');
  reloadMedia(el);
}

/**
 * Loads consented embeds (`<iframe|img|video|audio|source data-src data-category|data-service>`)
 * by copying `data-src` to `src`, follows later changes of `data-src`, and unloads them again
 * when consent is withdrawn (the `src` attribute is removed; an iframe then shows
 * `about:blank`, media elements are reset). Only http(s) URLs are ever set; anything else
 * stays blocked with a (dev) warning. On withdrawal only a `src` this function set is removed.
 *
 * @param doc - The page's document.
 * @param isAllowed - Whether a consent id (service or category) is granted now.
 * @example
 * ```ts
 * syncEmbeds(document, (id) => consent.hasConsent(id));
 * ```
 * @remarks R1, R13: docs/rules.md.
 */
export function syncEmbeds(doc: Document, isAllowed: (id: string) => boolean): void {
  for (const el of Array.from(doc.querySelectorAll(EMBED_SELECTOR))) {
    const id = consentIdOf(el);
    if (!id) continue;
    const url = el.getAttribute('data-src') ?? '';
    const ours = loadedByUs.get(el);
    const allowed = isAllowed(id);
    if (allowed && ours === url && el.getAttribute('src') === url) continue;
    if (!allowed || !isLoadableUrl(url, doc.baseURI)) {
      if (process.env.NODE_ENV !== 'production' && allowed) {
        warnOnce(`Blocked data-src "${url.slice(0, 80)}" on <${el.tagName.toLowerCase()}>: only http(s) URLs are loaded.`);
      }
      if (ours !== undefined) unload(el);
      continue;
    }
    loadedByUs.set(el, url);
    el.setAttribute('src', url);
    if (el.tagName === 'SOURCE') reloadMedia(el);
  }
}
