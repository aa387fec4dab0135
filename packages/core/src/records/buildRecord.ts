import type { ConsentState } from '../config/types';
import type { ConsentRecord } from './records';

/**
 * The record of one decision (R14): taken from the snapshot right after the decision, with the
 * language the texts were shown in. Copies the maps, so a record never changes afterwards.
 *
 * @param state - The snapshot after the decision.
 * @param method - How it was given; `withdrawal` for `reset()`.
 * @param consentId - The browser's consent id.
 * @param at - When, epoch ms.
 * @param revision - The config's revision.
 * @param language - BCP 47 tag of the texts.
 * @param gpc - GPC was present.
 * @example
 * ```ts
 * buildRecord(consent.getSnapshot(), 'accept-all', id, Date.now(), 1, 'en', false);
 * ```
 * @remarks R14, R15: docs/rules.md.
 */
export function buildRecord(
  state: ConsentState,
  method: ConsentRecord['method'],
  consentId: string,
  at: number,
  revision: number,
  language: string,
  gpc: boolean,
): ConsentRecord {
  return {
    consentId,
    timestamp: new Date(at).toISOString(),
    revision,
    method,
    categories: { ...state.categories },
    services: { ...state.services },
    language,
    gpc,
  };
}
