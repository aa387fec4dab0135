import { SCRIPT_SELECTOR, consentIdOf } from './gatedElements';

/** Placeholders already claimed for activation on this page: each runs at most once per page load. */
const claimed = new WeakSet<Element>();
/** How long an inline script waits for an external one before it that never settles (ms). */
const LOAD_TIMEOUT_MS = 10_000;

/**
 * Activates consented `<script type="text/plain" data-category|data-service>` placeholders:
 * - each runs exactly once per page load (re-saving, accepting twice or remounting never re-runs it);
 * - non-async scripts run in document order: externals download in parallel but execute in
 *   order, and an inline script waits until every earlier external one has loaded or failed;
 * - `async` externals neither wait nor block;
 * - every original attribute is kept (`async`, `defer`, `integrity`, `crossorigin`,
 *   `referrerpolicy`, `data-*`) and none added; `nonce` is copied from the property (browsers
 *   hide it from `getAttribute`); `data-type="module"` becomes `type="module"`.
 *
 * @returns A function that activates every allowed placeholder now in the document.
 */
export function createScriptActivator(doc: Document, isAllowed: (id: string) => boolean): { activate(): number; ranIds: Set<string> } {
  let tail: Promise<unknown> = Promise.resolve();
  let pendingLoads: Promise<unknown>[] = [];
  const ranIds = new Set<string>();

  const build = (placeholder: HTMLScriptElement): HTMLScriptElement => {
    const script = doc.createElement('script');
    for (const attr of Array.from(placeholder.attributes)) {
      if (attr.name === 'type' || attr.name === 'nonce') continue;
      script.setAttribute(attr.name, attr.value);
    }
    const type = placeholder.getAttribute('data-type');
    if (type) script.setAttribute('type', type);
    const nonce = placeholder.nonce || placeholder.getAttribute('nonce');
    if (nonce) script.nonce = nonce;
    if (!placeholder.src) script.text = placeholder.text;
    // Dynamically inserted scripts are async unless told otherwise; keep document order (no attribute is added).
    else if (!placeholder.hasAttribute('async')) script.async = false;
    return script;
  };

  const settle = (script: HTMLScriptElement): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => resolve();
      script.addEventListener('load', done, { once: true });
      script.addEventListener('error', done, { once: true });
      setTimeout(done, LOAD_TIMEOUT_MS);
    });

  const insert = (placeholder: HTMLScriptElement): HTMLScriptElement => {
    const script = build(placeholder);
    const id = consentIdOf(placeholder);
    if (id) ranIds.add(id);
    const category = placeholder.getAttribute('data-category');
    if (category) ranIds.add(category);
    if (placeholder.isConnected) placeholder.replaceWith(script);
    else doc.head.appendChild(script);
    return script;
  };

  const activate = (): number => {
    let count = 0;
    for (const el of Array.from(doc.querySelectorAll<HTMLScriptElement>(SCRIPT_SELECTOR))) {
      const id = consentIdOf(el);
      if (claimed.has(el) || !id || !isAllowed(id)) continue;
      claimed.add(el);
      count++;
      if (el.src && el.hasAttribute('async')) {
        insert(el);
        continue;
      }
      tail = tail.then(() => {
        if (el.src) {
          pendingLoads.push(settle(insert(el)));
          return undefined;
        }
        const waits = pendingLoads;
        pendingLoads = [];
        return Promise.all(waits).then(() => {
          insert(el);
        });
      });
    }
    return count;
  };

  return { activate, ranIds };
}
