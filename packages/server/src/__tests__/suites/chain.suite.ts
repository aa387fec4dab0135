import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../chain';
import { createConsentHandler, type ConsentHandler } from '../../handler';
import { openConsentDatabase, type ConsentDatabase } from '../../db/database';
import { verifyChain } from '../../verify';
import { migrate } from '../../db/migrations';
import { purgeExpired } from '../../retention';
import { get, makeRecord, ORIGIN, post, TOKEN, type Engine } from '../helpers';

const DAY = 86_400_000;

/** The hash chain: verify passes, then names the first broken link after a hand edit; retention purges are chained too. */
export function chainSuite(engine: Engine): void {
  describe(`hash chain (${engine.name})`, () => {
    let db: ConsentDatabase;
    let handler: ConsentHandler;
    let clock = Date.parse('2026-06-01T00:00:00Z');
    beforeAll(async () => {
      db = await openConsentDatabase(await engine.location());
      await migrate(db);
    });
    beforeEach(async () => {
      // A new, empty chain for every test (one database: creating one takes seconds).
      await db.query(`DELETE FROM consent_records`);
      await db.query(`DELETE FROM consent_batches`);
      await db.query(`UPDATE consent_chain_head SET seq = 0, hash = $1`, [GENESIS_HASH]);
      handler = createConsentHandler({ database: db, allowedOrigins: [ORIGIN], adminToken: TOKEN, now: () => clock });
      // Three batches of two records each.
      for (let i = 0; i < 3; i++) expect((await post(handler, [makeRecord(), makeRecord()])).status).toBe(200);
    });
    afterEach(() => handler.close());
    afterAll(async () => {
      await db.close();
      await engine.cleanup();
    });

    it('verify passes on an untouched chain, with a head to write down', async () => {
      const result = await verifyChain(db);
      expect(result).toMatchObject({ ok: true, batches: 3, records: 6, head: { seq: 3, hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
      const viaHttp = await get(handler, '/verify');
      expect(viaHttp.status).toBe(200);
      expect(await viaHttp.json()).toEqual(result);
    });

    it('a record edited by hand is named: batch, record, position', async () => {
      const [victim] = await db.query<{ record_id: string }>(`SELECT record_id FROM consent_records WHERE batch_seq = 2 AND pos = 1`);
      await db.query(`UPDATE consent_records SET method = 'reject-all' WHERE record_id = $1`, [victim!.record_id]);
      const result = await verifyChain(db);
      expect(result.ok).toBe(false);
      expect(result.broken).toEqual({ seq: 2, recordId: victim!.record_id, position: 1, reason: expect.stringContaining('changed after it was stored') });
      expect(result.batches).toBe(1); // batch 1 was checked and is fine
      expect((await get(handler, '/verify')).status).toBe(409);
    });

    it('an edit that also rewrites the record hash is caught by the batch hash', async () => {
      await db.query(`UPDATE consent_records SET categories = '{"necessary": true}'::jsonb, hash = repeat('0', 64) WHERE batch_seq = 1 AND pos = 0`);
      expect((await verifyChain(db)).broken).toMatchObject({ seq: 1 });
      await db.query(`UPDATE consent_records SET hash = repeat('1', 64)`);
      expect((await verifyChain(db)).ok).toBe(false);
    });

    it('a deleted record, a deleted batch or a cut-off tail is detected', async () => {
      await db.query(`DELETE FROM consent_records WHERE batch_seq = 3 AND pos = 1`);
      expect((await verifyChain(db)).broken).toMatchObject({ seq: 3, reason: expect.stringContaining('deleted') });
      await db.query(`DELETE FROM consent_records WHERE batch_seq = 2`);
      await db.query(`DELETE FROM consent_batches WHERE seq = 2`);
      expect((await verifyChain(db)).broken).toMatchObject({ seq: 2, reason: expect.stringContaining('missing') });
    });

    it('a removed last batch is detected through the head', async () => {
      await db.query(`DELETE FROM consent_records WHERE batch_seq = 3`);
      await db.query(`DELETE FROM consent_batches WHERE seq = 3`);
      expect((await verifyChain(db)).broken).toMatchObject({ seq: 3, reason: expect.stringContaining('chain head') });
    });

    it('a retention purge removes old batches, records itself as a link, and the rest still verifies', async () => {
      clock += 400 * DAY; // the three batches are now 400 days old
      const fresh = makeRecord();
      await post(handler, fresh);
      const purge = await purgeExpired(db, 365, clock);
      expect(purge).toMatchObject({ batches: 3, records: 6, seq: 5 });
      const [link] = await db.query<{ kind: string; detail: unknown }>(`SELECT kind, detail FROM consent_batches WHERE seq = 5`);
      expect(link).toMatchObject({ kind: 'purge', detail: { throughSeq: 3, batches: 3, records: 6, retentionDays: 365 } });
      expect(await verifyChain(db)).toMatchObject({ ok: true, batches: 2, records: 1 });
      expect((await get(handler, `/records/${fresh.consentId}`)).status).toBe(200);
      // Nothing old enough: no new link.
      expect((await purgeExpired(db, 365, clock)).seq).toBeNull();
      // The purge record cannot be edited unnoticed either.
      await db.query(`UPDATE consent_batches SET detail = jsonb_set(detail, '{records}', '0') WHERE seq = 5`);
      expect((await verifyChain(db)).ok).toBe(false);
    });

    it('records deleted behind a purge record are detected', async () => {
      clock += 400 * DAY;
      await post(handler, makeRecord());
      await purgeExpired(db, 365, clock);
      await db.query(`DELETE FROM consent_records WHERE batch_seq = 4`);
      await db.query(`DELETE FROM consent_batches WHERE seq = 4`);
      expect((await verifyChain(db)).ok).toBe(false);
    });
  });
}
