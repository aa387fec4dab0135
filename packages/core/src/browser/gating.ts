import type { ConsentState } from '../config/types';
import type { ConsentChangeEvent } from '../manager/types';
import type { Withdrawals } from './withdrawals';
import type { BrowserContext } from './context';
import { diffGrants, isGranted } from '../manager/state';
import { startCrossTab } from './crossTab';
import { advancedModeServices } from '../consentMode/mapping';
import { markerEntries, markerKey } from './context';
import { onDemand } from './onDemand';
import { createScriptActivator, ownScripts, pageNonce } from './scripts';
import { syncEmbeds } from './embeds';
import { EMBED_SELECTOR, SCRIPT_SELECTOR } from './gatedElements';

/**
 * The live browser side, loaded on demand by `mount()`: cross-tab sync; the `onGrant` hooks of
 * services granted at mount (once per page); consented scripts and embeds now, on every change and
 * for elements added later (mutation observer); the `onRevoke` hooks and embed unloading on every
 * withdrawal; a re-read after the back/forward cache; and the on-demand withdrawal module
 * (sweeps, reload, marker, lapse). What changed since `base` (while this chunk was loading) is
 * handled as if it had been running.
 *
 * @param ctx - The manager's browser context.
 * @param doc - The page's document.
 * @param base - The snapshot when the page mounted.
 * @returns The stop function, and `post` for the cross-tab message of a decision.
 */
export function startGating(ctx: BrowserContext, doc: Document, base: ConsentState): { stop(): void; post(value: string | null): void } {
  const { platform, model, store, events } = ctx;
  // Consent Mode's advanced mode: Google's tags load before consent, with everything denied (R18).
  const early = advancedModeServices(model.config);
  const has = (id: string): boolean => early.has(id) || isGranted(store.getSnapshot(), id);
  const isService = (id: string): boolean => model.serviceCategory.has(id);
  const scripts = createScriptActivator(doc, has, (error) => events.fail('gating', error), ctx.nonce ?? pageNonce(doc));

  const runHook = (id: string, hook: 'onGrant' | 'onRevoke'): void => {
    model.hooksRan[hook === 'onGrant' ? 'add' : 'delete'](id);
    try {
      model.services[id]![hook]?.({ serviceId: id, categoryId: model.serviceCategory.get(id)! });
    } catch (error) {
      events.fail('hook', error);
    }
  };
  // Consented scripts start at once, before anything else a change does.
  const sync = (): void => {
    try {
      scripts.activate(true);
      syncEmbeds(doc, has);
    } catch (error) {
      events.fail('gating', error);
    }
  };

  const channel = ctx.crossTab ? startCrossTab(ctx) : null;
  const grantedAtMount = model.optional.filter((id) => isGranted(base, id)).sort();
  /** What this page view granted: at mount, and by its decisions since (see markGranted). */
  const grantedHere = new Set(grantedAtMount);
  for (const id of grantedAtMount) if (isService(id) && !model.hooksRan.has(id)) runHook(id, 'onGrant');
  sync();

  // The withdrawal module: loaded when there is something to withdraw, sweep or time.
  let stopped = false;
  const module = onDemand(() =>
    import('./withdrawals')
      .then(({ startWithdrawals }) => (stopped ? undefined : startWithdrawals(ctx, doc, [...grantedHere].sort())))
      .catch((error: unknown) => {
        // Offline, or a chunk removed by a deploy: say so once; the next change tries again.
        events.fail('module', error);
        throw error;
      }),
  );
  const withWithdrawals = (task?: (w: Withdrawals) => void, onFailure?: () => void): void => {
    const loaded = module.loaded();
    if (loaded) task?.(loaded);
    else
      module.get().then(
        (w) => w && task?.(w),
        () => stopped || onFailure?.(),
      );
  };
  // At idle, when a decision stands (its lapse must be timed) or a previous page left a marker
  // (a lapse, a new revision, a withdrawal elsewhere, services to sweep again).
  platform.idle(() => {
    let marker: string | null = null;
    try {
      marker = store.getSnapshot().decided ? '' : platform.marker().getItem(markerKey(model));
    } catch {
      // No localStorage (R30): what a previous page granted is unknown.
    }
    if (!stopped && marker !== null) withWithdrawals();
  });

  // What this page grants goes into the marker before its hooks and scripts run: a page left right
  // after a decision, before the withdrawal module (the marker's owner) arrived, still tells the next
  // page, on any subdomain, what to sweep after a withdrawal (R13, R28). That module rewrites it whole.
  const markGranted = (ids: readonly string[]): void => {
    const optional = ids.filter((id) => !model.required.has(id));
    if (!optional.length) return;
    // Not a previous page's grant when the module starts: a withdrawal on this page reaches it as a change.
    for (const id of optional) grantedHere.add(id);
    try {
      const marker = markerEntries(platform, model);
      const missing = optional.filter((id) => !marker.includes(id));
      if (missing.length) platform.marker().setItem(markerKey(model), JSON.stringify([...marker, ...missing]));
    } catch {
      // No localStorage (R30), or a marker that is not a list: the withdrawal module writes it when it arrives.
    }
  };

  const onChange = ({ granted, revoked }: Pick<ConsentChangeEvent, 'granted' | 'revoked'>): void => {
    markGranted(granted);
    for (const id of granted) if (isService(id)) runHook(id, 'onGrant');
    for (const id of revoked) if (isService(id)) runHook(id, 'onRevoke');
    sync();
    // A Google tag of advanced mode keeps running, with consent denied: no reload for it.
    const needsReload = revoked.some((id) => scripts.ranIds.has(id) && !early.has(id));
    withWithdrawals(
      (w) => w.change(revoked, needsReload),
      // The module could not load: a withdrawn script that ran is still stopped (R13).
      () => needsReload && ctx.reloadOnRevoke && store.getSnapshot().persisted && platform.reload(),
    );
  };
  const offChange = events.on('change', onChange as (event: never) => void);

  // Restored from the back/forward cache: another tab may have decided meanwhile.
  const win = platform.window;
  const onShow = (event: Event): void => {
    if ((event as PageTransitionEvent).persisted) ctx.actions.refresh();
  };
  win?.addEventListener('pageshow', onShow);

  // Scripts and embeds added later, and embeds whose data-src / id changes. Our own script
  // copies are skipped (querySelector on an element without children returns at once).
  const gated = `${SCRIPT_SELECTOR},${EMBED_SELECTOR}`;
  const relevant = (n: Node): boolean =>
    n.nodeType === 1 && !ownScripts.has(n as Element) && ((n as Element).matches(gated) || !!(n as Element).querySelector(gated));
  let scheduled = false;
  const disconnect = platform.observe(
    doc.documentElement,
    (mutations) => {
      if (!scheduled && mutations.some((m) => (m.type === 'attributes' ? (m.target as Element).matches(EMBED_SELECTOR) : [...m.addedNodes].some(relevant)))) {
        scheduled = true;
        queueMicrotask(() => {
          scheduled = false;
          sync();
        });
      }
    },
    { childList: true, subtree: true, attributes: true, attributeFilter: ['data-src', 'data-category', 'data-service'] },
  );

  // A decision made while this chunk was loading: handled as if gating had been running.
  const pending = diffGrants(base, store.getSnapshot());
  if (pending.granted.length || pending.revoked.length) onChange(pending);

  return {
    stop() {
      offChange();
      stopped = true; // a module still loading does not start
      module.loaded()?.stop();
      disconnect();
      win?.removeEventListener('pageshow', onShow);
      channel?.close();
    },
    post: (value) => channel?.postMessage({ value }),
  };
}
