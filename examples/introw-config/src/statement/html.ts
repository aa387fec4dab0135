import type { StatementBlock, StatementDocument, StatementInline, StatementSection, StatementService } from './types';

/** Options of {@link statementToHtml}. */
export interface StatementHtmlOptions {
  /** HTML put where the statement places the page's "Cookie settings" control (§5). Default: none. */
  settingsHtml?: string;
  /** Heading level of the title (sections get the next level, subsections the one after). Default 1. */
  level?: 1 | 2 | 3;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `text` safe inside an element or a double-quoted attribute (`&`, `<`, `>`, `"`, `'` escaped).
 *
 * @example
 * ```ts
 * escapeHtml('<b>"x"</b>'); // '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Only http(s) and mailto links are written; anything else becomes text (fail closed). */
const safeHref = (href: string): boolean => /^(?:https?:|mailto:)/i.test(href);

function inline(part: StatementInline): string {
  if (typeof part === 'string') return escapeHtml(part);
  if (!safeHref(part.href)) return escapeHtml(part.text);
  const external = part.href.startsWith('http') ? ' rel="noopener"' : '';
  return `<a href="${escapeHtml(part.href)}"${external}>${escapeHtml(part.text)}</a>`;
}

function service(s: StatementService, doc: StatementDocument, level: number): string {
  const l = doc.labels;
  const badges = [
    s.platformOnly ? `<span class="statement-badge" data-platform-only="">${escapeHtml(l.platformOnly)}</span>` : '',
    s.addition ? `<span class="statement-badge" data-addition="">${escapeHtml(l.addition)}</span>` : '',
  ].join('');
  const policy = s.privacyPolicyUrl ? ` · ${inline({ text: l.privacyPolicy.replace('{service}', s.name), href: s.privacyPolicyUrl })}` : '';
  const head = `<th scope="col">${escapeHtml(l.cookie)}</th><th scope="col">${escapeHtml(l.duration)}</th><th scope="col">${escapeHtml(l.purpose)}</th><th scope="col">${escapeHtml(l.party)}</th>`;
  const rows = s.cookies
    .map(
      (c) =>
        `<tr><td data-label="${escapeHtml(l.cookie)}"><code>${escapeHtml(c.name)}</code>${c.note ? ` (${escapeHtml(c.note)})` : ''}</td>` +
        `<td data-label="${escapeHtml(l.duration)}">${escapeHtml(c.duration)}</td>` +
        `<td data-label="${escapeHtml(l.purpose)}">${escapeHtml(c.purpose)}</td>` +
        `<td data-label="${escapeHtml(l.party)}">${escapeHtml(c.party)}</td></tr>`,
    )
    .join('');
  return (
    `<section class="statement-service" data-service="${escapeHtml(s.id)}">` +
    `<h${level}>${escapeHtml(s.name)}${badges ? ` ${badges}` : ''}</h${level}>` +
    (s.addition ? `<p class="statement-addition">${escapeHtml(s.addition)}</p>` : '') +
    `<p>${escapeHtml(s.description)}</p>` +
    `<p class="statement-provider">${escapeHtml(l.provider)}: ${escapeHtml(s.provider)}${policy}</p>` +
    `<table class="statement-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`
  );
}

function block(b: StatementBlock, doc: StatementDocument, level: number, options: StatementHtmlOptions): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${b.content.map(inline).join('')}</p>`;
    case 'list':
      return `<ul>${b.items.map((item) => `<li>${item.map(inline).join('')}</li>`).join('')}</ul>`;
    case 'services':
      return `<div class="statement-services" lang="${escapeHtml(b.lang)}">${b.services.map((s) => service(s, doc, level)).join('')}</div>`;
    case 'settings':
      return options.settingsHtml ? `<p class="statement-settings">${options.settingsHtml}</p>` : '';
  }
}

function section(s: StatementSection, doc: StatementDocument, level: number, options: StatementHtmlOptions): string {
  const h = Math.min(level, 6);
  return (
    `<section id="${escapeHtml(s.id)}"><h${h}>${escapeHtml(`${s.number}. ${s.title}`)}</h${h}>` +
    s.blocks.map((b) => block(b, doc, h + 1, options)).join('') +
    s.subsections.map((sub) => section(sub, doc, level + 1, options)).join('') +
    `</section>`
  );
}

/**
 * Renders the statement document ({@link cookieStatement}) to an HTML fragment: an `<article
 * class="statement" lang="en">` with the title, the translation note (in the visitor's
 * language), every section and subsection as `<section id="statement-N">` with headings, and
 * each generated service as a `<section class="statement-service">` with its description,
 * provider, privacy-policy link, Platform-only / addition badges and its cookie table (cells
 * carry `data-label` for the phone layout of site.css). Every text is escaped; only `http:`,
 * `https:` and `mailto:` links are written. For a static site's build script.
 *
 * @param doc - From `cookieStatement(language)`.
 * @param options - `{ settingsHtml?, level? }`.
 * @returns The HTML fragment (no `<html>` or `<body>`).
 * @example
 * ```ts
 * writeFileSync('dist/cookies/index.html', page(statementToHtml(cookieStatement('nl'), { settingsHtml: '<button data-cookie-settings>…</button>' })));
 * ```
 * @remarks R6, R7: docs/rules.md.
 */
export function statementToHtml(doc: StatementDocument, options: StatementHtmlOptions = {}): string {
  const level = options.level ?? 1;
  const note = doc.note ? `<p class="statement-note" lang="${escapeHtml(doc.language)}">${escapeHtml(doc.note)}</p>` : '';
  return (
    `<article class="statement" lang="${escapeHtml(doc.lang)}">` +
    note +
    `<h${level}>${escapeHtml(doc.title)}</h${level}>` +
    doc.sections.map((s) => section(s, doc, level + 1, options)).join('') +
    `</article>`
  );
}
