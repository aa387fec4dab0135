import type { ConsentManager } from '../createConsentManager';
import type { ConsentModel } from '../model';
import type { ServiceConfig } from '../types';
import { getDocument, getWindow } from '../env';
import { createScriptActivator } from './scripts';
import { syncEmbeds } from './embeds';
import { revokeServices, type RevocationReport } from './revocation';
import { EMBED_SELECTOR, SCRIPT_SELECTOR } from './gatedElements';

/** What {@link startBrowserSide} needs from the manager beyond its public API. */
export interface BrowserSideOptions {
  crossTab: boolean;
  reloadOnRevoke: boolean;
  onRemoteValue(value: string | null): void;
  onRevocation(report: RevocationReport & { needsReload: boolean }): void;
  fail(kind: string, message: string, error?: unknown): void;
}

/** `setTimeout` takes at most 2^31-1 ms (about 24.8 days); longer waits are re-armed. */
const MAX_TIMEOUT_MS = 2_147_483_647;
/** Retry interval when a due lapse did not take (the manager runs on another clock). */
const LAPSE_RETRY_MS = 60_000;

/** Services whose `onGrant` ran for a manager (its model): once per grant, across remounts. */
const grantHooksRun = new WeakMap<ConsentModel, Set<string>>();
/** Documents that are already reloading because of a withdrawal: reload exactly once. */
const reloading = new WeakSet<Document>();

/**
 * The web-storage key (localStorage) where mount keeps the ids granted on the last page view,
 * so that the next page can tell what a lapse, a revision change or another subdomain's
 * withdrawal took away. Written only while something non-required is granted; strictly
 * necessary (it only serves the withdrawal).
 *
 * @param model - The manager's model (the key derives from the consent cookie name).
 * @returns e.g. `introw_consent:granted`.
 * @example
 * ```ts
 * localStorage.getItem(grantedMarkerKey(model)); // '["analytics","googleAnalytics"]'
 * ```
 * @remarks R13: COMPLIANCE.md (a lapsed decision is a withdrawal of what it granted).
 */
export function grantedMarkerKey(model: ConsentModel): string {
  return `${model.cookieName}:granted`;
}

function grantedIds(manager: ConsentManager, model: ConsentModel): string[] {
  const s = manager.getSnapshot();
  const cats = s.categories as Record<string, boolean>;
  const svcs = s.services as Record<string, boolean>;
  return [
    ...model.categoryIds.filter((id) => !model.requiredCategories.has(id) && cats[id] === true),
    ...model.serviceIds.filter((id) => !model.requiredCategories.has(model.serviceCategory.get(id)!) && svcs[id] === true),
  ].sort();
}

/**
 * Starts everything the browser does for a manager, in this order:
 * 1. what a previous page granted and this one does not (lapse, new revision, a withdrawal in
 *    another subdomain) is swept at once (`revocation` event with `trigger: 'load'`; no hooks,
 *    since those vendors' scripts are not on this page);
 * 2. `onGrant` of granted services (once per page, across remounts);
 * 3. consented scripts and embeds are activated, now and on every change, also for elements
 *    added later (MutationObserver, attribute changes of `data-src`);
 * 4. on every granted -> denied change (a choice, `reset()`, a lapse, another tab): `onRevoke`
 *    hooks, embeds unloaded, cookies and storage keys swept, a `revocation` event, and when a
 *    withdrawn script already ran: a reload (`reloadOnRevoke`, once) or `needsReload: true`;
 * 5. a timer (and `visibilitychange` / `pageshow`) notices when the decision lapses while the
 *    page is open;
 * 6. decisions are shared across tabs (BroadcastChannel).
 * Google Consent Mode is attached by the manager itself at creation (it must precede this).
 * On a server (no `document`) it does nothing.
 *
 * @param manager - The manager to drive.
 * @param model - Its model.
 * @param options - Wiring from the manager (events, reload option, cross-tab).
 * @returns `stop()` (detaches listeners; scripts that ran stay) and the cross-tab channel.
 * @example
 * ```ts
 * const { stop } = startBrowserSide(manager, model, options); // inside manager.mount()
 * ```
 * @remarks R1, R12, R13, R20, R27, R28, R32: COMPLIANCE.md.
 */
export function startBrowserSide(
  manager: ConsentManager,
  model: ConsentModel,
  options: BrowserSideOptions,
): { stop(): void; channel: { post(value: string | null): void } | null } {
  const doc = getDocument();
  const win = getWindow();
  if (!doc || !win) return { stop: () => {}, channel: null };

  const allowed = (id: string): boolean => manager.hasConsent(id);
  const scripts = createScriptActivator(doc, allowed, (error) => options.fail('gating', 'Activating a gated script failed', error));
  const services = (model.config.services ?? {}) as Record<string, ServiceConfig>;
  const markerKey = grantedMarkerKey(model);
  let hooksRun = grantHooksRun.get(model);
  if (!hooksRun) grantHooksRun.set(model, (hooksRun = new Set()));
  const grantHooks = hooksRun;

  const runHook = (id: string, hook: 'onGrant' | 'onRevoke'): void => {
    const fn = services[id]?.[hook];
    if (hook === 'onGrant') grantHooks.add(id);
    else grantHooks.delete(id);
    if (!fn) return;
    try {
      fn({ serviceId: id, categoryId: model.serviceCategory.get(id)! });
    } catch (error) {
      options.fail('hook', `${hook} of service "${id}" threw`, error);
    }
  };

  const sync = (): void => {
    try {
      scripts.activate();
      syncEmbeds(doc, allowed);
    } catch (error) {
      options.fail('gating', 'Activating gated elements failed', error);
    }
  };

  const readMarker = (): string[] => {
    try {
      const raw = win.localStorage.getItem(markerKey);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  let lastMarker: string | null | undefined; // undefined: not written by this mount yet
  const writeMarker = (): void => {
    const ids = grantedIds(manager, model);
    const value = ids.length ? JSON.stringify(ids) : null;
    if (value === lastMarker) return;
    try {
      if (value) win.localStorage.setItem(markerKey, value);
      else win.localStorage.removeItem(markerKey);
      lastMarker = value;
    } catch {
      // No localStorage (R30): a lapse is then only noticed while a page is open.
    }
  };

  const sweep = (revoked: string[], trigger: RevocationReport['trigger'], needsReload: boolean, reload: boolean): void => {
    const revokedServices = revoked.filter((id) => services[id]);
    const result = revokeServices(doc, model, revokedServices, [markerKey]);
    options.onRevocation({ trigger, revoked, ...result, reloading: reload, needsReload });
  };

  // 1. What the previous page granted and this one does not.
  const granted = new Set(grantedIds(manager, model));
  const lapsed = readMarker().filter((id) => !granted.has(id) && (services[id] || model.categoryIds.includes(id)));
  if (lapsed.length) sweep(lapsed, 'load', false, false);
  writeMarker();

  // 2, 3. Hooks of services granted when the page starts (once per page), then gated elements.
  for (const id of granted) if (services[id] && !grantHooks.has(id)) runHook(id, 'onGrant');
  sync();

  // 4. Every change.
  const offChange = manager.on('change', ({ granted: nowGranted, revoked }) => {
    for (const id of nowGranted) if (services[id]) runHook(id, 'onGrant');
    for (const id of revoked) if (services[id]) runHook(id, 'onRevoke');
    sync();
    let reload = false;
    if (revoked.length) {
      const needsReload = revoked.some((id) => scripts.ranIds.has(id));
      // Reload only when the withdrawal is stored: a reload would otherwise bring the old choice back.
      reload = needsReload && options.reloadOnRevoke && manager.getSnapshot().persisted && !reloading.has(doc);
      sweep(revoked, 'change', needsReload, reload);
      if (reload) {
        reloading.add(doc);
        // After the current call stack (the record and cross-tab message of this action go first).
        setTimeout(() => win.location.reload(), 0);
      }
    }
    // While reloading, keep the marker: the next page sweeps once more what a still-running
    // script may have written in between.
    if (!reload && !reloading.has(doc)) writeMarker();
    scheduleLapse();
  });

  // 5. A decision that lapses while the page is open.
  let lapseTimer: ReturnType<typeof setTimeout> | undefined;
  const expiresAtMs = (): number | null => {
    const s = manager.getSnapshot();
    return s.decided && s.expiresAt ? Date.parse(s.expiresAt) : null;
  };
  const checkLapse = (): boolean => {
    const at = expiresAtMs();
    if (at === null || at > Date.now()) return false;
    manager.refresh();
    return true;
  };
  function scheduleLapse(delay?: number): void {
    if (lapseTimer !== undefined) clearTimeout(lapseTimer);
    lapseTimer = undefined;
    const at = expiresAtMs();
    if (at === null) return;
    lapseTimer = setTimeout(
      () => {
        lapseTimer = undefined;
        checkLapse(); // a lapse emits `change`, whose handler re-arms (or clears) the timer
        // Still counted although due: the manager runs on another clock; look again later.
        if (lapseTimer === undefined && expiresAtMs() !== null) scheduleLapse((expiresAtMs() ?? 0) <= Date.now() ? LAPSE_RETRY_MS : undefined);
      },
      Math.min(delay ?? Math.max(at - Date.now(), 0) + 50, MAX_TIMEOUT_MS),
    );
  }
  scheduleLapse();
  const onVisibility = (): void => {
    if (doc.visibilityState === 'visible') checkLapse();
  };
  const onPageShow = (event: PageTransitionEvent): void => {
    // Restored from the back/forward cache: another tab may have decided meanwhile.
    if (event.persisted) manager.refresh();
    else checkLapse();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pageshow', onPageShow);

  // 3 (later elements). Scripts and embeds added later, and embeds whose data-src / id changes.
  let scheduled = false;
  const gated = `${SCRIPT_SELECTOR},${EMBED_SELECTOR}`;
  const observer =
    typeof MutationObserver === 'undefined'
      ? null
      : new MutationObserver((mutations) => {
          if (scheduled) return;
          const relevant = mutations.some((m) =>
            m.type === 'attributes'
              ? (m.target as Element).matches?.(EMBED_SELECTOR)
              : Array.from(m.addedNodes).some((n) => n.nodeType === 1 && ((n as Element).matches(gated) || (n as Element).querySelector(gated))),
          );
          if (!relevant) return;
          scheduled = true;
          queueMicrotask(() => {
            scheduled = false;
            sync();
          });
        });
  observer?.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-src', 'data-category', 'data-service'],
  });

  // 6. Cross-tab.
  let bc: BroadcastChannel | null = null;
  if (options.crossTab && typeof BroadcastChannel !== 'undefined') {
    try {
      bc = new BroadcastChannel(`introw-consent:${model.cookieName}`);
      bc.onmessage = (e: MessageEvent) => {
        const value = (e.data as { value?: unknown } | null)?.value;
        if (value === null || typeof value === 'string') options.onRemoteValue(value);
      };
    } catch (error) {
      options.fail('cross-tab', 'BroadcastChannel unavailable', error);
    }
  }

  return {
    channel: bc ? { post: (value) => bc?.postMessage({ value }) } : null,
    stop() {
      offChange();
      observer?.disconnect();
      if (lapseTimer !== undefined) clearTimeout(lapseTimer);
      lapseTimer = undefined;
      doc.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('pageshow', onPageShow);
      bc?.close();
      bc = null;
    },
  };
}
