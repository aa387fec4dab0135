import type { RevocationEvent } from '../manager/types';
import type { BrowserContext } from './context';
import { deriveState, isGranted } from '../manager/state';
import { markerEntries, markerKey as markerKeyOf } from './context';
import type { RevocationSweep } from '../manager/types';
import { sweepSteps } from './revocation';

/** `setTimeout` takes at most 2^31-1 ms (about 24.8 days); longer waits are re-armed. */
const MAX_TIMEOUT_MS = 2_147_483_647;
/** The page is already reloading because of a withdrawal: reload exactly once. */
let reloading = false;
/** Wall time one task of a sweep may take before it yields to the page (below the 50 ms of a long task). */
const CHUNK_MS = 30;

/** The running withdrawal side of a mounted manager. */
export interface Withdrawals {
  /**
   * After a change: sweeps the withdrawn ids' cookies and storage keys in later tasks (a
   * `revocation` event when done), then reloads once when a withdrawn script ran and the page
   * after the reload keeps the withdrawal;
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
 * The part of a mounted manager that only matters once something was decided, so a first visit
 * does not load it: gating imports this module on demand (at idle when a decision stands or a
 * previous page left a marker; else at the first change). It alone owns the lapse timer and the
 * marker of granted ids. On start it sweeps what the previous page view granted and this one did
 * not at mount (a lapse, a new revision, a withdrawal on another subdomain: `trigger: 'load'`)
 * and, quietly, every service withdrawn earlier and not granted since (its cookies may live on
 * paths an earlier page could not see, or have been written again by a vendor in a closing tab),
 * writes the marker of granted and pending ids (localStorage; strictly necessary) and arms the
 * lapse timer (and a `visibilitychange` check, since timers sleep in hidden tabs) so a decision
 * that lapses while the page is open is withdrawn. Internal: not exported from the package.
 *
 * @param ctx - The manager's browser context.
 * @param doc - The page's document.
 * @param grantedHere - The optional ids this page view granted, at mount or by a decision before this
 *   module arrived (sorted): not swept at start as a previous page's (a withdrawal of them on this
 *   page reaches the module as a change).
 * @returns The change handler and the stop function.
 * @example
 * ```ts
 * const w = startWithdrawals(ctx, document, []);
 * w.change(['analytics', 'googleAnalytics'], true); // sweeps, then reloads once
 * ```
 * @remarks R11, R13, R27, R28, R30, R32: docs/rules.md.
 */
export function startWithdrawals(ctx: BrowserContext, doc: Document, grantedHere: readonly string[]): Withdrawals {
  const { platform, model, events } = ctx;
  const state = ctx.store.getSnapshot;
  const markerKey = markerKeyOf(model);
  const isService = (id: string): boolean => model.serviceCategory.has(id);

  /**
   * Withdrawn services whose cookies may still exist where this page cannot see them (other
   * paths), or come back (a vendor in another tab writing while it unloads): every later page
   * sweeps them again until they are granted again. Kept in the marker as `-id`.
   */
  const pending = new Set<string>();
  /** Ids withdrawn on this page while a script of theirs ran: the page reloading now lists them as granted, so the next one sweeps them as lapsed. */
  const ranHere = new Set<string>();
  const writeMarker = (): void => {
    for (const id of pending) if (isGranted(state(), id)) pending.delete(id);
    const granted = model.optional.filter((id) => isGranted(state(), id) || ranHere.has(id)).sort();
    const ids = [
      ...granted,
      ...[...pending]
        .filter((id) => !ranHere.has(id))
        .sort()
        .map((id) => `-${id}`),
    ];
    try {
      if (ids.length) platform.marker().setItem(markerKey, JSON.stringify(ids));
      else platform.marker().removeItem(markerKey);
    } catch {
      // No localStorage (R30): a lapse is then only noticed while a page is open.
    }
  };
  /**
   * Sweeps run one after the other, outside the task that asked for them, in chunks of at most
   * {@link CHUNK_MS} (each `next()` deletes one cookie or storage key), so a click on "Reject all"
   * returns before the deletions and no task of the sweep is long. The withdrawn services are in
   * the marker (`pending`) before the first chunk: a page that reloads or closes in between has
   * the next page sweep them again.
   */
  const queue: (() => void)[] = [];
  let running: Generator<void, RevocationSweep> | undefined;
  let finish: ((report: RevocationSweep | undefined, error?: unknown) => void) | undefined;
  /** A sweep asked for the reload: it comes once every queued sweep is done (and has reported). */
  let reloadDue = false;
  const chunk = (): void => {
    const end = platform.now() + CHUNK_MS;
    do {
      if (!running) {
        const next = queue.shift();
        if (!next) {
          if (reloadDue) platform.reload();
          reloadDue = false;
          return;
        }
        next();
        continue;
      }
      let step: IteratorResult<void, RevocationSweep>;
      try {
        step = running.next();
      } catch (error) {
        running = undefined;
        finish!(undefined, error);
        continue;
      }
      if (step.done) {
        running = undefined;
        finish!(step.value);
      }
    } while (platform.now() < end);
    platform.setTimeout(chunk, 0);
  };
  const schedule = (job: () => void): void => {
    queue.push(job);
    if (queue.length === 1 && !running) platform.setTimeout(chunk, 0);
  };
  /**
   * Sweeps `revoked` (a `revocation` event once done); `quiet`: no event unless something was
   * deleted (a routine re-sweep); `reload` after the sweep (R13).
   */
  const sweep = (revoked: string[], trigger: RevocationEvent['trigger'], needsReload: boolean, reload: boolean, quiet = false): void => {
    const services = revoked.filter(isService);
    for (const id of services) pending.add(id);
    schedule(() => {
      // Granted again while waiting: its cookies stay.
      const ids = services.filter((id) => !isGranted(state(), id));
      finish = (report, error) => {
        if (report && (!quiet || report.deletedCookies.length || report.deletedStorageKeys.length)) {
          events.emit('revocation', { trigger, revoked, ...report, reloading: reload, needsReload });
        }
        // A page whose document.cookie or storage throws must still get its reload (R13, R30).
        if (error !== undefined) events.fail('revocation', error);
        if (reload) reloadDue = true;
      };
      running = sweepSteps(doc, model, ids, [markerKey]);
    });
  };

  // A decision that lapses while the page is open (R11, R13).
  let lapseTimer: unknown;
  const expiresAt = (): number | null => (state().decided ? Date.parse(state().expiresAt!) : null);
  /** Re-reads storage once the decision is due: a lapse emits `change`, whose handler re-arms (or clears) the timer. */
  const checkLapse = (): void => {
    const at = expiresAt();
    if (at !== null && at <= ctx.now()) ctx.actions.refresh();
  };
  /** Arms the timer for the current decision's lapse (+50 ms), on the manager's clock. */
  const scheduleLapse = (): void => {
    platform.clearTimeout(lapseTimer);
    const at = expiresAt();
    if (at === null) return;
    lapseTimer = platform.setTimeout(
      () => {
        checkLapse();
        // Timers can fire early and long waits are capped: not due yet, wait the rest.
        const still = expiresAt();
        if (still !== null && still > ctx.now()) scheduleLapse();
      },
      Math.min(Math.max(at - ctx.now(), 0) + 50, MAX_TIMEOUT_MS),
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
    for (const entry of markerEntries(platform, model)) {
      const id = entry.replace(/^-/, '');
      if (grantedHere.includes(id) || isGranted(state(), id) || !(isService(id) || model.servicesOf.has(id))) continue;
      (id === entry ? lapsed : resweep).push(id);
    }
  } catch {
    // unreadable or not a list: nothing to sweep
  }
  if (lapsed.length) {
    // Turned off by Global Privacy Control, not by a choice: the stored decision still grants them (R14, R22).
    const stored = ctx.actions.readStored();
    if (ctx.gpc && stored && !stored.gpcAtDecision && lapsed.some((id) => stored.granted.has(id) && model.gpcOptOut.has(id))) {
      ctx.actions.record('gpc-opt-out');
    }
    sweep(lapsed, 'load', false, false);
  }
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
          const next = deriveState(model, ctx.actions.readStored(), { now: ctx.now(), gpc: ctx.gpc, persisted: true });
          return !revoked.some((id) => isGranted(next, id));
        };
        const reload = needsReload && ctx.reloadOnRevoke && !reloading && keeps();
        sweep(revoked, 'change', needsReload, reload);
        if (reload || reloading) for (const id of revoked) ranHere.add(id);
        // The reload itself comes after the sweep (the record and cross-tab message of this action go first).
        if (reload) reloading = true;
      }
      // While reloading, the marker still lists what was withdrawn here: the next page sweeps once
      // more (a `load` event) what a still-running script may have written in between.
      writeMarker();
      scheduleLapse();
    },
    stop() {
      platform.clearTimeout(lapseTimer);
      doc.removeEventListener('visibilitychange', onVisible);
    },
  };
}
