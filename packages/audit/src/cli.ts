import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { parseCli, USAGE } from './args';
import { AuditError } from './errors';
import { importModule, loadConfig } from './loadConfig';
import { runAudit } from './runAudit';
import { formatSummary } from './report/text';
import { toJson } from './report/json';
import { toHtml } from './report/html';
import { VERSION } from './version';

/** Where the CLI writes: injectable for tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

function write(file: string, text: string): string {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/**
 * The `introw-consent-audit` command: parses the arguments, loads the config (and the
 * `--setup` module), runs the audit with progress on stderr, prints the summary on stdout and
 * writes the JSON and HTML reports.
 *
 * @param argv - The arguments after the script name.
 * @returns The exit code: 0 clean, 1 findings at or above `--fail-on`, 2 a usage or browser error.
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2));
 * ```
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const args = parseCli(argv);
    if (args === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (args === 'version') {
      io.out(`${VERSION}\n`);
      return 0;
    }
    const config = await loadConfig(args.config, args.exportName);
    let setupContext: ((context: BrowserContext) => void | Promise<void>) | undefined;
    if (args.setup) {
      const mod = await importModule(args.setup);
      const fn = mod.default ?? mod.setupContext;
      if (typeof fn !== 'function') throw new AuditError('usage', `${args.setup} must export a function (default export) that takes the browser context.`);
      setupContext = fn as (context: BrowserContext) => void | Promise<void>;
    }
    const report = await runAudit({
      url: args.url,
      config,
      configPath: args.config,
      pages: args.pages,
      selectors: args.selectors,
      allowHosts: args.allowHosts,
      skipUnseen: args.skipUnseen,
      timeoutMs: args.timeoutMs,
      ...(args.chromium ? { chromiumPath: args.chromium } : {}),
      ...(setupContext ? { setupContext } : {}),
      ...(args.quiet ? {} : { onProgress: (line: string) => io.err(`${line}\n`) }),
    });
    io.out(formatSummary(report, args.failOn));
    if (args.json) io.err(`JSON report: ${write(args.json, toJson(report))}\n`);
    if (args.html) io.err(`HTML report: ${write(args.html, toHtml(report))}\n`);
    const failing = args.failOn === 'warning' ? report.summary.errors + report.summary.warnings : report.summary.errors;
    return failing > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof AuditError) {
      io.err(`introw-consent-audit: ${error.kind} error: ${error.message}\n`);
    } else {
      io.err(
        `introw-consent-audit: browser error: ${(error as Error)?.message ?? String(error)}\nThe browser or the site failed mid-run; run again, or with a longer --timeout on a slow machine.\n`,
      );
    }
    return 2;
  }
}
