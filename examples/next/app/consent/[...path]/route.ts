import { join } from 'node:path';
import { createConsentHandler, type ConsentHandler } from '@introw/consent-server';

/**
 * The consent records service (`@introw/consent-server`) under `/consent`: the banner's
 * `beaconRecordSink('/consent/records')` posts every decision here (GDPR art. 7(1), R15), and
 * `GET /consent/records/:consentId`, `/consent/export`, `/consent/verify` and
 * `/consent/dashboard` answer with the admin token (README). The database is PGlite in
 * `examples/next/.consent-data`, or `$CONSENT_DATABASE` (a directory or a postgres:// URL).
 */

// PGlite and pg are Node code (files, sockets): never the edge runtime, never prerendered.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

let handler: ConsentHandler | undefined;

/** The handler, created on the first request: `next build` imports this file but opens no database. */
function consentHandler(): ConsentHandler {
  if (handler) return handler;
  const database = process.env.CONSENT_DATABASE || join(process.cwd(), '.consent-data');
  const adminToken = process.env.CONSENT_ADMIN_TOKEN || 'demo';
  handler = createConsentHandler({
    database,
    // The Platform posts to itself: exactly the origin the visitor opened (rooms.introw.io,
    // rooms.introw.test, localhost), which is the Host the request came in on.
    allowedOrigins: (origin, request) => origin === new URL(request.url).origin || sameHost(origin, request),
    adminToken,
    controller: 'Introw BV',
    noticeUrl: '/cookies',
    onError: (error) => console.error(`consent records: ${error instanceof Error ? error.message : String(error)}`),
  });
  handler.ready().then(
    () => console.log(`consent records: ${database} (dashboard /consent/dashboard, password ${adminToken === 'demo' ? 'demo' : '$CONSENT_ADMIN_TOKEN'})`),
    (error: unknown) => console.error(`consent records: cannot open ${database}: ${error instanceof Error ? error.message : String(error)}`),
  );
  return handler;
}

/** Whether `origin` names the host (with port) the request was addressed to. */
function sameHost(origin: string, request: Request): boolean {
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false;
  }
}

const serve = (request: Request): Promise<Response> => consentHandler()(request);

export { serve as GET, serve as HEAD, serve as POST, serve as OPTIONS };
