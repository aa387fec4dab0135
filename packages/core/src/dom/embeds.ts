import { EMBED_SELECTOR, consentIdOf } from './gatedElements';
import { warnOnce } from '../env';

/** Elements whose `src` we set from `data-src`: only these are unloaded on withdrawal. */
const loadedByUs = new WeakSet<Element>();

/** Only `http:` and `https:` URLs are ever loaded; `javascript:`, `data:` and the rest stay blocked. */
export function isLoadableUrl(url: string, base: string): boolean {
  try {
    const protocol = new URL(url, base).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Loads consented embeds (`<iframe|img|video|audio|source data-src data-category|data-service>`)
 * by copying `data-src` to `src`, and unloads them again when consent is withdrawn (an iframe
 * is replaced by a copy without `src`, since removing the attribute does not unload it).
 */
export function syncEmbeds(doc: Document, isAllowed: (id: string) => boolean): void {
  for (const el of Array.from(doc.querySelectorAll(EMBED_SELECTOR))) {
    const id = consentIdOf(el)!;
    const url = el.getAttribute('data-src')!;
    if (isAllowed(id)) {
      if (loadedByUs.has(el)) continue;
      if (!isLoadableUrl(url, doc.baseURI)) {
        warnOnce(`Blocked data-src "${url.slice(0, 80)}": only http(s) URLs are loaded.`);
        continue;
      }
      loadedByUs.add(el);
      el.setAttribute('src', url);
      if (el.tagName === 'SOURCE') (el.parentElement as HTMLMediaElement | null)?.load?.();
    } else if (loadedByUs.has(el)) {
      loadedByUs.delete(el);
      if (el.tagName === 'IFRAME') {
        const copy = el.cloneNode(true) as Element;
        copy.removeAttribute('src');
        el.replaceWith(copy);
      } else {
        el.removeAttribute('src');
        if (el.tagName === 'SOURCE') (el.parentElement as HTMLMediaElement | null)?.load?.();
      }
    }
  }
}
