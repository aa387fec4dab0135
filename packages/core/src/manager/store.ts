import type { ConsentState } from '../config/types';
import type { ConsentUiState } from './types';
import type { Emitter } from './emitter';
import { diffGrants } from './state';

/** The consent snapshot and the UI state, with `useSyncExternalStore`-style subscriptions. */
export interface ConsentStore {
  getSnapshot(): ConsentState;
  getUiState(): ConsentUiState;
  getServerSnapshot(): ConsentState;
  getServerUiState(): ConsentUiState;
  subscribe(listener: () => void): () => void;
  /**
   * Replaces the snapshot when `next` differs from it (a new object only then), sets whether the
   * preferences are open, notifies subscribers when either changed, then emits `change` with
   * what became granted and what became denied.
   */
  commit(next: ConsentState, open?: boolean): void;
  /** Opens the preferences (the UI state only). */
  openPreferences(): void;
  /** Closes the preferences without deciding. */
  closePreferences(): void;
}

const uiFor = (s: ConsentState, open: boolean): ConsentUiState => Object.freeze({ bannerVisible: !s.decided, preferencesOpen: open });

/**
 * The store: immutable snapshots replaced only when something changed (compared by value, so a
 * re-read that finds the same decision keeps the same reference).
 *
 * @param initial - The first snapshot.
 * @param server - The snapshot the server rendered with (`initialState`), else `initial`.
 * @param events - Where `change` goes.
 */
export function createStore(initial: ConsentState, server: ConsentState | undefined, events: Emitter): ConsentStore {
  let state = initial;
  let json = JSON.stringify(state);
  let open = false;
  let ui = uiFor(state, false);
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const l of [...listeners]) l();
  };
  /** Sets the UI state for the current snapshot; true when it changed. */
  const setUi = (next: boolean): boolean => {
    open = next;
    if (ui.bannerVisible === !state.decided && ui.preferencesOpen === next) return false;
    ui = uiFor(state, next);
    return true;
  };
  const serverState = server ?? initial;
  const serverUi = uiFor(serverState, false);
  const setOpen = (next: boolean): void => {
    if (setUi(next)) notify();
  };
  return {
    getSnapshot: () => state,
    getUiState: () => ui,
    getServerSnapshot: () => serverState,
    getServerUiState: () => serverUi,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    commit(next, nextOpen = open) {
      const previous = state;
      const nextJson = JSON.stringify(next);
      const changed = nextJson !== json;
      if (changed) {
        state = next;
        json = nextJson;
      }
      if (setUi(nextOpen) || changed) notify();
      if (changed) events.emit('change', { state: next, previous, ...diffGrants(previous, next) });
    },
    openPreferences: () => setOpen(true),
    closePreferences: () => setOpen(false),
  };
}
