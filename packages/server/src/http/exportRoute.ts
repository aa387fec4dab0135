import type { ConsentDatabase } from '../db/database';
import { recordsPage } from '../queries';
import type { ChainedRecord } from '../types';
import { fail } from './respond';

const DAY_MS = 86_400_000;
const PAGE = 500;
/** The open end of a range: the last day PostgreSQL and ISO 8601 both write with four digits. */
const END_OF_TIME = Date.UTC(9999, 11, 31);

/** `YYYY-MM-DD` (a whole UTC day) or a full ISO 8601 time; `null` when neither. */
function parseDate(value: string): { at: Date; dateOnly: boolean } | null {
  if (/^\d{4}-\d\d-\d\d$/.test(value)) {
    const at = new Date(`${value}T00:00:00.000Z`);
    return Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== value ? null : { at, dateOnly: true };
  }
  if (!/^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)$/.test(value)) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : { at, dateOnly: false };
}

/**
 * The range of `?from=&to=`: both optional, `YYYY-MM-DD` or ISO 8601; a date-only `to` includes
 * that whole day. Default: everything.
 */
export function exportRange(url: URL): { from: Date; to: Date } | string {
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  const f = from ? parseDate(from) : { at: new Date(0), dateOnly: false };
  const t = to ? parseDate(to) : { at: new Date(END_OF_TIME), dateOnly: false };
  if (!f) return `from=${from} is not a date: use YYYY-MM-DD or an ISO 8601 time`;
  if (!t) return `to=${to} is not a date: use YYYY-MM-DD or an ISO 8601 time`;
  const end = t.dateOnly ? new Date(t.at.getTime() + DAY_MS) : t.at;
  if (end <= f.at) return 'to must be after from';
  return { from: f.at, to: end };
}

export const CSV_COLUMNS = [
  'recordId',
  'consentId',
  'timestamp',
  'receivedAt',
  'revision',
  'method',
  'language',
  'gpc',
  'grantedCategories',
  'refusedCategories',
  'grantedServices',
  'refusedServices',
  'noticeTexts',
  'noticeDeclaration',
  'batch',
  'position',
  'hash',
] as const;

/** One CSV field: quoted when needed; a leading = + - @ gets a `'` (spreadsheet formula injection, OWASP). */
function csvField(value: unknown): string {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const ids = (choices: Record<string, boolean>, granted: boolean): string =>
  Object.keys(choices)
    .filter((k) => choices[k] === granted)
    .join(' ');

/** A record as one CSV line (columns: {@link CSV_COLUMNS}). */
export function csvLine(r: ChainedRecord): string {
  return [
    r.recordId,
    r.consentId,
    r.timestamp,
    r.receivedAt,
    r.revision,
    r.method,
    r.language,
    r.gpc,
    ids(r.categories, true),
    ids(r.categories, false),
    ids(r.services, true),
    ids(r.services, false),
    r.notice?.texts,
    r.notice?.declaration,
    r.batch,
    r.position,
    r.hash,
  ]
    .map(csvField)
    .join(',');
}

/**
 * `GET {base}/export?from=&to=&format=ndjson|csv`: every record decided in the range, in chain
 * order, streamed page by page (constant memory). NDJSON by default, CSV with `format=csv` or
 * `Accept: text/csv`.
 */
export function exportRecords(db: ConsentDatabase, url: URL, request: Request): Response {
  const range = exportRange(url);
  if (typeof range === 'string') return fail(400, range);
  const format = url.searchParams.get('format') ?? ((request.headers.get('accept') ?? '').includes('text/csv') ? 'csv' : 'ndjson');
  if (format !== 'csv' && format !== 'ndjson') return fail(400, `format=${format} is not supported: use ndjson or csv`);
  const encoder = new TextEncoder();
  let cursor: { batch: number; position: number } | null = null;
  let header = format === 'csv';
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const page = await recordsPage(db, range, cursor, PAGE);
        let text = header ? `${CSV_COLUMNS.join(',')}\n` : '';
        header = false;
        for (const r of page) text += `${format === 'csv' ? csvLine(r) : JSON.stringify(r)}\n`;
        if (text) controller.enqueue(encoder.encode(text));
        if (page.length < PAGE) controller.close();
        else cursor = { batch: page[page.length - 1]!.batch, position: page[page.length - 1]!.position };
      } catch (error) {
        controller.error(error);
      }
    },
  });
  const day = (d: Date) => (d.getTime() <= 0 || d.getTime() >= END_OF_TIME ? 'all' : d.toISOString().slice(0, 10));
  return new Response(body, {
    headers: {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="consent-records-${day(range.from)}-${day(range.to)}.${format}"`,
      'cache-control': 'no-store',
    },
  });
}
