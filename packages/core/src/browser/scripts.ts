import { SCRIPT_SELECTOR, consentIdOf } from './gatedElements';

/**
 * Marks a placeholder as claimed for activation. A registered symbol (not an attribute, not a
 * module-local set) so two copies of the bundle on one page still run each placeholder once.
 */
const CLAIMED: unique symbol = /* @__PURE__ */ Symbol.for('@introw/consent:claimed') as never;
/** How long an inline script waits for an earlier external one that neither loads nor fails (ms). */
const LOAD_TIMEOUT_MS = 10_000;

type Claimable = HTMLScriptElement & { [CLAIMED]?: boolean };
/** A claimed placeholder waiting for its turn, with the activator that claimed it. */
type Queued = [placeholder: Claimable, id: string, isAllowed: (id: string) => boolean, onError: (error: unknown) => void];

/**
 * The page's activation state: survives remounts and is shared by every manager on the page
 * (a page has one document per JavaScript realm).
 */
/** Claimed non-async placeholders in claim (document) order; `next` is the first not yet handled. */
let queue: Queued[] = [];
let next = 0;
/** A drain is scheduled or waiting for external scripts. */
let busy = false;
/** Settling of the ordered external scripts inserted since the last inline one. */
let pending: Promise<void>[] = [];
/** Consent ids (the `data-service`, else the `data-category`) of scripts that ran on this page. */
const ran = new Set<string>();

/** The executable copies this library inserted (the MutationObserver skips them). */
export const ownScripts = new WeakSet<Element>();

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
 * @remarks R1, R13: docs/rules.md; DESIGN.md (works under a strict CSP: nonce passed on).
 */
export function activatedScript(doc: Document, placeholder: HTMLScriptElement): HTMLScriptElement {
  const script = doc.createElement('script');
  const nonce = placeholder.nonce || placeholder.getAttribute('nonce');
  for (const { name, value } of Array.from(placeholder.attributes)) if (name !== 'type') script.setAttribute(name, name === 'nonce' ? nonce! : value);
  const type = placeholder.getAttribute('data-type');
  if (type) script.type = type;
  if (nonce) script.nonce = nonce;
  if (!placeholder.hasAttribute('async')) script.async = false;
  script.text = placeholder.text;
  return script;
}

/**
 * The nonce the page's own scripts carry: the first executable `<script>` in document order
 * whose `nonce` is set (the `<head>` comes before any markup injected into the body), or
 * `undefined` when the page uses none. Read from the property: browsers hide the attribute.
 *
 * @param doc - The page's document.
 * @example
 * ```ts
 * pageNonce(document); // 'r4nd0m' under `script-src 'nonce-r4nd0m'`
 * ```
 * @remarks The core README's "Security model" (gating under a strict CSP).
 */
export function pageNonce(doc: Document): string | undefined {
  for (const script of Array.from(doc.scripts)) if (script.nonce && script.type !== 'text/plain') return script.nonce;
  return undefined;
}

/** Resolves when the script loads or fails, or after {@link LOAD_TIMEOUT_MS}. */
const settled = (script: HTMLScriptElement): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, LOAD_TIMEOUT_MS);
    script.addEventListener('load', done);
    script.addEventListener('error', done);
  });

/** Inserts the copy if consent still holds (otherwise releases the claim); returns it. */
const insert = ([placeholder, id, allowed, fail]: Queued): HTMLScriptElement | undefined => {
  const doc = placeholder.ownerDocument;
  try {
    if (!allowed(id)) {
      placeholder[CLAIMED] = false;
      return;
    }
    const script = activatedScript(doc, placeholder);
    ownScripts.add(script);
    ran.add(id);
    if (placeholder.isConnected && placeholder.parentNode) placeholder.parentNode.insertBefore(script, placeholder.nextSibling);
    else (doc.head ?? doc.documentElement).appendChild(script);
    return script;
  } catch (error) {
    fail(error);
  }
};

/** Runs the queue in order; an inline script after unsettled externals waits for them. */
const drain = (): void => {
  while (next < queue.length) {
    const entry = queue[next]!;
    const external = entry[0].hasAttribute('src');
    if (!external && pending.length) {
      void Promise.all(pending).then(drain);
      pending = [];
      return;
    }
    next++;
    const script = insert(entry);
    if (script && external) pending.push(settled(script));
  }
  queue = [];
  next = 0;
  busy = false;
};

/**
 * Activates consented `<script type="text/plain" data-category|data-service>` placeholders:
 * - each runs at most once per page load: re-saving, accepting twice, remounting or a second
 *   manager never runs it again; the placeholder stays in place (frameworks own that node)
 *   and the executable copy is inserted right after it;
 * - non-async scripts run in document order, from one microtask after `activate()` (at once
 *   with `activate(true)`): externals download in parallel and execute in order, and an
 *   inline script waits until every earlier external one has loaded or failed (a 404 fails at
 *   once; one that never settles is waited for at most 10 s);
 * - `async` externals are inserted at once: they neither wait nor block;
 * - a placeholder whose consent is withdrawn before its turn does not run (and may run later);
 * - with a `nonce` (the page's CSP nonce), only placeholders carrying that nonce are trusted:
 *   markup injected into the page (which cannot know the nonce) never becomes a running script
 *   through us, whatever category it claims; under `'strict-dynamic'` that is what stops the
 *   activator from being a script gadget.
 *
 * Limitation: an inline `data-type="module"` script fires no `load` event, so a later inline
 * classic script does not wait for it (later externals and modules still run after it).
 *
 * @param doc - The page's document.
 * @param isAllowed - Whether a consent id (service or category) is granted now.
 * @param onError - Called when inserting a script throws.
 * @param nonce - The page's CSP nonce ({@link pageNonce}); placeholders without it are ignored.
 * @returns `activate(now?)`, which claims every allowed placeholder now in the document, starts
 *   running them (`now`: in this call rather than in a microtask) and returns how many, and `ranIds`, the consent ids whose scripts ran on this page (a live view: a
 *   withdrawal of one of them needs a reload to take full effect, R13).
 * @example
 * ```ts
 * const { activate } = createScriptActivator(document, (id) => consent.hasConsent(id));
 * activate();
 * ```
 * @remarks R1, R13: docs/rules.md.
 */
export function createScriptActivator(
  doc: Document,
  isAllowed: (id: string) => boolean,
  onError: (error: unknown) => void = () => {},
  nonce?: string,
): { activate(now?: boolean): number; ranIds: ReadonlySet<string> } {
  const activate = (now?: boolean): number => {
    let count = 0;
    for (const el of Array.from(doc.querySelectorAll<Claimable>(SCRIPT_SELECTOR))) {
      const id = consentIdOf(el);
      if (el[CLAIMED] || !id || (nonce && el.nonce !== nonce) || !isAllowed(id)) continue;
      el[CLAIMED] = true;
      count++;
      const entry: Queued = [el, id, isAllowed, onError];
      if (el.hasAttribute('async') && el.hasAttribute('src')) insert(entry);
      else queue.push(entry);
    }
    if (!busy && queue.length) {
      busy = true;
      if (now) drain();
      else queueMicrotask(drain);
    }
    return count;
  };

  return { activate, ranIds: ran };
}
