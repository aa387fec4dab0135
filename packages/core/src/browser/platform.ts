/**
 * The one door from core to the browser. Everything core does in a page (cookies, scripts, timers,
 * the cross-tab channel, the mutation observer, reload, the marker storage) goes through a
 * platform, so tests run the browser side on a fake one and nothing touches a global at import
 * time (core imports cleanly in Node for SSR).
 */

/** The part of `BroadcastChannel` core uses. */
export interface ConsentChannel {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

/** The part of `localStorage` core uses for its marker of granted ids; every call may throw (R30). */
export interface MarkerStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * What core needs from a browser page. `document` and `window` are `undefined` on a server.
 * Every method may throw where the page forbids it; core catches what matters (R30).
 */
export interface ConsentPlatform {
  /** The page's document (read lazily). */
  readonly document: Document | undefined;
  /** The page's window (read lazily). */
  readonly window: (Window & typeof globalThis) | undefined;
  /** The clock: epoch milliseconds. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs `callback` once the page is idle after first paint, at the latest 500 ms later. */
  idle(callback: () => void): void;
  /**
   * Runs `callback` in a task after the next frame is painted (in the next task where the page is
   * hidden and paints nothing; at once when the page is left), so what does not decide what the
   * visitor sees waits for it.
   */
  afterFrame(callback: () => void): void;
  /** A cross-tab channel by name, or `null` where there is none. */
  channel(name: string): ConsentChannel | null;
  /** Observes `target` like a `MutationObserver`; returns the disconnect function. */
  observe(target: Node, callback: (records: MutationRecord[]) => void, options: MutationObserverInit): () => void;
  /** Reloads the page (a withdrawn script that ran cannot be unloaded otherwise: R13). */
  reload(): void;
  /** Where the marker of granted ids lives (localStorage; strictly necessary). */
  marker(): MarkerStorage;
  /** `navigator.globalPrivacyControl === true` exactly (R21). */
  gpc(): boolean;
  /** The page's language candidates: `<html lang>`, then `navigator.languages`. */
  languages(): string[];
}

const hasWindow = (): boolean => typeof window !== 'undefined';

/**
 * Tasks for after the next paint, in order, in one task. A page that is left first (`pagehide`)
 * runs them at once, so a record queued by a click just before a navigation is never lost.
 */
function afterFrameQueue(): (callback: () => void) => void {
  let queue: (() => void)[] = [];
  let win: Window | undefined;
  const flush = (): void => {
    win?.removeEventListener('pagehide', flush);
    const tasks = queue;
    queue = [];
    for (const task of tasks) {
      try {
        task();
      } catch (error) {
        setTimeout(() => {
          throw error;
        });
      }
    }
  };
  return (callback) => {
    if (queue.push(callback) > 1) return;
    win = window;
    win.addEventListener('pagehide', flush);
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(flush));
    else setTimeout(flush);
  };
}

/**
 * The real browser as a {@link ConsentPlatform}; on a server its `document` and `window` are
 * `undefined` and the browser side does nothing. Reads globals only when called.
 *
 * @returns A platform over `window`, `document`, `BroadcastChannel`, `MutationObserver`,
 *   `requestIdleCallback` and `localStorage`.
 * @example
 * ```ts
 * createConsentManager(config, { platform: { ...browserPlatform(), now: () => fixedTime } });
 * ```
 * @remarks DESIGN.md "Inside core": the browser only through an injected platform.
 */
/* @__NO_SIDE_EFFECTS__ */
export function browserPlatform(): ConsentPlatform {
  return {
    get document() {
      return typeof document === 'undefined' ? undefined : document;
    },
    get window() {
      return hasWindow() ? window : undefined;
    },
    now: () => Date.now(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    idle(callback) {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 500 });
      else setTimeout(callback, 1);
    },
    afterFrame: afterFrameQueue(),
    channel: (name) => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name)),
    observe(target, callback, options) {
      const observer = new MutationObserver(callback);
      observer.observe(target, options);
      return () => observer.disconnect();
    },
    reload: () => window.location.reload(),
    marker: () => window.localStorage,
    gpc() {
      try {
        return (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
      } catch {
        return false;
      }
    },
    languages() {
      const out: string[] = [];
      // Getters a page overrode may throw: the language then falls back to the default.
      try {
        if (typeof document !== 'undefined') out.push(document.documentElement.lang);
        if (typeof navigator !== 'undefined') out.push(...(navigator.languages ?? [navigator.language]));
      } catch {
        // keep what was read
      }
      return out;
    },
  };
}
