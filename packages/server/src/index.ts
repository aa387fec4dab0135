export { createConsentHandler } from './handler';
export type { ConsentHandler } from './handler';
export type { ConsentHandlerOptions, ConnectionInfo } from './options';
export type { ConsentCookieOptions } from './http/consentCookie';
export { toNodeListener, consentMiddleware } from './node';
export { openConsentDatabase } from './db/database';
export type { ConsentDatabase, Query } from './db/database';
export { migrate } from './db/migrations';
export { verifyChain } from './verify';
export { purgeExpired } from './retention';
export { RecordSchema } from './schema';
export type { ChainedRecord, IncomingRecord, NoticeFingerprint, PurgeResult, RecordMethod, StoredRecord, VerifyResult } from './types';
/** Core's notice fingerprint, to recompute from an archived config which notice a record was given under. */
export { noticeFingerprint } from '@introw/consent-core/server';
