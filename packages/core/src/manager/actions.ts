import type { ConsentChoice, ConsentMethod, ConsentState } from '../config/types';
import type { ConsentModel } from '../config/model';
import type { ConsentRecordMethod, ConsentRecordSink } from '../records/records';
import type { StoredConsent } from '../storage/encoding';
import type { ConsentStore } from './store';
import type { Emitter } from './emitter';
import type { Persistence } from './persistence';
import { DAY_MS } from '../config/model';
import { buildRecord } from '../records/buildRecord';
import { deriveState, diffGrants } from './state';
import { acceptAllGrants, choiceGrants, grantOneGrants } from './decisions';
import { randomConsentId } from './consentId';

/** What the actions need from the manager. */
export interface ActionContext {
  model: ConsentModel;
  store: ConsentStore;
  events: Emitter;
  persistence: Persistence;
  now(): number;
  gpc: boolean;
  language: string;
  onRecord: ConsentRecordSink | undefined;
  /** The stored decision read at construction. */
  stored: StoredConsent | null;
  /** Shares a stored value (or `null`: forgotten) with the site's other tabs. */
  broadcast(value: string | null): void;
  /** Runs what can wait until the frame is painted (the platform's `afterFrame`). */
  afterFrame(task: () => void): void;
}

/** The visitor's actions and the decision they act on. */
export interface Actions {
  acceptAll(): void;
  rejectAll(): void;
  save(choice: ConsentChoice): void;
  grant(id: string): void;
  reset(): void;
  /** Re-reads storage and commits what it says. */
  refresh(): void;
  /** Takes a decision from elsewhere (another tab) and commits it. */
  adopt(stored: StoredConsent | null): void;
  /** Reads storage without committing (what the page after a reload would see). */
  readStored(): StoredConsent | null;
  /** Records something that happened without an action (a GPC opt-out), for the current decision. */
  record(method: ConsentRecordMethod): void;
}

/**
 * The decision flow: what an action grants (decisions.ts), writing it (R10), the new snapshot and
 * the `decision` event at once; reading it back (R30), the record (R14) and the message to other
 * tabs after the frame.
 */
export function createActions(ctx: ActionContext): Actions {
  const { model, store, events, persistence, now, gpc } = ctx;
  let stored = ctx.stored;
  let persisted = true;
  const derive = (t = now()): ConsentState => deriveState(model, stored, { now: t, gpc, persisted });

  const record = (method: ConsentRecordMethod, id: string, state = store.getSnapshot(), at = now()): void => {
    const entry = buildRecord(state, method, id, at, model.revision, ctx.language, gpc);
    events.emit('record', entry);
    try {
      ctx.onRecord && Promise.resolve(ctx.onRecord(entry, model.config)).catch((error) => events.fail('record', error));
    } catch (error) {
      events.fail('record', error);
    }
  };

  const decide = (granted: Set<string> | null, method: ConsentMethod): void => {
    if (!granted) return;
    // Whole seconds, as stored: the in-memory state is exactly what a reload computes.
    const t = Math.floor(now() / 1000) * 1000;
    const id = store.getSnapshot().id ?? stored?.id ?? randomConsentId();
    const next: StoredConsent = {
      revision: model.revision,
      id,
      decidedAt: t,
      expiresAt: t + model.expiresAfterDays * DAY_MS,
      method,
      gpcAtDecision: gpc,
      fingerprint: model.fingerprint,
      granted,
    };
    const value = persistence.write(next);
    persisted = value !== null;
    stored = next;
    // A choice that turns off what was granted is a withdrawal, whichever button made it (R14).
    const withdraws = diffGrants(store.getSnapshot(), derive(t)).revoked.length > 0;
    const kind: ConsentRecordMethod = withdraws ? 'withdrawal' : method;
    // One that withdraws is read back at once: a reload (reloadOnRevoke) needs it stored. One that
    // only grants is read back after the frame, with the record and the cross-tab message: none of
    // that decides what the visitor sees (issue 19). A page left before the frame runs them then.
    if (persisted && withdraws) persisted = persistence.verify(value!, t);
    const late = persisted && !withdraws;
    const at = now();
    let state = derive(t);
    store.commit(state, false);
    events.emit('decision', { method: kind, state });
    ctx.afterFrame(() => {
      // The record is of this decision, even when another one followed within the frame.
      if (late) {
        persisted = persistence.verify(value!, t);
        if (!persisted && stored === next) {
          state = derive(t);
          store.commit(state);
        }
      }
      record(kind, id, state, at);
      if (persisted) ctx.broadcast(value);
    });
  };

  const commitStored = (next: StoredConsent | null): void => {
    stored = next;
    store.commit(derive());
  };

  return {
    acceptAll: () => decide(acceptAllGrants(model, gpc), 'accept-all'),
    rejectAll: () => decide(new Set(), 'reject-all'),
    save: (choice) => decide(choiceGrants(model, choice), 'custom'),
    grant: (id) => decide(grantOneGrants(model, store.getSnapshot(), id), 'custom'),
    reset() {
      const id = store.getSnapshot().id ?? stored?.id;
      persistence.clear();
      stored = null;
      const at = now();
      const state = derive();
      store.commit(state, false);
      events.emit('decision', { method: 'reset', state });
      ctx.afterFrame(() => {
        if (id) record('reset', id, state, at);
        ctx.broadcast(null);
      });
    },
    refresh: () => commitStored(persistence.read(now())),
    adopt: commitStored,
    readStored: () => persistence.read(now()),
    record(method) {
      const id = store.getSnapshot().id;
      if (id) record(method, id);
    },
  };
}
