import type { AuditReport, Finding, StateObservation } from '../types';
import { STATE_LABELS } from '../types';
import { lifetimeText } from '../lifetime';

/** Escapes text for HTML element content and double-quoted attributes. */
const esc = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1.5rem;color:#1b1f24;background:#fff}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f6f8fa;padding:.6rem;overflow:auto;border-radius:4px}
.error{color:#a40e26;font-weight:600}.warning{color:#7a4d00;font-weight:600}.ok{color:#116329;font-weight:600}
.shots{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:1rem}.shots figure{margin:0}
.shots img{width:100%;border:1px solid #d0d7de}figcaption{font-size:.85rem;color:#57606a}.muted{color:#57606a}
`;

function findingRow(f: Finding): string {
  const s = f.suggestion;
  const suggestion = s
    ? `<div>${s.source === 'open-cookie-database' ? `Likely <strong>${esc(s.vendor)}</strong> (${esc(s.databaseCategory)}${s.categoryId ? `, category <code>${esc(s.categoryId)}</code>` : ''}), retention ${esc(s.retention || 'unknown')}: ${esc(s.purpose)}` : 'Not in the Open Cookie Database: fill in the placeholders.'}</div><pre>${esc(s.snippet)}</pre>`
    : '';
  return `<tr><td class="${f.severity}">${f.severity}</td><td><code>${esc(f.kind)}</code></td><td>${esc(f.subject)}</td><td><code>${esc(f.name)}</code></td>
<td>${esc(f.message)}${f.reason ? `<div class="muted">${esc(f.reason)}</div>` : ''}${suggestion}</td><td>${esc(f.states.join(', '))}</td><td>${esc(f.rules.join(', '))}</td></tr>`;
}

function stateSection(s: StateObservation): string {
  const cookies = s.cookies
    .map(
      (c) =>
        `<tr><td><code>${esc(c.name)}</code></td><td>${esc(c.domain)}</td><td>${esc(c.path)}</td><td>${esc(lifetimeText(c.expires, c.observedAt))}</td><td>${c.httpOnly ? 'yes' : ''}</td><td>${c.thirdParty ? 'yes' : ''}</td><td>${esc(c.page)}</td></tr>`,
    )
    .join('');
  const storage = s.storage.map((k) => `<tr><td>${esc(k.area)}</td><td><code>${esc(k.name)}</code></td><td>${esc(k.page)}</td></tr>`).join('');
  const requests = s.requests
    .map((r) => `<tr><td>${esc(r.host)}</td><td><code>${esc(r.url)}</code></td><td>${esc(r.resourceType)}</td><td>${esc(r.page)}</td></tr>`)
    .join('');
  return `<h3 id="state-${s.id}">${esc(STATE_LABELS[s.id])}</h3>
<p class="muted">Pages: ${s.pages.map((p) => `<code>${esc(p)}</code>`).join(', ')}</p>
${cookies ? `<table><tr><th>Cookie</th><th>Domain</th><th>Path</th><th>Lifetime</th><th>HttpOnly</th><th>Third party</th><th>First seen on</th></tr>${cookies}</table>` : '<p>No cookies.</p>'}
${storage ? `<table><tr><th>Storage</th><th>Key / database</th><th>First seen on</th></tr>${storage}</table>` : '<p>No web storage keys or IndexedDB databases.</p>'}
${requests ? `<table><tr><th>Third-party host</th><th>URL</th><th>Type</th><th>Page</th></tr>${requests}</table>` : '<p>No requests to third-party hosts.</p>'}`;
}

/**
 * A self-contained HTML report (no external files: styles inline, screenshots as data URLs):
 * the verdict, a screenshot of each state, the findings with suggestions, and per state every
 * cookie, storage key and third-party request seen.
 *
 * @example
 * ```ts
 * writeFileSync('audit.html', toHtml(report));
 * ```
 */
export function toHtml(report: AuditReport): string {
  const { errors, warnings } = report.summary;
  const shots = report.states
    .filter((s) => s.screenshot)
    .map(
      (s) =>
        `<figure><img alt="${esc(STATE_LABELS[s.id])}: ${esc(s.pages[0] ?? report.url)}" src="data:image/jpeg;base64,${s.screenshot}"><figcaption>${esc(STATE_LABELS[s.id])}</figcaption></figure>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Consent audit: ${esc(report.url)}</title><style>${STYLE}</style></head><body>
<h1>Consent audit of <code>${esc(report.url)}</code></h1>
<p class="muted">${report.config ? `Config <code>${esc(report.config)}</code> · ` : ''}${esc(report.browser)} · ${esc(report.startedAt)} · @introw/consent-audit ${esc(report.version)}</p>
<p class="${errors ? 'error' : warnings ? 'warning' : 'ok'}">${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}</p>
<h2>States</h2><div class="shots">${shots}</div>
<h2>Findings</h2>
${report.findings.length ? `<table><tr><th>Severity</th><th>Kind</th><th>Subject</th><th>Name</th><th>What</th><th>States</th><th>Rules</th></tr>${report.findings.map(findingRow).join('')}</table>` : '<p class="ok">None: the site does what its declaration says in every state.</p>'}
<h2>What each state left</h2>
${report.states.map(stateSection).join('\n')}
<p class="muted">Suggestions quote the Open Cookie Database (Apache License 2.0, github.com/jkwakman/Open-Cookie-Database).</p>
</body></html>
`;
}
