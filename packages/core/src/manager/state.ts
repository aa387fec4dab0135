import type { ConsentState } from '../config/types';
import type { ConsentModel } from '../config/model';
import type { StoredConsent } from '../storage/encoding';
import { ownValue } from '../config/own';

/** What the state is derived from besides the stored decision. */
export interface StateContext {
  /** Current time, epoch ms. */
  now: number;
  /** `navigator.globalPrivacyControl === true` / `Sec-GPC: 1`. */
  gpc: boolean;
  /** Whether the last storage write succeeded. */
  persisted: boolean;
}

/**
 * Derives the consent snapshot from the config, the stored decision and the signals.
 * Pure: the browser store and `readConsent` on the server share it, so both compute the same.
 * A stored decision counts only under the same revision and before it lapses (R11). Only
 * required categories are granted without a decision (R4); GPC denies GPC-covered items
 * unless the visitor opted in while GPC was present (R22).
 */
export function deriveState(model: ConsentModel, stored: StoredConsent | null, { now, gpc, persisted }: StateContext): ConsentState {
  const s = stored?.revision === model.revision && stored.expiresAt > now ? stored : null;
  // A plain loop then freeze. Plain objects (frameworks serialize snapshots from server to client);
  // every config id is an own key, and readers use own-property reads (isGranted), so a polluted
  // Object.prototype supplies nothing.
  const flags = (ids: readonly string[]): Readonly<Record<string, boolean>> => {
    const out: Record<string, boolean> = {};
    for (const id of ids) out[id] = model.required.has(id) || (!!s?.granted.has(id) && !(gpc && !s.gpcAtDecision && model.gpcOptOut.has(id)));
    return Object.freeze(out);
  };
  const iso = (t?: number): string | null => (s ? new Date(t!).toISOString() : null);
  return Object.freeze({
    decided: !!s,
    categories: flags(model.categoryIds),
    services: flags(model.serviceIds),
    revision: (s ?? model).revision,
    id: s?.id ?? null,
    decidedAt: iso(s?.decidedAt),
    expiresAt: iso(s?.expiresAt),
    method: s?.method ?? null,
    gpc,
    persisted,
  });
}

/** Ids (categories and services) granted in `next` but not in `prev`, and the reverse. */
export function diffGrants(prev: ConsentState, next: ConsentState): { granted: string[]; revoked: string[] } {
  const granted: string[] = [];
  const revoked: string[] = [];
  for (const map of ['categories', 'services'] as const) {
    const n = next[map] as Record<string, boolean>;
    for (const id of Object.keys(n)) if (n[id] !== ownValue(prev[map], id)) (n[id] ? granted : revoked).push(id);
  }
  return { granted, revoked };
}

/**
 * True when a snapshot grants the id: a category id or a service id. Unknown ids are never
 * granted. Pure, so adapters can ask the server snapshot during hydration exactly as
 * `consent.hasConsent` asks the current one.
 *
 * @param state - A snapshot from `getSnapshot()`, `getServerSnapshot()` or `readConsent()`.
 * @param id - A category or service id.
 * @example
 * ```ts
 * isGranted(readConsent(cookieHeader, config), 'analytics'); // false for a first visit
 * ```
 * @remarks R1, R4 (nothing beyond required categories without a decision): docs/rules.md.
 */
export function isGranted(state: ConsentState, id: string): boolean {
  // Own properties only: a snapshot from elsewhere (JSON, a framework) may have a polluted prototype.
  return ownValue(state.categories, id) === true || ownValue(state.services, id) === true;
}
