import type { AuditReport } from '../types';

/**
 * The report as JSON: everything but the screenshots (in the HTML report) and the cookie
 * values (identifiers of the test browser, of no use in a report). Pretty-printed.
 *
 * @example
 * ```ts
 * writeFileSync('audit.json', toJson(report));
 * ```
 */
export function toJson(report: AuditReport): string {
  const states = report.states.map(({ screenshot: _screenshot, cookies, ...rest }) => ({
    ...rest,
    cookies: cookies.map(({ value: _value, ...cookie }) => cookie),
  }));
  return `${JSON.stringify({ ...report, states }, null, 2)}\n`;
}
