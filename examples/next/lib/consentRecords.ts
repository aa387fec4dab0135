import { join } from 'node:path';
import { createConsentHandler, type ConsentHandler } from '@introw/consent-server';

/**
 * The Platform's consent records service (`@introw/consent-server`), one per server process:
 * `app/consent/[...path]/route.ts` answers with it and `instrumentation.ts` opens its database
 * when the server starts. Next.js bundles those two files apart, so the handler lives on
 * `globalThis`: two handlers would open the same PGlite directory twice, which PGlite refuses.
 * The database is PGlite in `examples/next/.consent-data`, or `$CONSENT_DATABASE` (a directory
 * or a postgres:// URL); the admin token is `$CONSENT_ADMIN_TOKEN` (default `demo`).
 */

const KEY = Symbol.for('introw.example-next.consentRecords');
type Holder = { [KEY]?: ConsentHandler };

/** Why `error` happened, as one line. */
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The records service of this process, created on the first call. Creating it opens nothing;
 * `openConsentRecords()` (at server start) or the first request does.
 *
 * @returns The handler for `Request`s under `/consent` (GDPR art. 7(1), R15: docs/rules.md).
 */
export function consentRecords(): ConsentHandler {
  const holder = globalThis as Holder;
  const existing = holder[KEY];
  if (existing) return existing;
  const database = process.env.CONSENT_DATABASE || join(process.cwd(), '.consent-data');
  const adminToken = process.env.CONSENT_ADMIN_TOKEN || 'demo';
  const handler = createConsentHandler({
    database,
    // The Platform posts to itself: exactly the origin the visitor opened (rooms.introw.io,
    // rooms.introw.test, localhost), which is the Host the request came in on.
    allowedOrigins: (origin, request) => origin === new URL(request.url).origin || sameHost(origin, request),
    adminToken,
    controller: 'Introw BV',
    noticeUrl: '/cookies',
    onError: (error) => console.error(`consent records: ${reason(error)}`),
  });
  holder[KEY] = handler;
  return handler;
}

/**
 * Opens the records database now (PGlite starts, the schema is migrated), so the first
 * decision's record is not held for the seconds that takes: a visitor's withdrawal reloads the
 * page, and a record post still waiting on the database would outlive it. A database that does
 * not open is logged and tried again at the next request (the handler answers 503 meanwhile).
 */
export async function openConsentRecords(): Promise<void> {
  const database = process.env.CONSENT_DATABASE || join(process.cwd(), '.consent-data');
  const admin = process.env.CONSENT_ADMIN_TOKEN ? '$CONSENT_ADMIN_TOKEN' : 'demo';
  try {
    await consentRecords().ready();
    console.log(`consent records: ${database} (dashboard /consent/dashboard, password ${admin})`);
  } catch (error) {
    console.error(`consent records: cannot open ${database}: ${reason(error)}`);
  }
}

/** Whether `origin` names the host (with port) the request was addressed to. */
function sameHost(origin: string, request: Request): boolean {
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false;
  }
}
