import type { AuditStateId, ObservedCookie, ObservedRequest, ObservedStorage, StateObservation } from '../types';

export const NOW = Date.UTC(2026, 11, 3, 12, 0, 0);
export const PAGE = 'https://www.introw.io/';
const DAY_S = 86_400;

/** A first-party cookie of www.introw.io that expires `days` after NOW (`-1`: session). */
export function cookie(name: string, days: number, extra: Partial<ObservedCookie> = {}): ObservedCookie {
  return {
    name,
    domain: 'www.introw.io',
    path: '/',
    expires: days < 0 ? -1 : NOW / 1000 + days * DAY_S,
    httpOnly: false,
    secure: true,
    thirdParty: false,
    observedAt: NOW,
    page: PAGE,
    value: 'v1',
    ...extra,
  };
}

export const storage = (area: ObservedStorage['area'], name: string): ObservedStorage => ({ area, name, page: PAGE });
export const request = (host: string): ObservedRequest => ({ url: `https://${host}/x.js`, host, page: PAGE, resourceType: 'script' });

/** The four states, each with what the test puts in it. */
export function states(content: Partial<Record<AuditStateId, Partial<StateObservation>>>): StateObservation[] {
  return (['first-visit', 'reject', 'accept', 'withdrawal'] as const).map((id) => ({
    id,
    pages: [PAGE],
    cookies: [],
    storage: [],
    requests: [],
    ...content[id],
  }));
}
