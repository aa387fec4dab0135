import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentHandler, type ConsentHandler } from '../../handler';
import { openConsentDatabase, type ConsentDatabase } from '../../db/database';
import { get, makeRecord, ORIGIN, post, TOKEN, type Engine } from '../helpers';

/** Records in and out: storing, idempotency, look-up as ISO 27560, export, dashboard, the cookie, R15. */
export function recordsSuite(engine: Engine): void {
  describe(`records in and out (${engine.name})`, () => {
    let db: ConsentDatabase;
    let handler: ConsentHandler;
    beforeAll(async () => {
      db = await openConsentDatabase(await engine.location());
      handler = createConsentHandler({
        database: db,
        allowedOrigins: [ORIGIN],
        adminToken: TOKEN,
        controller: 'Introw BV',
        noticeUrl: 'https://www.introw.test/cookies',
      });
      await handler.ready();
    });
    afterAll(async () => {
      await handler.close();
      await db.close();
      await engine.cleanup();
    });

    it('stores one record and a batch, acknowledges each recordId, and returns a visitor history as ISO/IEC TS 27560 JSON (R14, R15)', async () => {
      const consentId = 'visitor-history-0001';
      const first = makeRecord({ consentId, method: 'reject-all', categories: { necessary: true, analytics: false }, services: { hotjar: false } });
      const res = await post(handler, first);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ stored: [first.recordId], duplicates: [] });
      const later = [
        makeRecord({ consentId, method: 'custom', timestamp: '2026-11-30T09:00:00.000Z' }),
        makeRecord({ consentId, method: 'withdrawal', timestamp: '2026-12-01T10:00:00.000Z' }),
      ];
      expect((await (await post(handler, later)).json()).stored).toEqual(later.map((r) => r.recordId));

      const history = await get(handler, `/records/${consentId}`);
      expect(history.status).toBe(200);
      const body = await history.json();
      expect(body.schema_version).toBe('ISO/IEC TS 27560:2023');
      expect(body.records.map((r: { state: string; method: string }) => [r.method, r.state])).toEqual([
        ['reject-all', 'refused'],
        ['custom', 'given'],
        ['withdrawal', 'withdrawn'],
      ]);
      expect(body.records[0]).toMatchObject({
        record_id: consentId,
        event_id: first.recordId,
        timestamp: first.timestamp,
        controller: 'Introw BV',
        notice: { revision: 3, url: 'https://www.introw.test/cookies', language: 'en', texts_sha256: 'a'.repeat(64), declaration_sha256: 'b'.repeat(64) },
        purposes: expect.arrayContaining([{ purpose: 'analytics', granted: false }]),
        integrity: { algorithm: 'SHA-256', hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      expect((await get(handler, '/records/nobody-has-this-id')).status).toBe(404);
    });

    it('is idempotent: a resent recordId, in the same batch, later or concurrently, is stored once', async () => {
      const r = makeRecord();
      const answers = await Promise.all([post(handler, r), post(handler, r), post(handler, [r, r])]);
      const bodies = await Promise.all(answers.map((a) => a.json()));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      expect(bodies.flatMap((b) => b.stored)).toEqual([r.recordId]);
      expect(bodies.flatMap((b) => b.duplicates)).toHaveLength(3);
      const [row] = await db.query<{ n: unknown }>(`SELECT count(*) AS n FROM consent_records WHERE record_id = $1`, [r.recordId]);
      expect(Number(row!.n)).toBe(1);
    });

    it('stores no IP address and no user agent by default (R15); truncated IP and user agent only when configured', async () => {
      const r = makeRecord();
      await handler(
        new Request('https://records.introw.test/consent/records', {
          method: 'POST',
          headers: { origin: ORIGIN, 'user-agent': 'Mozilla/5.0 Test', 'x-forwarded-for': '203.0.113.9' },
          body: JSON.stringify(r),
        }),
        { remoteAddress: '198.51.100.7' },
      );
      const [row] = await db.query<{ context: unknown }>(`SELECT context FROM consent_records WHERE record_id = $1`, [r.recordId]);
      expect(row!.context).toBeNull();
      expect(JSON.stringify(await db.query(`SELECT * FROM consent_records WHERE record_id = $1`, [r.recordId]))).not.toMatch(/198\.51|Mozilla|203\.0/);

      const opted = createConsentHandler({ database: db, allowedOrigins: [ORIGIN], store: { ip: 'truncated', userAgent: true } });
      const s = makeRecord();
      await opted(
        new Request('https://records.introw.test/consent/records', {
          method: 'POST',
          headers: { origin: ORIGIN, 'user-agent': 'Mozilla/5.0 Test' },
          body: JSON.stringify(s),
        }),
        { remoteAddress: '198.51.100.7' },
      );
      const [kept] = await db.query<{ context: unknown }>(`SELECT context FROM consent_records WHERE record_id = $1`, [s.recordId]);
      expect(kept!.context).toEqual({ ip: '198.51.100.0', userAgent: 'Mozilla/5.0 Test' });
      await opted.close();
    });

    it('exports a date range as NDJSON and as CSV, streamed, in chain order', async () => {
      const inRange = [makeRecord({ timestamp: '2025-03-01T12:00:00.000Z' }), makeRecord({ timestamp: '2025-03-02T23:59:59.999Z', method: 'reject-all' })];
      const outside = makeRecord({ timestamp: '2025-03-03T00:00:00.000Z' });
      await post(handler, [...inRange, outside]);
      const ndjson = await get(handler, '/export?from=2025-03-01&to=2025-03-02');
      expect(ndjson.headers.get('content-type')).toMatch(/application\/x-ndjson/);
      const lines = (await ndjson.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.recordId)).toEqual(inRange.map((r) => r.recordId));
      expect(lines[0]).toMatchObject({ consentId: inRange[0]!.consentId, batch: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const csv = (await (await get(handler, '/export?from=2025-03-01&to=2025-03-02&format=csv')).text()).trim().split('\n');
      expect(csv[0]).toMatch(/^recordId,consentId,timestamp,receivedAt,revision,method/);
      expect(csv.slice(1).map((l) => l.split(',')[5])).toEqual(['accept-all', 'reject-all']);
      expect((await get(handler, '/export?from=yesterday')).status).toBe(400);
      expect((await get(handler, '/export?format=xml')).status).toBe(400);
    });

    it('the dashboard counts accept / reject / custom / withdrawal / reset / GPC opt-out per day and granted / refused per category, as inline SVG', async () => {
      const day = '2026-12-02';
      const dash = createConsentHandler({ database: db, allowedOrigins: [ORIGIN], adminToken: TOKEN, now: () => Date.parse(`${day}T12:00:00Z`) });
      const at = `${day}T08:00:00.000Z`;
      await post(dash, [
        makeRecord({ timestamp: at, method: 'reject-all', categories: { necessary: true, analytics: false } }),
        makeRecord({ timestamp: at, method: 'reject-all', categories: { necessary: true, analytics: false } }),
        makeRecord({ timestamp: at, method: 'accept-all', categories: { necessary: true, analytics: true } }),
        makeRecord({ timestamp: at, method: 'withdrawal', categories: { necessary: true, analytics: false } }),
        makeRecord({ timestamp: at, method: 'reset', categories: { necessary: true, analytics: false } }),
        makeRecord({ timestamp: at, method: 'gpc-opt-out', categories: { necessary: true, analytics: true } }),
      ]);
      const res = await get(dash, '/dashboard?days=1');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      const html = await res.text();
      expect(html).toContain('<svg');
      expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
      // accept all, custom, reject all, withdrawal, reset, GPC opt-out
      expect(html).toContain(`<tr><th scope="row">${day}</th><td>1</td><td>0</td><td>2</td><td>1</td><td>1</td><td>1</td></tr>`);
      // Choices only: a withdrawal through the settings counts, a reset or a GPC opt-out does not.
      expect(html).toContain('<tr><th scope="row">analytics</th><td>1</td><td>3</td></tr>');
      expect(html).toContain(`${day}: 2 reject all`);
      await dash.close();
    });

    it('the dashboard of a period without decisions says so, its empty table row spanning every column', async () => {
      const dash = createConsentHandler({ database: db, allowedOrigins: [ORIGIN], adminToken: TOKEN, now: () => Date.parse('2020-01-01T12:00:00Z') });
      const html = await (await get(dash, '/dashboard?days=1')).text();
      expect(html).toContain('No decisions in this period.');
      expect(html).toContain('<tr><td colspan="7">none</td></tr>');
      expect(html).not.toMatch(/\$\{/);
      await dash.close();
    });

    it('with the consent cookie option, the answer sets the same cookie value from the server (R31) and deletes it after a withdrawal', async () => {
      const withCookie = createConsentHandler({
        database: db,
        allowedOrigins: [ORIGIN],
        consentCookie: { domain: '.introw.test' },
        now: () => Date.parse('2026-11-29T08:00:00Z'),
      });
      const consentId = 'AbCdEfGhIjKlMnOpQrStUv';
      const decided = Math.floor(Date.parse('2026-11-29T08:00:00Z') / 1000);
      const value = `1.3.${consentId}.${decided.toString(36)}.${(decided + 182 * 86400).toString(36)}.a.0.abc12.fw`;
      const res = await post(withCookie, makeRecord({ consentId }), { cookie: `other=1; introw_consent=${value}` });
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toContain(`introw_consent=${value}`);
      expect(cookie).toContain('Domain=.introw.test');
      expect(cookie).toContain(`Expires=${new Date((decided + 182 * 86400) * 1000).toUTCString()}`);
      expect(cookie).toMatch(/Secure/);
      expect(cookie).not.toMatch(/HttpOnly/i); // the browser's script must keep reading it
      // Not the visitor's id, or a malformed value: nothing is set.
      expect((await post(withCookie, makeRecord(), { cookie: `introw_consent=${value}` })).headers.get('set-cookie')).toBeNull();
      expect((await post(withCookie, makeRecord({ consentId }), { cookie: 'introw_consent=1.3.x;evil' })).headers.get('set-cookie')).toBeNull();
      // Withdrawn, and no cookie left in the browser: the server-set copy goes too.
      const gone = (await post(withCookie, makeRecord({ consentId, method: 'withdrawal' }))).headers.get('set-cookie')!;
      expect(gone).toMatch(/^introw_consent=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=\/; Domain=\.introw\.test/);
      // Off by default.
      expect((await post(handler, makeRecord({ consentId }), { cookie: `introw_consent=${value}` })).headers.get('set-cookie')).toBeNull();
      await withCookie.close();
    });

    it('answers a CORS preflight for an allowed origin only', async () => {
      const preflight = (origin: string) =>
        handler(
          new Request('https://records.introw.test/consent/records', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } }),
        );
      const ok = await preflight(ORIGIN);
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect((await preflight('https://evil.test')).status).toBe(403);
    });
  });
}
