import type { ConsentChangeEvent } from '../manager/types';
import type { BrowserContext } from './context';
import type { ConsentChannel } from './platform';
import { isGranted } from '../manager/state';
import { startCrossTab } from './crossTab';
import { startGating } from './gating';

/** The browser side of a manager: `mount()` (refcounted) and the cross-tab message of a decision. */
export interface BrowserSide {
  mount(): () => void;
  /** Tells the site's other tabs about a stored value (`null`: the decision was forgotten). */
  broadcast(value: string | null): void;
}

/**
 * The browser side (see `createConsentManager`): on the first `mount()` it delivers records a
 * sink queued earlier, starts cross-tab sync at once and gating; with nothing optional granted
 * (a first visit, a refusal) gating starts in the next task, or at the first change if sooner
 * (the first paint needs none of it). The last stop detaches everything. On a server (no
 * `document`) it does nothing.
 */
export function createBrowserSide(ctx: BrowserContext): BrowserSide {
  const { platform, model, store, events } = ctx;
  let mounts = 0;
  let stop = (): void => {};
  let channel: ConsentChannel | null = null;

  const start = (): (() => void) => {
    const doc = platform.document;
    if (!doc || !platform.window) return () => {};
    if (ctx.crossTab) channel = startCrossTab(ctx);
    let stopGating: (() => void) | undefined;
    let timer: unknown;
    const begin = (pending?: ConsentChangeEvent): void => {
      platform.clearTimeout(timer);
      offStart();
      stopGating ??= startGating(ctx, doc, pending);
    };
    const offStart = events.on('change', begin as (event: never) => void);
    if (model.optional.some((id) => isGranted(store.get(), id))) begin();
    else timer = platform.setTimeout(begin, 0);
    return () => {
      platform.clearTimeout(timer);
      offStart();
      stopGating?.();
      channel?.close();
      channel = null;
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
        if (!stopped && ((stopped = true), !--mounts)) stop();
      };
    },
    broadcast: (value) => channel?.postMessage({ value }),
  };
}
