import * as v from 'valibot';
import type { IncomingRecord } from './types';

/** Random ids from the browser: base64url characters only (core's consent ids are 22). */
const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 characters of A-Z, a-z, 0-9, _ or -'));
/** Category and service ids of a config. */
const ItemId = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/, 'must be a category or service id (a letter, then up to 63 of A-Z, a-z, 0-9, _ . : -)'),
);
/** ISO 8601 UTC with milliseconds, as `Date.prototype.toISOString` writes it, in 2000..2099. */
const Timestamp = v.pipe(
  v.string(),
  v.regex(/^20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/, 'must be an ISO 8601 UTC time such as 2026-11-29T08:00:00.000Z'),
  v.check((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().slice(0, 19) === s.slice(0, 19), 'is not a real date and time'),
);
const Language = v.pipe(v.string(), v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/, 'must be a BCP 47 language tag such as en or nl-BE'));
const Revision = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0), v.maxValue(2 ** 31));
const Sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash in lowercase hex'));
const Choices = (max: number) => v.pipe(v.record(ItemId, v.boolean()), v.maxEntries(max, `lists more than ${max} ids`));

const Notice = v.strictObject({ revision: Revision, language: Language, texts: v.nullable(Sha256), declaration: Sha256 });

/**
 * The valibot schema of one posted record: core's `ConsentRecord` with `recordId` and the
 * optional `notice` fingerprint. Ids are base64url (8-64 characters), category and service ids
 * at most 64 characters (100 categories, 1000 services at most), the timestamp ISO 8601 UTC,
 * the language a BCP 47 tag; unknown fields (an IP address, say) are refused.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * v.parse(RecordSchema, record); // throws a ValiError naming the field when invalid
 * ```
 * @remarks R14, R15: docs/rules.md.
 */
export const RecordSchema = v.strictObject({
  recordId: Id,
  consentId: Id,
  timestamp: Timestamp,
  revision: Revision,
  method: v.picklist(
    ['accept-all', 'reject-all', 'custom', 'withdrawal', 'reset', 'gpc-opt-out'],
    'must be accept-all, reject-all, custom, withdrawal, reset or gpc-opt-out',
  ),
  categories: Choices(100),
  services: Choices(1000),
  language: Language,
  gpc: v.boolean(),
  notice: v.optional(v.nullable(Notice)),
});

/** One problem of a posted body: which record, which field, what is wrong. */
export interface RecordIssue {
  /** Index in the batch (0 for a single record). */
  index: number;
  /** Dotted path of the field, e.g. `categories.analytics`; empty for the record itself. */
  path: string;
  message: string;
}

/**
 * Validates a parsed JSON body: one record or an array of at most `maxBatch`. Either every
 * record is valid (and returned normalised: timestamps to milliseconds) or none is stored.
 */
export function parseRecords(body: unknown, maxBatch: number): { records: IncomingRecord[] } | { status: 400 | 413; message: string; issues?: RecordIssue[] } {
  const list = Array.isArray(body) ? body : [body];
  if (!list.length) return { status: 400, message: 'the batch is empty: post one record or an array of records' };
  if (list.length > maxBatch) return { status: 413, message: `a batch of ${list.length} records is more than the limit of ${maxBatch}` };
  const records: IncomingRecord[] = [];
  const issues: RecordIssue[] = [];
  for (const [index, item] of list.entries()) {
    const result = v.safeParse(RecordSchema, item);
    if (result.success) records.push({ ...result.output, timestamp: new Date(result.output.timestamp).toISOString() });
    else for (const issue of result.issues.slice(0, 5)) issues.push({ index, path: v.getDotPath(issue) ?? '', message: issue.message });
  }
  if (issues.length) {
    const first = issues[0]!;
    return { status: 400, message: `invalid record ${first.index}${first.path ? ` at ${first.path}` : ''}: ${first.message}`, issues: issues.slice(0, 20) };
  }
  return { records };
}
