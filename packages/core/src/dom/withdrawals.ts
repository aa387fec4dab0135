import type { ConsentState } from '../types';
import type { ConsentModel } from '../model';
import type { StoredConsent } from '../encoding';
import type { RevocationEvent } from '../createConsentManager';
import { deriveState, isGranted } from '../state';
import { revokeServices } from './revocation';

/** `setTimeout` takes at most 2^31-1 ms (about 24.8 days); longer waits are re-armed. */
const MAX_TIMEOUT_MS = 2_147_483_647;
/** Retry interval when a due lapse did not take (the manager runs on another clock). */
const LAPSE_RETRY_MS = 60_000;
/** The page is already reloading because of a withdrawal: reload exactly once. */
let reloading = false;

/** What {@link startWithdrawals} needs from the manager that started it. */
export interface WithdrawalContext {
  doc: Document;
  win: Window;
  model: ConsentModel;
  /** localStorage key of the ids granted on the last page view (`<cookie>:granted`). */
  markerKey: string;
  /** The optional ids granted when the page mounted (sorted). */
  grantedAtMount: string[];
  /** The manager's current snapshot. */
  state(): ConsentState;
  /** Reads the stored decision (newest valid), `null` when none or unreadable. */
  readStored(): StoredConsent | null;
  /** The manager's clock, epoch ms. */
  now(): number;
  gpc: boolean;
  /** `options.reloadOnRevoke` (default true). */
  reloadOnRevoke: boolean;
  /** Re-reads storage and commits (a lapse). */
  refresh(): void;
  emit(type: 'revocation', event: RevocationEvent): void;
  fail(kind: string, error?: unknown): void;
}

/** The running withdrawal side of a mounted manager. */
export interface Withdrawals {
  /**
   * After a change: sweeps the withdrawn ids' cookies and storage keys (a `revocation` event),
   * reloads once when a withdrawn script ran and the page after the reload keeps the withdrawal,
   * keeps the marker of granted ids and re-arms the lapse timer.
   *
   * @param revoked - Category and service ids that went from granted to denied (may be empty).
   * @param needsReload - A withdrawn id's script already ran on this page.
   */
  change(revoked: string[], needsReload: boolean): void;
  /** Stops the lapse timer and its listener. */
  stop(): void;
}

/**
 * The part of a mounted manager that only matters once something was granted or decided, so
 * a first visit does not load it: `createConsentManager` imports this module on demand (when
 * the page starts with a decision or with a previous page's grants, at idle; else at the first
 * change). On start it sweeps what the previous page view granted and this one did not at
 * mount (a lapse, a new revision, a withdrawal on another subdomain: `trigger: 'load'`) and,
 * quietly, every service withdrawn earlier and not granted since (its cookies may live on paths
 * an earlier page could not see, or have been written again by a vendor in a closing tab),
 * writes the marker of granted and pending ids (localStorage; strictly necessary) and arms the
 * lapse timer (with `visibilitychange`) so a decision that lapses while the page is open is withdrawn.
 *
 * Internal: not exported from the package.
 *
 * @param ctx - See {@link WithdrawalContext}.
 * @returns The change handler and the stop function.
 * @example
 * ```ts
 * const w = startWithdrawals(ctx);
 * w.change(['analytics', 'googleAnalytics'], true); // sweeps, then reloads once
 * ```
 * @remarks R11, R13, R27, R28, R30, R32: COMPLIANCE.md.
 */
export function startWithdrawals(ctx: WithdrawalContext): Withdrawals {
  const { doc, win, model, markerKey, state } = ctx;
  const isService = (id: string): boolean => model.serviceCategory.has(id);

  /**
   * Withdrawn services whose cookies may still exist where this page cannot see them (other
   * paths), or come back (a vendor in another tab writing while it unloads): every later page
   * sweeps them again until they are granted again. Kept in the marker as `-id`.
   */
  const pending = new Set<string>();
  const writeMarker = (): void => {
    for (const id of pending) if (isGranted(state(), id)) pending.delete(id);
    const ids = [...model.optional.filter((id) => isGranted(state(), id)).sort(), ...[...pending].sort().map((id) => `-${id}`)];
    try {
      if (ids.length) win.localStorage.setItem(markerKey, JSON.stringify(ids));
      else win.localStorage.removeItem(markerKey);
    } catch {
      // No localStorage (R30): a lapse is then only noticed while a page is open.
    }
  };
  /** Sweeps `revoked`; `quiet`: no event unless something was deleted (a routine re-sweep). */
  const sweep = (revoked: string[], trigger: RevocationEvent['trigger'], needsReload: boolean, reload: boolean, quiet = false): void => {
    // A page whose document.cookie or storage throws must still get its reload (R13, R30).
    try {
      const services = revoked.filter(isService);
      for (const id of services) pending.add(id);
      const report = revokeServices(doc, model, services, [markerKey]);
      if (!quiet || report.deletedCookies.length || report.deletedStorageKeys.length) {
        ctx.emit('revocation', { trigger, revoked, ...report, reloading: reload, needsReload });
      }
    } catch (error) {
      ctx.fail('revocation', error);
    }
  };

  // A decision that lapses while the page is open (R11, R13).
  let lapseTimer: ReturnType<typeof setTimeout> | undefined;
  const expiresAt = (): number | null => (state().decided ? Date.parse(state().expiresAt!) : null);
  const checkLapse = (): void => {
    const at = expiresAt();
    if (at !== null && at <= Date.now()) ctx.refresh();
  };
  /** Arms the timer for the current decision's lapse (+50 ms); `delay` overrides the wait. */
  const scheduleLapse = (delay?: number): void => {
    clearTimeout(lapseTimer);
    const at = expiresAt();
    if (at === null) return;
    lapseTimer = setTimeout(
      () => {
        checkLapse(); // a lapse emits `change`, whose handler re-arms (or clears) the timer
        // Still counted although due: the manager runs on another clock; look again later.
        const still = expiresAt();
        if (still !== null) scheduleLapse(still <= Date.now() ? LAPSE_RETRY_MS : undefined);
      },
      Math.min(delay ?? Math.max(at - Date.now(), 0) + 50, MAX_TIMEOUT_MS),
    );
  };
  // Back on screen: a lapse may be due.
  const onVisible = (): void => {
    if (doc.visibilityState === 'visible') checkLapse();
  };
  doc.addEventListener('visibilitychange', onVisible);

  // What the previous page granted and this one did not at mount, and still does not now (the
  // visitor may have granted it again before this module arrived: its cookies then stay).
  const lapsed: string[] = [];
  const resweep: string[] = [];
  try {
    for (const entry of JSON.parse(win.localStorage.getItem(markerKey) || '[]')) {
      const id = String(entry).replace(/^-/, '');
      if (ctx.grantedAtMount.includes(id) || isGranted(state(), id) || !(isService(id) || model.servicesOf.has(id))) continue;
      (id === entry ? lapsed : resweep).push(id);
    }
  } catch {
    // unreadable or not a list: nothing to sweep
  }
  if (lapsed.length) sweep(lapsed, 'load', false, false);
  if (resweep.length) sweep(resweep, 'load', false, false, true);
  writeMarker();
  scheduleLapse();

  return {
    change(revoked, needsReload) {
      if (revoked.length) {
        // Reload only when the page after it keeps the withdrawal: the choice is stored, or storage
        // (blocked, or holding another tab's newer refusal) grants none of the withdrawn ids either.
        const keeps = (): boolean => {
          if (state().persisted) return true;
          const next = deriveState(model, ctx.readStored(), { now: ctx.now(), gpc: ctx.gpc, persisted: true });
          return !revoked.some((id) => isGranted(next, id));
        };
        const reload = needsReload && ctx.reloadOnRevoke && !reloading && keeps();
        sweep(revoked, 'change', needsReload, reload);
        if (reload) {
          reloading = true;
          // After the current call stack (the record and cross-tab message of this action go first).
          setTimeout(() => win.location.reload(), 0);
        }
      }
      // While reloading, keep the marker: the next page sweeps once more what a still-running
      // script may have written in between.
      if (!reloading) writeMarker();
      scheduleLapse();
    },
    stop() {
      clearTimeout(lapseTimer);
      doc.removeEventListener('visibilitychange', onVisible);
    },
  };
}
