import type { ConsentState } from './types';
import type { ConsentModel } from './model';
import type { StoredConsent } from './encoding';

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
 * True when a stored decision still counts: same revision, not lapsed (R11).
 * A decision from an older (or newer) revision, or past its lifetime, is "no decision".
 */
export function storedDecisionCounts(stored: StoredConsent | null, model: ConsentModel, now: number): stored is StoredConsent {
  return stored !== null && stored.revision === model.config.revision && stored.expiresAt > now;
}

/**
 * Derives the consent snapshot from the config, the stored decision and the signals.
 * Pure: the browser store and `readConsent` on the server share it, so both compute the same.
 * Only required categories are granted without a decision (R4); GPC denies GPC-covered items
 * unless the visitor opted in while GPC was present (R22).
 */
export function deriveState(model: ConsentModel, stored: StoredConsent | null, ctx: StateContext): ConsentState {
  const counts = storedDecisionCounts(stored, model, ctx.now);
  const gpcDenies = ctx.gpc && !(counts && stored.gpcAtDecision);
  const isGranted = (id: string, required: boolean): boolean =>
    required || (counts && stored.granted.has(id) && !(gpcDenies && model.gpcOptOut.has(id)));
  const categories: Record<string, boolean> = {};
  for (const id of model.categoryIds) categories[id] = isGranted(id, model.requiredCategories.has(id));
  const services: Record<string, boolean> = {};
  for (const id of model.serviceIds) services[id] = isGranted(id, model.requiredCategories.has(model.serviceCategory.get(id)!));
  return Object.freeze({
    decided: counts,
    categories: Object.freeze(categories),
    services: Object.freeze(services),
    revision: counts ? stored.revision : model.config.revision,
    id: counts ? stored.id : null,
    decidedAt: counts ? new Date(stored.decidedAt).toISOString() : null,
    expiresAt: counts ? new Date(stored.expiresAt).toISOString() : null,
    method: counts ? stored.method : null,
    gpc: ctx.gpc,
    persisted: ctx.persisted,
  });
}

function sameFlags(a: Readonly<Record<string, boolean>>, b: Readonly<Record<string, boolean>>): boolean {
  for (const k in a) if (a[k] !== b[k]) return false;
  for (const k in b) if (!(k in a)) return false;
  return true;
}

/** Structural equality of two snapshots (used to keep the reference stable when nothing changed). */
export function sameState(a: ConsentState, b: ConsentState): boolean {
  return (
    a.decided === b.decided &&
    a.revision === b.revision &&
    a.id === b.id &&
    a.decidedAt === b.decidedAt &&
    a.expiresAt === b.expiresAt &&
    a.method === b.method &&
    a.gpc === b.gpc &&
    a.persisted === b.persisted &&
    sameFlags(a.categories, b.categories) &&
    sameFlags(a.services, b.services)
  );
}

/** Ids (categories and services) granted in `next` but not in `prev`, and the reverse. */
export function diffGrants(prev: ConsentState, next: ConsentState): { granted: string[]; revoked: string[] } {
  const granted: string[] = [];
  const revoked: string[] = [];
  for (const map of ['categories', 'services'] as const) {
    const p = prev[map] as Record<string, boolean>;
    const n = next[map] as Record<string, boolean>;
    for (const id in n) {
      if (n[id] && !p[id]) granted.push(id);
      else if (!n[id] && p[id]) revoked.push(id);
    }
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
 * @remarks R1, R4 (nothing beyond required categories without a decision): COMPLIANCE.md.
 */
export function isGranted(state: ConsentState, id: string): boolean {
  return (state.categories as Record<string, boolean>)[id] === true || (state.services as Record<string, boolean>)[id] === true;
}
