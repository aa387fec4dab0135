/** One problem found in a consent configuration: where it is and what is wrong. */
export interface ConsentConfigIssue {
  /** Dotted path into the config, e.g. `services.hotjar.category`. */
  path: string;
  message: string;
}

/**
 * Thrown by {@link createConsentManager} (and {@link validateConsentConfig}) when a config is
 * invalid. It lists every problem at once, each with its path, so a site fixes them in one go.
 *
 * @example
 * ```ts
 * try { createConsentManager(config); }
 * catch (e) { if (e instanceof ConsentConfigError) console.error(e.issues); }
 * ```
 */
export class ConsentConfigError extends Error {
  /** Every problem found, in config order. */
  readonly issues: readonly ConsentConfigIssue[];

  constructor(issues: readonly ConsentConfigIssue[]) {
    super(`[@introw/consent] Invalid consent config:${issues.map((i) => `\n  - ${i.path}: ${i.message}`).join('')}`);
    this.name = 'ConsentConfigError';
    this.issues = issues;
  }
}
