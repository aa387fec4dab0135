import type { AuditStateId, Finding, ObservedCookie, ObservedRequest, ObservedStorage, StateObservation } from './types';
import { declaredCookieFor, declaredStorageFor, type DeclarationIndex, type DeclaredCookie } from './declarations';
import { lifetimeText, outlivesDeclared } from './lifetime';
import { suggestDeclaration } from './suggest';

/** Options of {@link analyzeObservations}. */
export interface AnalyzeOptions {
  /** Service ids whose never-seen cookies are expected (not on this site): no `unseen` warning. */
  skipUnseen?: readonly string[];
}

/** States in which nothing optional is granted: before consent, after a refusal, after a withdrawal. */
const NO_CONSENT: readonly AuditStateId[] = ['first-visit', 'reject', 'withdrawal'];

const cookieKey = (c: { name: string; domain: string; path: string }): string => `${c.name}\u0000${c.domain}\u0000${c.path}`;
const who = (d: { serviceId: string; categoryId: string }): string => (d.serviceId ? `service "${d.serviceId}" (${d.categoryId})` : 'the consent cookie');

/** Every distinct thing seen, with the states it was seen in and its first sighting per state. */
function gather<T>(states: readonly StateObservation[], pick: (s: StateObservation) => readonly T[], key: (t: T) => string) {
  const seen = new Map<string, { first: T; in: Map<AuditStateId, T> }>();
  for (const state of states) {
    for (const item of pick(state)) {
      const k = key(item);
      const entry = seen.get(k) ?? { first: item, in: new Map<AuditStateId, T>() };
      if (!entry.in.has(state.id)) entry.in.set(state.id, item);
      seen.set(k, entry);
    }
  }
  return [...seen.values()];
}

function cookieFindings(states: readonly StateObservation[], index: DeclarationIndex, matched: Set<DeclaredCookie>): Finding[] {
  const findings: Finding[] = [];
  for (const { first, in: byState } of gather(states, (s) => s.cookies, cookieKey)) {
    const stateIds = [...byState.keys()];
    const base = { subject: 'cookie' as const, name: first.name, domain: first.domain };
    const declared = declaredCookieFor(index, first);
    if (!declared) {
      findings.push({
        ...base,
        kind: 'undeclared',
        severity: 'error',
        states: stateIds,
        page: first.page,
        message: `Cookie ${first.name} (${first.domain}) is set but declared by no service.`,
        suggestion: suggestDeclaration(index, 'cookie', first.name, first),
        rules: ['R6'],
      });
      continue;
    }
    matched.add(declared);
    const owner = { serviceId: declared.serviceId, categoryId: declared.categoryId };
    let setWithoutConsent = false;
    if (!declared.required) {
      const early = byState.get('first-visit');
      const refused = byState.get('reject');
      if (early || refused) {
        // One finding for "set without consent": on a first visit, after "Reject all", or both.
        setWithoutConsent = true;
        const where = [early ? 'on a first visit, before any consent' : '', refused ? 'after "Reject all"' : ''].filter(Boolean).join(' and ');
        findings.push({
          ...base,
          ...owner,
          kind: early ? 'before-consent' : 'after-refusal',
          severity: 'error',
          rules: early ? ['R1'] : ['R1', 'R10'],
          states: stateIds.filter((id) => id === 'first-visit' || id === 'reject'),
          page: (early ?? refused)!.page,
          message: `Cookie ${first.name} of ${who(declared)} is set ${where} (first on ${(early ?? refused)!.page}).`,
        });
      }
      const after = byState.get('withdrawal');
      if (after && !setWithoutConsent) findings.push(withdrawalFinding(after, byState.get('accept'), declared));
    }
    if (declared.duration !== undefined) {
      const longest = [...byState.values()].find((c) => outlivesDeclared(c.expires, c.observedAt, declared.duration!));
      if (longest) {
        findings.push({
          ...base,
          ...owner,
          kind: 'lifetime',
          severity: 'warning',
          states: stateIds,
          page: longest.page,
          rules: ['R6', 'R11'],
          message: `Cookie ${first.name} lives ${lifetimeText(longest.expires, longest.observedAt)}, longer than its declared ${declared.durationText || 'duration'}.`,
        });
      }
    }
  }
  return findings;
}

/** A non-required cookie still there after the withdrawal: not removed, or set again. */
function withdrawalFinding(after: ObservedCookie, granted: ObservedCookie | undefined, declared: DeclaredCookie): Finding {
  const base = {
    subject: 'cookie' as const,
    name: after.name,
    domain: after.domain,
    serviceId: declared.serviceId,
    categoryId: declared.categoryId,
    states: ['withdrawal' as const],
    page: after.page,
  };
  if (granted && granted.value !== undefined && after.value !== undefined && granted.value !== after.value) {
    return {
      ...base,
      kind: 'after-refusal',
      severity: 'error',
      rules: ['R13'],
      message: `Cookie ${after.name} of ${who(declared)} is set again after the withdrawal (a new value on ${after.page}).`,
    };
  }
  const reason = after.httpOnly
    ? 'HttpOnly: page scripts cannot delete it (R27); the server that sets it must stop setting it and expire it once consent is withdrawn.'
    : after.thirdParty
      ? `Third-party: it lives on ${after.domain}, which the site cannot delete (R32); only keeping the vendor from loading stops it.`
      : undefined;
  return {
    ...base,
    kind: 'not-removed',
    severity: reason ? 'warning' : 'error',
    ...(reason ? { reason } : {}),
    rules: reason ? ['R13', 'R27', 'R32'] : ['R13'],
    message: `Cookie ${after.name} of ${who(declared)} is still present after the withdrawal.`,
  };
}

function storageFindings(states: readonly StateObservation[], index: DeclarationIndex): Finding[] {
  const findings: Finding[] = [];
  for (const { first, in: byState } of gather<ObservedStorage>(
    states,
    (s) => s.storage,
    (s) => `${s.area}\u0000${s.name}`,
  )) {
    const base = { subject: first.area, name: first.name };
    const label = first.area === 'indexedDB' ? `IndexedDB database ${first.name}` : `${first.area} key ${first.name}`;
    const declared = declaredStorageFor(index, first.name);
    if (!declared) {
      findings.push({
        ...base,
        kind: 'undeclared',
        severity: 'error',
        states: [...byState.keys()],
        page: first.page,
        rules: ['R6'],
        message: `${label} is written but declared by no service (storageKeys).`,
        suggestion: suggestDeclaration(index, first.area, first.name),
      });
      continue;
    }
    if (declared.required) continue;
    const owner = { serviceId: declared.serviceId, categoryId: declared.categoryId };
    const early = byState.get('first-visit') ?? byState.get('reject');
    if (early) {
      const id = byState.has('first-visit') ? 'first-visit' : 'reject';
      findings.push({
        ...base,
        ...owner,
        kind: id === 'first-visit' ? 'before-consent' : 'after-refusal',
        severity: 'error',
        rules: ['R1'],
        states: [...byState.keys()].filter((s) => s === 'first-visit' || s === 'reject'),
        page: early.page,
        message: `${label} of ${who(declared)} is written ${id === 'first-visit' ? 'on a first visit, before any consent' : 'after "Reject all"'} (on ${early.page}).`,
      });
    } else if (byState.has('withdrawal')) {
      findings.push({
        ...base,
        ...owner,
        kind: 'not-removed',
        severity: 'error',
        states: ['withdrawal'],
        page: byState.get('withdrawal')!.page,
        rules: ['R13'],
        message: `${label} of ${who(declared)} is still present after the withdrawal.`,
      });
    }
  }
  return findings;
}

function requestFindings(states: readonly StateObservation[]): Finding[] {
  const findings: Finding[] = [];
  const noConsent = states.filter((s) => NO_CONSENT.includes(s.id));
  for (const { first, in: byState } of gather<ObservedRequest>(
    noConsent,
    (s) => s.requests,
    (r) => r.host,
  )) {
    const count = noConsent.reduce((n, s) => n + s.requests.filter((r) => r.host === first.host).length, 0);
    findings.push({
      subject: 'request',
      name: first.host,
      kind: 'third-party-request',
      severity: 'error',
      states: [...byState.keys()],
      page: first.page,
      rules: ['R1'],
      message: `${count} request${count === 1 ? '' : 's'} to third-party host ${first.host} without consent, first ${first.url} (${first.resourceType}, on ${first.page}).`,
    });
  }
  return findings;
}

/**
 * Compares what the browser saw in each state with the declaration (R1, R6, R10, R11, R13,
 * R27, R32): a non-strictly-necessary service's cookie or storage key on a first visit or after
 * a refusal, anything declared by no service (with a suggestion), what a withdrawal left behind,
 * cookies outliving their declared duration, declared cookies never seen, and requests to
 * third-party hosts before consent, after a refusal or after a withdrawal.
 *
 * @param states - The observations, normally all four states in order.
 * @param index - The audited config's declaration ({@link indexDeclaration}).
 * @returns Findings, errors first, in the order found.
 * @example
 * ```ts
 * const findings = analyzeObservations(states, indexDeclaration(config));
 * ```
 * @remarks R1, R6, R10, R11, R13, R27, R32: docs/rules.md.
 */
export function analyzeObservations(states: readonly StateObservation[], index: DeclarationIndex, options: AnalyzeOptions = {}): Finding[] {
  const matched = new Set<DeclaredCookie>();
  const findings = [...requestFindings(states), ...cookieFindings(states, index, matched), ...storageFindings(states, index)];
  const skip = new Set(options.skipUnseen ?? []);
  for (const d of index.cookies) {
    if (matched.has(d) || skip.has(d.serviceId)) continue;
    findings.push({
      subject: 'cookie',
      name: d.label,
      kind: 'unseen',
      severity: 'warning',
      states: [],
      serviceId: d.serviceId,
      categoryId: d.categoryId,
      rules: ['R6'],
      ...(d.thirdParty ? { reason: 'Declared as third-party: the audit sees it only if the vendor host answers in the browser.' } : {}),
      message: `Cookie ${d.label} is declared by ${who(d)} but was never seen in any state (a stale declaration?).`,
    });
  }
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
}
