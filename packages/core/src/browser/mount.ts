import type { ConsentState } from '../config/types';
import type { BrowserContext } from './context';
import { isGranted } from '../manager/state';
import { onDemand } from './onDemand';

/** The browser side of a manager: `mount()` (refcounted) and the cross-tab message of a decision. */
export interface BrowserSide {
  mount(): () => void;
  /** Tells the site's other tabs about a stored value (`null`: the decision was forgotten). */
  broadcast(value: string | null): void;
}

/** Gating, cross-tab sync and the rest of the live browser side: a chunk of its own. */
const live = /* @__PURE__ */ onDemand(() => import('./gating'));

/**
 * The browser side (see the core README, "The browser side"): on the first `mount()` it delivers
 * records a sink queued earlier, and loads the live side (gating, cross-tab sync, withdrawals), a
 * chunk of its own: at once when something optional is granted (a returning visitor), else once
 * the page is idle or at the first change, whichever comes first (a first visit's paint needs
 * none of it). A decision made before it arrives is applied when it does, exactly as if it had
 * been running, and its cross-tab message is sent then. The last stop detaches everything. On a
 * server (no `document`) it does nothing.
 */
export function createBrowserSide(ctx: BrowserContext): BrowserSide {
  const { platform, model, store, events } = ctx;
  let mounts = 0;
  let stop = (): void => {};
  let post: ((value: string | null) => void) | undefined;
  /** The last message of a decision made before cross-tab sync started. */
  let queued: { value: string | null } | undefined;

  const start = (): (() => void) => {
    const doc = platform.document;
    if (!doc || !platform.window) return () => {};
    // The state the live side starts from: what this page granted when it mounted.
    const base: ConsentState = store.getSnapshot();
    let stopLive: (() => void) | undefined;
    let stopped = false;
    let requested = false;
    const begin = (): void => {
      if (requested || stopped) return;
      requested = true;
      offStart();
      live.get().then(
        ({ startGating }) => {
          if (stopped) return;
          const side = startGating(ctx, doc, base);
          stopLive = side.stop;
          post = side.post;
          if (queued) post(queued.value);
          queued = undefined;
        },
        (error: unknown) => {
          // Offline, or a chunk removed by a deploy: say so; the next change tries again.
          events.fail('module', error);
          requested = false;
          if (!stopped) offStart = events.on('change', begin);
        },
      );
    };
    let offStart = events.on('change', begin);
    // Something granted, or Consent Mode's advanced mode (Google's tags load at once): start now.
    if (model.optional.some((id) => isGranted(base, id)) || model.config.googleConsentMode?.advanced) begin();
    else platform.idle(begin);
    return () => {
      stopped = true;
      offStart();
      stopLive?.();
      post = undefined;
    };
  };

  return {
    mount() {
      if (!mounts++) {
        ctx.flushRecords();
        stop = start();
      }
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        if (!--mounts) stop();
      };
    },
    broadcast(value) {
      if (post) post(value);
      else if (mounts) queued = { value };
    },
  };
}
