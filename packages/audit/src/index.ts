/**
 * @introw/consent-audit: checks a running site against its consent declaration in Chromium.
 * Explicit barrel: every public export is listed here. The command is `introw-consent-audit`.
 */
export { runAudit, DEFAULT_SELECTORS } from './runAudit';
export type { AuditOptions, AuditSelectors } from './runAudit';
export { loadConfig } from './loadConfig';
export { analyzeObservations } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { indexDeclaration } from './declarations';
export type { DeclarationIndex, DeclaredCookie, DeclaredStorageKey } from './declarations';
export { suggestDeclaration } from './suggest';
export { lookupKnownCookie } from './cookieDatabase';
export type { KnownCookie } from './cookieDatabase';
export { AuditError } from './errors';
export { formatSummary } from './report/text';
export { toJson } from './report/json';
export { toHtml } from './report/html';
export { main } from './cli';
export type { CliIo } from './cli';
export { AUDIT_STATES, STATE_LABELS } from './types';
export type {
  AuditReport,
  AuditStateId,
  Finding,
  FindingKind,
  FindingSubject,
  ObservedCookie,
  ObservedRequest,
  ObservedStorage,
  Severity,
  StateObservation,
  StorageArea,
  Suggestion,
} from './types';
