/**
 * Thrown when the audit cannot run: a usage problem (bad arguments, unreadable or invalid
 * config, a banner control that is not on the page) or a browser problem (Chromium missing, the
 * site not answering). The CLI exits with code 2 and prints the message, which says what to do.
 *
 * @example
 * ```ts
 * try { await runAudit(options); }
 * catch (e) { if (e instanceof AuditError) { console.error(e.message); process.exitCode = 2; } }
 * ```
 */
export class AuditError extends Error {
  /** `usage`: fix the command or the config; `browser`: fix the browser or the site. */
  readonly kind: 'usage' | 'browser';

  constructor(kind: 'usage' | 'browser', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AuditError';
    this.kind = kind;
  }
}
