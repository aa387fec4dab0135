import type { CookieDuration } from '@introw/consent-core';

/**
 * The shapes of an audit: what the browser saw in each state, the findings, the report.
 * Public contract of `@introw/consent-audit` (the JSON report is `AuditReport` as JSON).
 */

/** The four states the audit drives the site through, in order. */
export type AuditStateId = 'first-visit' | 'reject' | 'accept' | 'withdrawal';

/**
 * Every state, in the order they run.
 *
 * @example
 * ```ts
 * for (const id of AUDIT_STATES) console.log(STATE_LABELS[id]);
 * ```
 */
export const AUDIT_STATES: readonly AuditStateId[] = ['first-visit', 'reject', 'accept', 'withdrawal'];

/** Human labels of the states (terminal, HTML). */
export const STATE_LABELS: Readonly<Record<AuditStateId, string>> = {
  'first-visit': 'First visit, no interaction',
  reject: 'Reject all',
  accept: 'Accept all',
  withdrawal: 'Withdrawal',
};

/** A cookie from the browser context's own cookie store (HttpOnly and third-party included). */
export interface ObservedCookie {
  name: string;
  /** As the browser stores it: `.example.com` for a domain cookie, `example.com` for a host-only one. */
  domain: string;
  path: string;
  /** Expiry in seconds since the epoch; `-1` for a session cookie. */
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  /** Set on a site other than the audited one (its registrable domain differs). */
  thirdParty: boolean;
  /** When it was read (epoch ms), for lifetimes. */
  observedAt: number;
  /** The page loaded when it was first seen in this state. */
  page: string;
  /** The value, kept in memory to tell "not removed" from "set again"; never written to a report. */
  value?: string;
}

/** Where a web-storage name lives. */
export type StorageArea = 'localStorage' | 'sessionStorage' | 'indexedDB';

/** A localStorage / sessionStorage key or an IndexedDB database name of the audited origin. */
export interface ObservedStorage {
  area: StorageArea;
  name: string;
  /** The page loaded when it was first seen in this state. */
  page: string;
}

/** A request to a host of another site than the audited one. */
export interface ObservedRequest {
  url: string;
  host: string;
  /** The page loaded when the request was made. */
  page: string;
  resourceType: string;
}

/** What one state left behind, over every page visited in it. */
export interface StateObservation {
  id: AuditStateId;
  /** Pages loaded in this state, in order. */
  pages: string[];
  cookies: ObservedCookie[];
  storage: ObservedStorage[];
  requests: ObservedRequest[];
  /** A JPEG of the start page in this state (after the state's action), base64; not in the JSON report. */
  screenshot?: string;
}

/** What a finding is about. */
export type FindingSubject = 'cookie' | StorageArea | 'request';

/**
 * The kinds of finding:
 * - `before-consent`: a non-strictly-necessary service's cookie or storage key on a first visit (R1);
 * - `after-refusal`: one present after "Reject all", or set again after a withdrawal (R1, R13);
 * - `undeclared`: present, but declared by no service (R6), with a suggestion;
 * - `not-removed`: still present after a withdrawal (R13; HttpOnly and third-party cookies as warnings, R27, R32);
 * - `lifetime`: a cookie lives longer than its declared duration (R6, R11);
 * - `unseen`: a declared cookie never seen in any state: a stale declaration (R6);
 * - `third-party-request`: a request to another site's host before consent, after a refusal or after a withdrawal (R1).
 */
export type FindingKind = 'before-consent' | 'after-refusal' | 'undeclared' | 'not-removed' | 'lifetime' | 'unseen' | 'third-party-request';

/** `error` fails the audit by default; `warning` only with `--fail-on warning`. */
export type Severity = 'error' | 'warning';

/** A ready-to-paste declaration for something undeclared, from the Open Cookie Database when it knows the name. */
export interface Suggestion {
  /** `open-cookie-database` when the database knows the name; `observed` when built from what the browser saw only. */
  source: 'open-cookie-database' | 'observed';
  /** Likely vendor (the database's platform), when known. */
  vendor?: string;
  /** Who controls the data, per the database. */
  dataController?: string;
  /** The database's category: Functional, Personalization, Analytics, Marketing or Security. */
  databaseCategory?: string;
  /** A category id of the audited config that fits, when one does. */
  categoryId?: string;
  /** The purpose, quoted from the database. */
  purpose?: string;
  /** The retention the database gives, as written there (`2 years`, `session`). */
  retention?: string;
  /** The duration to declare: the database's retention when it parses, else the observed lifetime. */
  duration?: CookieDuration;
  privacyPolicyUrl?: string;
  /** An existing service of the config this likely belongs to. */
  serviceId?: string;
  /** The database matched a name family (its wildcard entries), so the entry is a pattern. */
  pattern?: boolean;
  /** The entry as data, mergeable into a config (`{ services: { id: {...} } }`; patterns as strings). */
  entry: Record<string, unknown>;
  /** The same entry as TypeScript to paste into the config module. */
  snippet: string;
}

/** One difference between what the site does and what its declaration says. */
export interface Finding {
  kind: FindingKind;
  severity: Severity;
  subject: FindingSubject;
  /** Cookie name, storage key, IndexedDB name or request host. */
  name: string;
  /** One sentence that says what is wrong and where. */
  message: string;
  /** States in which it was seen (for `unseen`: none). */
  states: AuditStateId[];
  /** The first page where it was seen. */
  page?: string;
  /** The declaring service (`''` for the consent cookie itself). */
  serviceId?: string;
  categoryId?: string;
  /** Cookie domain, for cookies. */
  domain?: string;
  /** Why a `not-removed` finding is only a warning, or other context. */
  reason?: string;
  /** For `undeclared`: what to declare. */
  suggestion?: Suggestion;
  /** Rule ids of docs/rules.md this finding is about. */
  rules: string[];
}

/** The whole result of one audit; the JSON report is this object. */
export interface AuditReport {
  tool: '@introw/consent-audit';
  version: string;
  url: string;
  /** The config file, as given. */
  config?: string;
  startedAt: string;
  finishedAt: string;
  browser: string;
  /** Every page audited (the start URL first). */
  pages: string[];
  states: StateObservation[];
  findings: Finding[];
  summary: { errors: number; warnings: number };
}
