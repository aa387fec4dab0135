import { SCRIPT_SELECTOR, consentIdOf } from './gatedElements';

/**
 * Marks a placeholder as claimed for activation. A registered symbol (not an attribute, not a
 * module-local set) so two copies of the bundle on one page still run each placeholder once.
 */
const CLAIMED = Symbol.for('@introw/consent:claimed');
/** How long an inline script waits for an earlier external one that neither loads nor fails (ms). */
const LOAD_TIMEOUT_MS = 10_000;

/** Per-document activation state: survives remounts and is shared by every manager on the page. */
interface PageScripts {
  /** The ordered (non-async) scripts, one after the other. */
  tail: Promise<void>;
  /** Settling of the ordered external scripts inserted since the last inline one. */
  pending: Promise<void>[];
  /** Consent ids (the `data-service`, else the `data-category`) of scripts that ran on this page. */
  ran: Set<string>;
}
const pages = new WeakMap<Document, PageScripts>();

function pageScripts(doc: Document): PageScripts {
  let page = pages.get(doc);
  if (!page) pages.set(doc, (page = { tail: Promise.resolve(), pending: [], ran: new Set() }));
  return page;
}

type Claimable = HTMLScriptElement & { [CLAIMED]?: boolean };

/**
 * The consent ids whose gated scripts already ran in this document: a withdrawal of one of
 * them needs a reload to take full effect (R13).
 *
 * @param doc - The page's document.
 * @returns A live, read-only view.
 * @example
 * ```ts
 * if (ranScriptIds(document).has('hotjar')) location.reload();
 * ```
 * @remarks R13: COMPLIANCE.md.
 */
export function ranScriptIds(doc: Document): ReadonlySet<string> {
  return pageScripts(doc).ran;
}

/**
 * Builds the executable copy of a `<script type="text/plain">` placeholder. Every attribute is
 * kept except `type`, which becomes `data-type` when given (`data-type="module"` runs as a
 * module) and is dropped otherwise (a classic script); no attribute is added. The nonce is read
 * from the property (browsers blank the attribute after parsing under a CSP) and set both as
 * attribute (only when the placeholder had one) and as property. Non-async scripts get
 * `async = false`, which orders dynamically inserted scripts without adding an attribute.
 *
 * @param doc - The document that creates the element.
 * @param placeholder - The inert `<script type="text/plain">`.
 * @returns A new, not yet inserted `<script>`.
 * @example
 * ```ts
 * placeholder.after(activatedScript(document, placeholder));
 * ```
 * @remarks R1, R13: COMPLIANCE.md; DESIGN.md (works under a strict CSP: nonce passed on).
 */
export function activatedScript(doc: Document, placeholder: HTMLScriptElement): HTMLScriptElement {
  const script = doc.createElement('script');
  for (const attr of Array.from(placeholder.attributes)) {
    if (attr.name === 'type' || attr.name === 'nonce') continue;
    script.setAttribute(attr.name, attr.value);
  }
  const type = placeholder.getAttribute('data-type');
  if (type) script.setAttribute('type', type);
  const nonce = placeholder.nonce || placeholder.getAttribute('nonce') || '';
  if (placeholder.hasAttribute('nonce')) script.setAttribute('nonce', nonce);
  if (nonce) script.nonce = nonce;
  if (!placeholder.hasAttribute('async')) script.async = false;
  script.text = placeholder.text;
  return script;
}

/**
 * Activates consented `<script type="text/plain" data-category|data-service>` placeholders:
 * - each runs at most once per page load: re-saving, accepting twice, remounting or a second
 *   manager never runs it again; the placeholder stays in place (frameworks own that node)
 *   and the executable copy is inserted right after it;
 * - non-async scripts run in document order: externals download in parallel and execute in
 *   order, and an inline script waits until every earlier external one has loaded or failed
 *   (a 404 fails at once; one that never settles is waited for at most 10 s);
 * - `async` externals are inserted at once: they neither wait nor block;
 * - a placeholder whose consent is withdrawn before its turn does not run (and may run later).
 *
 * Limitation: an inline `data-type="module"` script fires no `load` event, so a later inline
 * classic script does not wait for it (later externals and modules still run after it).
 *
 * @param doc - The page's document.
 * @param isAllowed - Whether a consent id (service or category) is granted now.
 * @param onError - Called when inserting a script throws.
 * @returns `activate()`, which claims every allowed placeholder now in the document and returns how many.
 * @example
 * ```ts
 * const { activate } = createScriptActivator(document, (id) => consent.hasConsent(id));
 * activate();
 * ```
 * @remarks R1, R13: COMPLIANCE.md.
 */
export function createScriptActivator(
  doc: Document,
  isAllowed: (id: string) => boolean,
  onError: (error: unknown) => void = () => {},
): { activate(): number; ranIds: ReadonlySet<string> } {
  const page = pageScripts(doc);

  const settle = (script: HTMLScriptElement): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(done, LOAD_TIMEOUT_MS);
      function done(): void {
        clearTimeout(timer);
        script.removeEventListener('load', done);
        script.removeEventListener('error', done);
        resolve();
      }
      script.addEventListener('load', done);
      script.addEventListener('error', done);
    });

  /** Inserts the copy if consent still holds; otherwise releases the claim. */
  const insert = (placeholder: Claimable, id: string): HTMLScriptElement | null => {
    if (!isAllowed(id)) {
      placeholder[CLAIMED] = false;
      return null;
    }
    const script = activatedScript(doc, placeholder);
    page.ran.add(id);
    if (placeholder.isConnected && placeholder.parentNode) placeholder.parentNode.insertBefore(script, placeholder.nextSibling);
    else (doc.head ?? doc.documentElement).appendChild(script);
    return script;
  };

  const guarded = (fn: () => void | Promise<void>) => (): void | Promise<void> => {
    try {
      return Promise.resolve(fn()).catch(onError);
    } catch (error) {
      onError(error);
    }
  };

  const activate = (): number => {
    let count = 0;
    for (const el of Array.from(doc.querySelectorAll<Claimable>(SCRIPT_SELECTOR))) {
      const id = consentIdOf(el);
      if (el[CLAIMED] || !id || !isAllowed(id)) continue;
      el[CLAIMED] = true;
      count++;
      const external = el.hasAttribute('src');
      if (external && el.hasAttribute('async')) {
        guarded(() => {
          insert(el, id);
        })();
        continue;
      }
      page.tail = page.tail.then(
        guarded(() => {
          if (external) {
            const script = insert(el, id);
            if (script) page.pending.push(settle(script));
            return;
          }
          const waits = page.pending;
          page.pending = [];
          return Promise.all(waits).then(() => {
            insert(el, id);
          });
        }),
      ) as Promise<void>;
    }
    return count;
  };

  return { activate, ranIds: page.ran };
}
