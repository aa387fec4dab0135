import { Console } from 'node:console';
import { Writable } from 'node:stream';
import type { AuditReport, Severity } from '../types';
import { STATE_LABELS } from '../types';

/** Node's own table formatter (`console.table`), into a string. */
function table(rows: readonly Record<string, unknown>[], columns?: string[]): string {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  new Console({ stdout: sink, colorMode: false }).table(rows, columns);
  return text;
}

const indent = (text: string, by = '    '): string => text.replace(/^/gm, by);

/**
 * The terminal summary of a report: what each state left, a table of the findings, each
 * suggestion for an undeclared name with its ready-to-paste entry, and the verdict.
 *
 * @param report - The audit's report.
 * @param failOn - The lowest severity that fails the run.
 * @returns Plain text (no colours), ending with a newline.
 * @example
 * ```ts
 * process.stdout.write(formatSummary(report, 'error'));
 * ```
 */
export function formatSummary(report: AuditReport, failOn: Severity): string {
  const lines: string[] = [];
  lines.push(`Consent audit of ${report.url}${report.config ? ` against ${report.config}` : ''} (${report.browser})`);
  lines.push(`Pages: ${report.pages.join(', ')}`);
  lines.push('');
  lines.push(
    table(
      report.states.map((s) => ({
        state: STATE_LABELS[s.id],
        cookies: s.cookies.length,
        'storage keys': s.storage.length,
        'third-party requests': s.requests.length,
      })),
    ).trimEnd(),
  );
  lines.push('');
  if (report.findings.length === 0) {
    lines.push('No findings: every cookie, storage key and request matches the declaration in every state.');
  } else {
    lines.push(
      table(
        report.findings.map((f) => ({
          severity: f.severity,
          kind: f.kind,
          subject: f.subject,
          name: f.name,
          service: f.serviceId === undefined ? '' : f.serviceId || '(consent cookie)',
          states: f.states.join(', '),
        })),
      ).trimEnd(),
    );
    lines.push('');
    for (const f of report.findings) {
      lines.push(`${f.severity === 'error' ? 'ERROR' : 'warning'} [${f.kind}] ${f.message}${f.rules.length ? ` (${f.rules.join(', ')})` : ''}`);
      if (f.reason) lines.push(`    why: ${f.reason}`);
      const s = f.suggestion;
      if (s) {
        lines.push(
          s.source === 'open-cookie-database'
            ? `    likely: ${s.vendor} (${s.databaseCategory}${s.categoryId ? ` -> category "${s.categoryId}"` : ''}), retention ${s.retention || 'unknown'}: ${s.purpose}`
            : '    not in the Open Cookie Database: fill in the placeholders below.',
        );
        lines.push(indent(s.snippet));
      }
    }
  }
  const { errors, warnings } = report.summary;
  const failing = failOn === 'warning' ? errors + warnings : errors;
  lines.push('');
  lines.push(
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}: ${failing ? 'FAILED' : 'passed'} (--fail-on ${failOn})`,
  );
  return `${lines.join('\n')}\n`;
}
