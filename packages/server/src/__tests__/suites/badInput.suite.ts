import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentHandler, type ConsentHandler } from '../../handler';
import { openConsentDatabase, type ConsentDatabase } from '../../db/database';
import { verifyChain } from '../../verify';
import { get, makeRecord, ORIGIN, post, TOKEN, type Engine } from '../helpers';

/** Bad input gets a 4xx with a clear message, stores nothing, and the service keeps serving. */
export function badInputSuite(engine: Engine): void {
  describe(`bad input (${engine.name})`, () => {
    let db: ConsentDatabase;
    let handler: ConsentHandler;
    const count = async () => Number((await db.query<{ n: unknown }>(`SELECT count(*) AS n FROM consent_records`))[0]!.n);
    beforeAll(async () => {
      db = await openConsentDatabase(await engine.location());
      handler = createConsentHandler({ database: db, allowedOrigins: [ORIGIN], adminToken: TOKEN });
      await post(handler, makeRecord());
    });
    afterAll(async () => {
      await handler.close();
      await db.close();
      await engine.cleanup();
    });

    const good = makeRecord();
    const cases: [string, () => Promise<Response>, number, RegExp][] = [
      ['malformed JSON', () => post(handler, '{"recordId": "abc",'), 400, /not valid JSON/],
      ['an empty body', () => post(handler, ''), 400, /not valid JSON/],
      ['JSON that is not a record', () => post(handler, '42'), 400, /invalid record 0/],
      ['a string where a boolean belongs', () => post(handler, { ...good, gpc: 'false' }), 400, /invalid record 0 at gpc/],
      ['a category granted as "yes"', () => post(handler, { ...good, categories: { analytics: 'yes' } }), 400, /at categories\.analytics/],
      [
        'an unknown method',
        () => post(handler, { ...good, method: 'accept-some' }),
        400,
        /method.*accept-all, reject-all, custom, withdrawal, reset or gpc-opt-out/,
      ],
      ['a missing field', () => post(handler, { ...good, consentId: undefined }), 400, /consentId/],
      ['an extra field (an IP the browser should not send)', () => post(handler, { ...good, ip: '203.0.113.9' }), 400, /ip/],
      ['a timestamp that is not a date', () => post(handler, { ...good, timestamp: '2026-02-30T00:00:00.000Z' }), 400, /timestamp.*not a real date/],
      ['a fractional revision', () => post(handler, { ...good, revision: 1.5 }), 400, /revision.*whole number/],
      [
        'one bad record in a batch (the good ones are not stored either)',
        () => post(handler, [makeRecord(), { ...makeRecord(), revision: -1 }]),
        400,
        /invalid record 1 at revision/,
      ],
      ['SQL in the record id', () => post(handler, { ...good, recordId: "x'); DROP TABLE consent_records; --" }), 400, /recordId/],
      ['SQL in a category id', () => post(handler, { ...good, categories: { "analytics' OR '1'='1": true } }), 400, /categories/],
      ['SQL in the language', () => post(handler, { ...good, language: "en'; DELETE FROM consent_batches; --" }), 400, /language/],
      ['an empty batch', () => post(handler, []), 400, /empty/],
      [
        'a batch of 101 records',
        () =>
          post(
            handler,
            Array.from({ length: 101 }, () => makeRecord()),
          ),
        413,
        /101 records is more than the limit of 100/,
      ],
      ['a 2 MB body', () => post(handler, JSON.stringify({ ...good, language: 'x'.repeat(2 * 1024 * 1024) })), 413, /larger than the limit of 262144 bytes/],
      [
        'a huge batch in a 2 MB body',
        () =>
          post(
            handler,
            Array.from({ length: 4000 }, () => makeRecord()),
          ),
        413,
        /larger than the limit/,
      ],
      ['a form post', () => post(handler, 'a=1', { 'content-type': 'application/x-www-form-urlencoded' }), 415, /content-type/],
      ['a wrong origin', () => post(handler, good, { origin: 'https://evil.test' }), 403, /origin https:\/\/evil\.test is not allowed/],
      ['a null origin (sandboxed frame)', () => post(handler, good, { origin: 'null' }), 403, /not allowed/],
      [
        'no origin',
        () => handler(new Request('https://records.introw.test/consent/records', { method: 'POST', body: JSON.stringify(good) })),
        403,
        /Origin header is missing/,
      ],
      ['a GET of the records route', () => handler(new Request('https://records.introw.test/consent/records')), 405, /use POST/],
      ['a look-up without token', () => get(handler, `/records/${good.consentId}`, null), 401, /needs the admin token/],
      ['a look-up with a wrong token', () => get(handler, `/records/${good.consentId}`, 'Bearer not-the-token'), 401, /wrong admin token/],
      ['an export with a wrong Basic password', () => get(handler, '/export', `Basic ${btoa('admin:nope')}`), 401, /wrong admin token/],
      ['a dashboard without token', () => get(handler, '/dashboard', null), 401, /admin token/],
      ['SQL in a looked-up consent id', () => get(handler, `/records/${encodeURIComponent("x' OR 1=1 --")}`), 400, /consent id/],
      ['an unknown route', () => get(handler, '/records/a/b'), 404, /no route/],
      ['a looked-up consent id with broken percent-encoding', () => get(handler, '/records/%E0%A4%A'), 400, /consent id/],
    ];

    it.each(cases)('%s: 4xx with a clear message, nothing stored', async (_name, send, status, message) => {
      const before = await count();
      const res = await send();
      expect(res.status).toBe(status);
      const body = await res.json();
      expect(body.error).toMatch(message);
      expect(await count()).toBe(before);
    });

    it('the service keeps serving after all of that, and the chain is intact', async () => {
      const after = makeRecord();
      expect((await post(handler, after)).status).toBe(200);
      expect((await get(handler, `/records/${after.consentId}`)).status).toBe(200);
      expect(await verifyChain(db)).toMatchObject({ ok: true, records: 2 });
      const rows = await db.query<{ n: unknown }>(
        `SELECT count(*) AS n FROM information_schema.tables WHERE table_name IN ('consent_records', 'consent_batches')`,
      );
      expect(Number(rows[0]!.n)).toBe(2);
    });

    it('admin routes are off without a configured token', async () => {
      const open = createConsentHandler({ database: db, allowedOrigins: [ORIGIN] });
      const res = await get(open, '/export');
      expect(res.status).toBe(403);
      expect((await res.json()).error).toMatch(/admin routes are disabled/);
    });
  });
}
