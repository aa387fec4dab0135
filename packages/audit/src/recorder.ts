import type { BrowserContext, Page, Request } from 'playwright-core';
import type { AuditStateId, ObservedCookie, StateObservation, StorageArea } from './types';

/** How long the network must stay quiet to count as settled (Playwright's `networkidle` uses the same). */
const QUIET_MS = 500;

/** Records one state of one browser context: third-party requests, cookies, storage. */
export interface StateRecorder {
  readonly state: StateObservation;
  /** Tells the recorder which page is loaded, for attributing what it sees. */
  setPage(url: string): void;
  /** Reads the cookie store and the page's web storage and IndexedDB names into the state. */
  snapshot(page: Page): Promise<void>;
  /**
   * Resolves `true` once no request of the context has been in flight for 500 ms, counted from
   * the call (a condition, like `networkidle`), or `false` at `timeoutMs` when the network never
   * goes quiet (a long-polling page): the audit then goes on with what it has.
   */
  quiet(timeoutMs: number): Promise<boolean>;
  /** Stops listening to the context. */
  detach(): void;
}

const WEB = /^(https?|wss?):$/;

/**
 * Starts recording a state on a browser context: every request of any page or frame of the
 * context to a third-party host, and on each {@link StateRecorder.snapshot} the whole cookie
 * store (HttpOnly and third-party cookies included) and the page's localStorage and
 * sessionStorage keys and IndexedDB database names.
 *
 * @param context - The browser context of the state.
 * @param id - The state.
 * @param isThirdParty - Host test from {@link thirdPartyTest}.
 */
export function recordState(context: BrowserContext, id: AuditStateId, isThirdParty: (host: string) => boolean): StateRecorder {
  const state: StateObservation = { id, pages: [], cookies: [], storage: [], requests: [] };
  let page = '';
  const inflight = new Set<Request>();
  let lastActivity = Date.now();
  let wake: (() => void) | undefined;
  const touch = (): void => {
    lastActivity = Date.now();
    wake?.();
  };

  const onRequest = (request: Request): void => {
    inflight.add(request);
    touch();
    let url: URL;
    try {
      url = new URL(request.url());
    } catch {
      return;
    }
    if (!WEB.test(url.protocol) || !isThirdParty(url.hostname)) return;
    state.requests.push({ url: url.href, host: url.hostname, page, resourceType: request.resourceType() });
  };
  const onDone = (request: Request): void => {
    inflight.delete(request);
    touch();
  };
  context.on('request', onRequest);
  context.on('requestfinished', onDone);
  context.on('requestfailed', onDone);

  const cookieKeys = new Map<string, ObservedCookie>();
  const storageKeys = new Set<string>();

  const readStorage = (p: Page) =>
    p.evaluate(async () => {
      const keys = (area: () => Storage): string[] => {
        try {
          return Object.keys(area());
        } catch {
          return [];
        }
      };
      let idb: string[] = [];
      try {
        idb = (await indexedDB.databases()).map((d) => d.name ?? '').filter(Boolean);
      } catch {
        // IndexedDB blocked or unsupported: nothing to list
      }
      return { localStorage: keys(() => localStorage), sessionStorage: keys(() => sessionStorage), indexedDB: idb };
    });

  return {
    state,
    setPage(url) {
      page = url;
      if (!state.pages.includes(url)) state.pages.push(url);
    },
    async snapshot(p) {
      const observedAt = Date.now();
      for (const c of await context.cookies()) {
        const key = `${c.name}\u0000${c.domain}\u0000${c.path}`;
        const known = cookieKeys.get(key);
        if (known) {
          known.value = c.value; // the latest value: tells "not removed" from "set again" after a withdrawal
          continue;
        }
        const cookie: ObservedCookie = {
          name: c.name,
          domain: c.domain,
          path: c.path,
          expires: c.expires,
          httpOnly: c.httpOnly,
          secure: c.secure,
          thirdParty: isThirdParty(c.domain),
          observedAt,
          page,
          value: c.value,
        };
        cookieKeys.set(key, cookie);
        state.cookies.push(cookie);
      }
      // The page may still be navigating (a reload after a withdrawal): read again once it loaded.
      let found: Awaited<ReturnType<typeof readStorage>>;
      try {
        found = await readStorage(p);
      } catch {
        await p.waitForLoadState('load');
        found = await readStorage(p);
      }
      for (const area of ['localStorage', 'sessionStorage', 'indexedDB'] as const satisfies readonly StorageArea[]) {
        for (const name of found[area]) {
          if (storageKeys.has(`${area}\u0000${name}`)) continue;
          storageKeys.add(`${area}\u0000${name}`);
          state.storage.push({ area, name, page });
        }
      }
    },
    quiet(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      lastActivity = Math.max(lastActivity, Date.now());
      return new Promise<boolean>((resolve) => {
        const check = (): void => {
          const now = Date.now();
          if (inflight.size === 0 && now - lastActivity >= QUIET_MS) {
            done(() => resolve(true));
            return;
          }
          if (now > deadline) {
            done(() => resolve(false));
            return;
          }
          clearTimeout(timer);
          timer = setTimeout(check, inflight.size === 0 ? QUIET_MS - (now - lastActivity) : QUIET_MS);
        };
        const done = (finish: () => void): void => {
          clearTimeout(timer);
          wake = undefined;
          finish();
        };
        let timer = setTimeout(check, 0);
        wake = () => {
          clearTimeout(timer);
          timer = setTimeout(check, QUIET_MS);
        };
      });
    },
    detach() {
      context.off('request', onRequest);
      context.off('requestfinished', onDone);
      context.off('requestfailed', onDone);
    },
  };
}
