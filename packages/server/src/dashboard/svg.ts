/** Escapes text for HTML and SVG. */
export const esc = (s: string | number): string =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** One series of a chart: a name and a fill colour. */
export interface Series {
  key: string;
  label: string;
  color: string;
}

/** A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten, at least `max`. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * p).find((n) => n >= max)!;
}

const titleId = (title: string): string => `c-${title.replace(/\W+/g, '-')}`;
const svg = (w: number, h: number, title: string, body: string): string =>
  `<svg viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="${esc(titleId(title))}" xmlns="http://www.w3.org/2000/svg"><title id="${esc(titleId(title))}">${esc(title)}</title>${body}</svg>`;

/**
 * A stacked bar chart, one bar per label (a day), one segment per series, as an SVG string
 * with a title for screen readers and a tooltip (`<title>`) on every segment.
 */
export function stackedBars(title: string, labels: readonly string[], series: readonly Series[], value: (label: string, key: string) => number): string {
  const [W, H, left, bottom, top] = [760, 260, 44, 36, 12];
  const plotH = H - top - bottom;
  const totals = labels.map((l) => series.reduce((s, x) => s + value(l, x.key), 0));
  const max = niceMax(Math.max(0, ...totals));
  const step = (W - left - 8) / Math.max(1, labels.length);
  const barW = Math.max(2, Math.min(28, step * 0.7));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  for (const v of new Set([0, Math.round(max / 2), max])) {
    parts.push(
      `<line x1="${left}" x2="${W - 4}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d7de"/><text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`,
    );
  }
  const every = Math.ceil(labels.length / 10);
  labels.forEach((label, i) => {
    const x = left + i * step + (step - barW) / 2;
    let base = 0;
    for (const s of series) {
      const v = value(label, s.key);
      if (v > 0) {
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y(base + v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(base) - y(base + v)).toFixed(1)}" fill="${s.color}"><title>${esc(label)}: ${v} ${esc(s.label)}</title></rect>`,
        );
      }
      base += v;
    }
    if (i % every === 0) parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${H - bottom + 16}" text-anchor="middle">${esc(label.slice(5))}</text>`);
  });
  return svg(W, H, title, parts.join(''));
}

/** Horizontal bars, one row per label, two segments (e.g. granted and refused) with their counts. */
export function splitBars(title: string, rows: readonly { label: string; a: number; b: number }[], a: Series, b: Series): string {
  const [W, rowH, left] = [760, 28, 150];
  const H = Math.max(1, rows.length) * rowH + 8;
  const scale = (W - left - 70) / Math.max(1, ...rows.map((r) => r.a + r.b));
  const parts = rows.map((r, i) => {
    const yy = 4 + i * rowH;
    const [wa, wb] = [r.a * scale, r.b * scale];
    return (
      `<text x="${left - 8}" y="${yy + 17}" text-anchor="end">${esc(r.label)}</text>` +
      `<rect x="${left}" y="${yy + 4}" width="${wa.toFixed(1)}" height="18" fill="${a.color}"><title>${esc(r.label)}: ${r.a} ${esc(a.label)}</title></rect>` +
      `<rect x="${(left + wa).toFixed(1)}" y="${yy + 4}" width="${wb.toFixed(1)}" height="18" fill="${b.color}"><title>${esc(r.label)}: ${r.b} ${esc(b.label)}</title></rect>` +
      `<text x="${(left + wa + wb + 6).toFixed(1)}" y="${yy + 17}">${r.a} / ${r.b}</text>`
    );
  });
  return svg(W, H, title, parts.join(''));
}
