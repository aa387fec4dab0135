import type { DecisionCounts } from '../queries';
import type { RecordMethod } from '../types';
import { esc, splitBars, stackedBars, type Series } from './svg';

const DAY_MS = 86_400_000;

/** The kinds of record, in stacking order, with colours that keep 3:1 against white. */
export const METHOD_SERIES: readonly (Series & { key: RecordMethod })[] = [
  { key: 'accept-all', label: 'accept all', color: '#1a7f37' },
  { key: 'custom', label: 'custom', color: '#0969da' },
  { key: 'reject-all', label: 'reject all', color: '#cf222e' },
  { key: 'withdrawal', label: 'withdrawal', color: '#6e7781' },
  { key: 'reset', label: 'reset', color: '#8250df' },
  { key: 'gpc-opt-out', label: 'GPC opt-out', color: '#9a6700' },
];
const GRANTED: Series = { key: 'a', label: 'granted', color: '#1a7f37' };
const REFUSED: Series = { key: 'b', label: 'refused', color: '#cf222e' };

/** `YYYY-MM-DD` of every UTC day in `[from, to)`. */
export function daysBetween(from: Date, to: Date): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); t < to.getTime(); t += DAY_MS)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const swatch = (s: Series): string => `<svg class="sw" viewBox="0 0 12 12" aria-hidden="true"><rect width="12" height="12" fill="${s.color}"/></svg>`;

/**
 * The dashboard page: totals, decisions per day (stacked by kind) and per category (granted
 * vs refused) as inline SVG, and the same numbers as tables (each scrolls in its own box on a
 * phone, keyboard-reachable, rather than widening the page). No script, no external asset,
 * no inline style attribute (it works under `default-src 'none'; style-src 'unsafe-inline'`).
 */
export function dashboardHtml(counts: DecisionCounts, from: Date, to: Date, basePath: string): string {
  const days = daysBetween(from, to);
  const get = (day: string, key: string) => counts.perDay.get(day)?.[key as RecordMethod] ?? 0;
  const totals = Object.fromEntries(METHOD_SERIES.map((s) => [s.key, days.reduce((n, d) => n + get(d, s.key), 0)]));
  const categories = [...counts.perCategory.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([label, c]) => ({ label, a: c.granted, b: c.refused }));
  const range = `${days[0] ?? ''} to ${days[days.length - 1] ?? ''} (UTC)`;
  const legend = METHOD_SERIES.map((s) => `<li>${swatch(s)}${esc(s.label)}: <strong>${totals[s.key]}</strong></li>`).join('');
  const dayRows = days
    .filter((d) => METHOD_SERIES.some((s) => get(d, s.key)))
    .map((d) => `<tr><th scope="row">${d}</th>${METHOD_SERIES.map((s) => `<td>${get(d, s.key)}</td>`).join('')}</tr>`)
    .join('');
  const periods = [7, 30, 90, 365].map((n) => `<a href="${esc(basePath)}/dashboard?days=${n}">${n} days</a>`).join(' · ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consent decisions, ${esc(range)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:820px;padding:16px;color:#1f2328}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}svg{width:100%;height:auto;font-size:11px;fill:#1f2328}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:16px}svg.sw{width:12px;height:12px;margin-right:6px;vertical-align:-1px}
.t{overflow-x:auto;margin-top:8px}table{border-collapse:collapse}td,th{border-bottom:1px solid #d0d7de;padding:2px 10px;text-align:right}th{text-align:left}caption{text-align:left;font-weight:600}
</style></head><body>
<h1>Consent decisions</h1>
<p>${esc(range)}: <strong>${counts.visitors}</strong> visitors (consent ids) recorded. Show the last ${periods}.</p>
<ul class="legend">${legend}</ul>
<h2>Decisions per day</h2>
${stackedBars(`Decisions per day, ${range}`, days, METHOD_SERIES, get)}
<h2>Per category (decisions other than withdrawals)</h2>
<ul class="legend"><li>${swatch(GRANTED)}granted</li><li>${swatch(REFUSED)}refused</li></ul>
${categories.length ? splitBars(`Granted and refused per category, ${range}`, categories, GRANTED, REFUSED) : '<p>No decisions in this period.</p>'}
<h2>Numbers</h2>
<div class="t" role="region" aria-label="Decisions per day, table" tabindex="0"><table><caption>Decisions per day</caption><thead><tr><th scope="col">day</th>${METHOD_SERIES.map((s) => `<th scope="col">${esc(s.label)}</th>`).join('')}</tr></thead><tbody>${dayRows || `<tr><td colspan="${METHOD_SERIES.length + 1}">none</td></tr>`}</tbody></table></div>
<div class="t" role="region" aria-label="Per category, table" tabindex="0"><table><caption>Per category</caption><thead><tr><th scope="col">category</th><th scope="col">granted</th><th scope="col">refused</th></tr></thead><tbody>${categories.map((c) => `<tr><th scope="row">${esc(c.label)}</th><td>${c.a}</td><td>${c.b}</td></tr>`).join('') || '<tr><td colspan="3">none</td></tr>'}</tbody></table></div>
</body></html>`;
}
