import type { ConnectionInfo, ConsentHandlerOptions } from '../options';
import { parseRecords } from '../schema';
import type { StoredRecord } from '../types';
import type { AppendResult, ChainWriter } from '../writer';
import { readLimited } from './body';
import { consentCookieHeader } from './consentCookie';
import { fail, json } from './respond';

/** `a.b.c.d` -> `a.b.c.0`; IPv6 -> its first three groups (a /48). */
export function truncateIp(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d+\.\d+\.\d+)\.\d+$/.exec(ip);
  if (v4) return `${v4[1]}.0`;
  return `${ip.split(':').slice(0, 3).join(':')}::`;
}

function contextOf(request: Request, info: ConnectionInfo, store: ConsentHandlerOptions['store']): Record<string, string> | null {
  const context: Record<string, string> = {};
  const ip = store?.trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || info.remoteAddress : info.remoteAddress;
  if (ip && store?.ip === 'full') context.ip = ip;
  if (ip && store?.ip === 'truncated') context.ip = truncateIp(ip);
  const ua = request.headers.get('user-agent');
  if (ua && store?.userAgent) context.userAgent = ua.slice(0, 512);
  return Object.keys(context).length ? context : null;
}

/** Access-Control headers for an allowed origin (credentials: the consent cookie may ride along). */
export const corsHeaders = (origin: string): Record<string, string> => ({
  'access-control-allow-origin': origin,
  'access-control-allow-credentials': 'true',
  vary: 'Origin',
});

/**
 * `POST {base}/records`: one record or a batch, JSON (fetch or sendBeacon; `application/json`
 * or `text/plain`). Either all records are valid and committed before the 200, or nothing is
 * stored and the answer is a 4xx that says what is wrong. A resent `recordId` is not stored
 * twice (it is reported under `duplicates`).
 */
export async function postRecords(
  request: Request,
  info: ConnectionInfo,
  origin: string,
  options: ConsentHandlerOptions,
  writer: ChainWriter,
  now: () => number,
): Promise<Response> {
  const cors = corsHeaders(origin);
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && type !== 'application/json' && type !== 'text/plain') {
    return fail(415, `content-type ${type} is not accepted: send JSON as application/json or text/plain`, {}, cors);
  }
  const limit = options.maxBodyBytes ?? 262_144;
  let text: string | null;
  try {
    text = await readLimited(request, limit);
  } catch {
    return fail(400, 'the body is not valid UTF-8 text', {}, cors);
  }
  if (text === null) return fail(413, `the body is larger than the limit of ${limit} bytes`, {}, { ...cors, connection: 'close' });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return fail(400, `the body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300), {}, cors);
  }
  const parsed = parseRecords(body, options.maxBatch ?? 100);
  if (!('records' in parsed)) return fail(parsed.status, parsed.message, parsed.issues ? { issues: parsed.issues } : {}, cors);
  const context = contextOf(request, info, options.store);
  const records: StoredRecord[] = parsed.records.map((r) => ({ ...r, notice: r.notice ?? null, context }));
  let result: AppendResult;
  try {
    result = await writer.append(records);
  } catch (error) {
    options.onError?.(error);
    return fail(
      503,
      'the records could not be stored now (database unavailable); nothing was stored, send them again later',
      {},
      { ...cors, 'retry-after': '5' },
    );
  }
  const headers: Record<string, string> = { ...cors };
  const cookie = options.consentCookie ? consentCookieHeader(request, parsed.records, options.consentCookie, now()) : null;
  if (cookie) headers['set-cookie'] = cookie;
  return json(200, { stored: result.stored, duplicates: result.duplicates }, headers);
}
