import { consentRecords } from '../../../lib/consentRecords';

/**
 * The consent records service (`@introw/consent-server`) under `/consent`: the banner's
 * `beaconRecordSink('/consent/records')` posts every decision here (GDPR art. 7(1), R15), and
 * `GET /consent/records/:consentId`, `/consent/export`, `/consent/verify` and
 * `/consent/dashboard` answer with the admin token (README). The handler and its database are
 * lib/consentRecords.ts; instrumentation.ts opens the database when the server starts.
 */

// PGlite and pg are Node code (files, sockets): never the edge runtime, never prerendered.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const serve = (request: Request): Promise<Response> => consentRecords()(request);

export { serve as GET, serve as HEAD, serve as POST, serve as OPTIONS };
