import { toConsentReceipt } from '@introw/consent-core';
import { dashboardHtml } from './dashboard/dashboard';
import { openConsentDatabase, type ConsentDatabase } from './db/database';
import { migrate } from './db/migrations';
import { presentedToken, tokenMatches } from './http/auth';
import { exportRecords } from './http/exportRoute';
import { corsHeaders, postRecords } from './http/postRecords';
import { fail, json } from './http/respond';
import type { ConnectionInfo, ConsentHandlerOptions } from './options';
import { decisionCounts, recordsOf } from './queries';
import { purgeExpired } from './retention';
import type { ChainedRecord, PurgeResult, VerifyResult } from './types';
import { verifyChain } from './verify';
import { ChainWriter } from './writer';

/** A Fetch API handler with the service's lifecycle attached. */
export interface ConsentHandler {
  /** Answers one request; requests outside `basePath` get a 404. Never throws. */
  (request: Request, info?: ConnectionInfo): Promise<Response>;
  /** The path the routes live under, e.g. `/consent`. */
  readonly basePath: string;
  /** Opens the database and runs the migrations (once); rejects when that fails. */
  ready(): Promise<ConsentDatabase>;
  /** Recomputes the hash chain (see {@link verifyChain}). */
  verify(): Promise<VerifyResult>;
  /** Purges records older than `retentionDays` (see {@link purgeExpired}); `null` without a retention setting. */
  purge(): Promise<PurgeResult | null>;
  /** Waits for pending writes, then closes the database if the handler opened it. */
  close(): Promise<void>;
}

const ID = /^[A-Za-z0-9_-]{8,64}$/;

/** ISO/IEC TS 27560 entries for a visitor's records, with where each sits in the chain. */
function history(consentId: string, records: ChainedRecord[], options: ConsentHandlerOptions) {
  return {
    schema_version: 'ISO/IEC TS 27560:2023',
    consent_id: consentId,
    records: records.map((r) => ({
      ...toConsentReceipt(r, { noticeUrl: options.noticeUrl, controller: options.controller }),
      event_id: r.recordId,
      received_at: r.receivedAt,
      integrity: { algorithm: 'SHA-256', batch: r.batch, position: r.position, hash: r.hash },
    })),
  };
}

/**
 * Creates the consent records service as a Fetch API handler (`Request` -> `Response`), to
 * mount in a Next.js route handler, Hono, an edge-style runtime, or Node through
 * {@link toNodeListener} / {@link consentMiddleware}. Routes, under `basePath` (`/consent`):
 *
 * - `POST /records`: one record or a batch from `beaconRecordSink`; allowed `Origin` only;
 *   idempotent by `recordId`; acknowledged (200) only once committed to the hash chain.
 * - `GET /records/:consentId`: that visitor's history as ISO/IEC TS 27560 JSON (admin token).
 * - `GET /export?from=&to=&format=ndjson|csv`: streamed export (admin token).
 * - `GET /dashboard?days=30`: decisions per day and per category as SVG charts (admin token;
 *   a browser may give it as the password of its login prompt).
 * - `GET /verify`: recomputes the chain (admin token). `GET /health`: 200 once the database is up.
 *
 * Stores no IP address and no user agent unless `store` asks for them (R15).
 *
 * @param options - See {@link ConsentHandlerOptions}.
 * @returns The handler, with `ready()`, `verify()`, `purge()` and `close()`.
 * @throws Never at creation; a database that cannot be opened makes requests answer 503.
 * @example
 * ```ts
 * const handler = createConsentHandler({ database: './consent-data', allowedOrigins: ['https://www.introw.io'], adminToken: process.env.CONSENT_ADMIN_TOKEN });
 * export const POST = handler; // Next.js: app/consent/[...path]/route.ts
 * ```
 * @remarks GDPR art. 7(1); R14, R15, R31: docs/rules.md.
 */
export function createConsentHandler(options: ConsentHandlerOptions): ConsentHandler {
  const basePath = `/${(options.basePath ?? '/consent').replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const now = options.now ?? Date.now;
  const owned = typeof options.database === 'string';
  let opening: Promise<{ db: ConsentDatabase; writer: ChainWriter }> | null = null;
  const open = () =>
    (opening ??= (async () => {
      const db = typeof options.database === 'string' ? await openConsentDatabase(options.database) : options.database;
      await migrate(db);
      return { db, writer: new ChainWriter(db, now) };
    })().catch((error) => {
      opening = null; // try again at the next request
      throw error;
    }));

  const originAllowed = (origin: string, request: Request): boolean =>
    typeof options.allowedOrigins === 'function' ? options.allowedOrigins(origin, request) : options.allowedOrigins.includes(origin);

  const admin = (request: Request, prompt: boolean): Response | null => {
    const basic = prompt ? { 'www-authenticate': 'Basic realm="consent records", charset="UTF-8"' } : { 'www-authenticate': 'Bearer realm="consent records"' };
    if (!options.adminToken) return fail(403, 'admin routes are disabled: start the service with an admin token (--admin-token or CONSENT_ADMIN_TOKEN)');
    const token = presentedToken(request);
    if (token === null) return fail(401, 'this route needs the admin token: Authorization: Bearer <token>', {}, basic);
    return tokenMatches(token, options.adminToken) ? null : fail(401, 'wrong admin token', {}, basic);
  };

  const route = async (request: Request, info: ConnectionInfo): Promise<Response> => {
    const url = new URL(request.url);
    if (basePath && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`))
      return fail(404, `not found: the consent routes live under ${basePath}/`);
    const path = url.pathname.slice(basePath.length).replace(/\/+$/, '') || '/';
    const method = request.method.toUpperCase();

    if (path === '/records') {
      const origin = request.headers.get('origin');
      if (method === 'OPTIONS' || method === 'POST') {
        if (!origin) return fail(403, 'the Origin header is missing: records are accepted from allowed origins only');
        if (!originAllowed(origin, request)) return fail(403, `origin ${origin} is not allowed to post records`);
        if (method === 'OPTIONS') {
          return new Response(null, {
            status: 204,
            headers: {
              ...corsHeaders(origin),
              'access-control-allow-methods': 'POST',
              'access-control-allow-headers': 'content-type',
              'access-control-max-age': '86400',
            },
          });
        }
        const { writer } = await open();
        return postRecords(request, info, origin, options, writer, now);
      }
      return fail(405, 'use POST to send records', {}, { allow: 'POST, OPTIONS' });
    }
    if (method !== 'GET' && method !== 'HEAD') return fail(405, `${method} is not supported here`, {}, { allow: 'GET' });
    if (path === '/health') return (await open(), json(200, { ok: true }));

    const recordsMatch = /^\/records\/([^/]+)$/.exec(path);
    const known = recordsMatch || path === '/export' || path === '/dashboard' || path === '/verify';
    if (!known) return fail(404, `no route ${path} under ${basePath || '/'}`);
    const denied = admin(request, path === '/dashboard');
    if (denied) return denied;
    const { db, writer } = await open();

    if (recordsMatch) {
      // The id is base64url: any percent-encoding (even a broken one) makes it invalid, never a 503.
      const consentId = recordsMatch[1]!;
      if (!ID.test(consentId)) return fail(400, 'a consent id is 8 to 64 characters of A-Z, a-z, 0-9, _ or -');
      const records = await recordsOf(db, consentId);
      return records.length ? json(200, history(consentId, records, options)) : fail(404, `no records for consent id ${consentId}`);
    }
    if (path === '/export') return exportRecords(db, url, request);
    if (path === '/verify') {
      await writer.idle();
      const result = await verifyChain(db);
      return json(result.ok ? 200 : 409, result);
    }
    const days = Number(url.searchParams.get('days') ?? 30);
    if (!Number.isInteger(days) || days < 1 || days > 366) return fail(400, 'days must be a whole number from 1 to 366');
    const end = new Date(Math.floor(now() / 86_400_000 + 1) * 86_400_000);
    const start = new Date(end.getTime() - days * 86_400_000);
    const html = dashboardHtml(await decisionCounts(db, start, end), start, end, basePath);
    return new Response(html, {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
        'x-content-type-options': 'nosniff',
      },
    });
  };

  const handler = (async (request: Request, info: ConnectionInfo = {}) => {
    try {
      return await route(request, info);
    } catch (error) {
      // The database is down or failed: a clear 503, nothing half-stored (writes are transactions).
      options.onError?.(error);
      return fail(503, 'the consent records service is unavailable (database error); try again later', {}, { 'retry-after': '5' });
    }
  }) as ConsentHandler;
  Object.defineProperty(handler, 'basePath', { value: basePath });
  handler.ready = async () => (await open()).db;
  handler.verify = async () => {
    const { db, writer } = await open();
    await writer.idle();
    return verifyChain(db);
  };
  handler.purge = async () => (options.retentionDays ? purgeExpired((await open()).db, options.retentionDays, now()) : null);
  handler.close = async () => {
    if (!opening) return;
    const { db, writer } = await opening.catch(() => ({ db: null, writer: null }));
    await writer?.idle();
    if (owned) await db?.close();
    opening = null;
  };
  return handler;
}
