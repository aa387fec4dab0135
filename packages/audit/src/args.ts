import { parseArgs } from 'node:util';
import type { Severity } from './types';
import type { AuditSelectors } from './runAudit';
import { AuditError } from './errors';

/** The command line, parsed and checked. */
export interface CliArgs {
  url: string;
  config: string;
  exportName?: string;
  pages: number;
  json?: string;
  html?: string;
  chromium?: string;
  failOn: Severity;
  selectors: Partial<AuditSelectors>;
  allowHosts: string[];
  skipUnseen: string[];
  setup?: string;
  timeoutMs: number;
  quiet: boolean;
}

export const USAGE = `Usage: introw-consent-audit <url> --config <file> [options]

Drives Chromium through a first visit, "Reject all", "Accept all" and a withdrawal, on <url> and
up to --pages same-origin pages found through links, and compares the cookies, storage and
third-party requests it sees with the consent config.

  --config <file>        the site's consent config: a .ts/.js module (export \`config\`, default,
                         or the only config export) or a .json file (patterns as strings)
  --export <name>        the export of the module to use (e.g. introwConfig)
  --pages <n>            same-origin pages to audit besides <url> (default 5)
  --json <file>          write the report as JSON
  --html <file>          write a self-contained HTML report with a screenshot of each state
  --chromium <path>      Chromium binary (default $CHROMIUM_PATH or /usr/bin/chromium)
  --fail-on <level>      error (default) or warning: the lowest severity that exits 1
  --accept <selector>    "Accept all" on the banner     (default: our banner's data-ic-action)
  --reject <selector>    "Reject all" on the banner
  --settings <selector>  the control that reopens the preferences ("Cookie settings")
  --withdraw <selector>  the control there that withdraws everything ("Reject all")
  --allow-host <host>    a third-party host that is the site's own strictly necessary
                         infrastructure (repeatable; ".example.com" covers subdomains)
  --skip-unseen <ids>    services not used on this site: no "never seen" warnings (comma list)
  --setup <module>       a module whose default export gets each new browser context first
                         (routes, stand-ins for vendor hosts on a closed network)
  --timeout <seconds>    longest wait for a page, a control or a quiet network (default 30)
  --quiet                no progress lines
  --help, --version

Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; 2 usage or browser error.
`;

const list = (values: string[] | undefined): string[] =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/** A whole number from a flag, at least `min`. */
function whole(value: string | undefined, flag: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new AuditError('usage', `${flag} takes a whole number of at least ${min}, got "${value}".`);
  return Number(value);
}

/**
 * Parses the command line (without `node` and the script). `--help` and `--version` come back
 * as `'help'` / `'version'`.
 *
 * @throws {AuditError} `usage` with what to fix.
 * @example
 * ```ts
 * parseCli(['http://localhost:5173/', '--config', 'consent.ts']); // { url, config, pages: 5, failOn: 'error', ... }
 * ```
 */
export function parseCli(argv: readonly string[]): CliArgs | 'help' | 'version' {
  const config = {
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: 'string' },
      export: { type: 'string' },
      pages: { type: 'string' },
      json: { type: 'string' },
      html: { type: 'string' },
      chromium: { type: 'string' },
      'fail-on': { type: 'string' },
      accept: { type: 'string' },
      reject: { type: 'string' },
      settings: { type: 'string' },
      withdraw: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      'skip-unseen': { type: 'string', multiple: true },
      setup: { type: 'string' },
      timeout: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    throw new AuditError('usage', `${(error as Error).message}. Run introw-consent-audit --help for the options.`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return 'help';
  if (v.version) return 'version';
  if (positionals.length !== 1)
    throw new AuditError('usage', `Give exactly one start URL (got ${positionals.length}): introw-consent-audit <url> --config <file>.`);
  if (!v.config) throw new AuditError('usage', "Missing --config <file>: the site's consent config (.ts, .js or .json).");
  const failOn = v['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning') throw new AuditError('usage', `--fail-on takes "error" or "warning", got "${failOn}".`);
  const selectors: Partial<AuditSelectors> = {};
  for (const key of ['accept', 'reject', 'settings', 'withdraw'] as const) if (v[key]) selectors[key] = v[key];
  return {
    url: positionals[0]!,
    config: v.config,
    ...(v.export ? { exportName: v.export } : {}),
    pages: whole(v.pages, '--pages', 5, 0),
    ...(v.json ? { json: v.json } : {}),
    ...(v.html ? { html: v.html } : {}),
    ...(v.chromium ? { chromium: v.chromium } : {}),
    failOn,
    selectors,
    allowHosts: list(v['allow-host']),
    skipUnseen: list(v['skip-unseen']),
    ...(v.setup ? { setup: v.setup } : {}),
    timeoutMs: whole(v.timeout, '--timeout', 30, 1) * 1000,
    quiet: v.quiet === true,
  };
}
