import type { ConsentManager } from '../createConsentManager';
import type { ConsentModel } from '../model';
import type { ServiceConfig } from '../types';
import { getDocument, getWindow } from '../env';
import { createScriptActivator } from './scripts';
import { syncEmbeds } from './embeds';
import { revokeServices } from './revocation';
import { EMBED_SELECTOR, SCRIPT_SELECTOR } from './gatedElements';

/** What {@link startBrowserSide} needs from the manager beyond its public API. */
export interface BrowserSideOptions {
  crossTab: boolean;
  reloadOnRevoke: boolean;
  onRemoteValue(value: string | null): void;
  onRevocation(report: import('./revocation').RevocationReport & { needsReload: boolean }): void;
  fail(kind: string, message: string, error?: unknown): void;
}

/**
 * Starts everything the browser does for a manager: activates consented scripts and embeds
 * now and on every change (also for elements added later), runs `onGrant` / `onRevoke` hooks,
 * deletes what a withdrawal forbids, and shares decisions across tabs. Returns a stop function.
 * On a server (no `document`) it does nothing.
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
  const scripts = createScriptActivator(doc, allowed);
  const services = (model.config.services ?? {}) as Record<string, ServiceConfig>;

  const runHook = (id: string, hook: 'onGrant' | 'onRevoke'): void => {
    const fn = services[id]?.[hook];
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

  // Services granted when the page starts get their onGrant once.
  for (const id of model.serviceIds) if (manager.hasConsent(id) && !model.requiredCategories.has(model.serviceCategory.get(id)!)) runHook(id, 'onGrant');
  sync();

  const offChange = manager.on('change', ({ granted, revoked }) => {
    for (const id of granted) if (services[id]) runHook(id, 'onGrant');
    const revokedServices = revoked.filter((id) => services[id]);
    for (const id of revokedServices) runHook(id, 'onRevoke');
    sync();
    if (revokedServices.length) {
      const report = revokeServices(doc, model, revokedServices);
      const ranHere = revoked.some((id) => scripts.ranIds.has(id));
      options.onRevocation({ ...report, needsReload: ranHere });
      if (ranHere && options.reloadOnRevoke) win.location.reload();
    }
  });

  let scheduled = false;
  const observer =
    typeof MutationObserver === 'undefined'
      ? null
      : new MutationObserver((mutations) => {
          if (scheduled) return;
          const relevant = mutations.some((m) =>
            Array.from(m.addedNodes).some(
              (n) => n.nodeType === 1 && ((n as Element).matches(`${SCRIPT_SELECTOR},${EMBED_SELECTOR}`) || (n as Element).querySelector(`${SCRIPT_SELECTOR},${EMBED_SELECTOR}`)),
            ),
          );
          if (!relevant) return;
          scheduled = true;
          queueMicrotask(() => {
            scheduled = false;
            sync();
          });
        });
  observer?.observe(doc.documentElement, { childList: true, subtree: true });

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
      bc?.close();
      bc = null;
    },
  };
}
