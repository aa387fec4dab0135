import { afterAll, describe, expect, it } from 'vitest';
import { openConsentDatabase } from '../../db/database';
import { verifyChain } from '../../verify';
import { httpPost, runCli, startServer, stopServer } from '../cliProcess';
import { makeRecord, ORIGIN, TOKEN, type Engine } from '../helpers';

const CLIENTS = 50;

/** The CLI as a process: kill -9 mid-burst loses nothing acknowledged; load; bad input over HTTP; verify from the command line. */
export function processSuite(engine: Engine): void {
  describe(`introw-consent-server process (${engine.name})`, () => {
    afterAll(() => engine.cleanup());
    const args = (database: string) => ['--database', database, '--allowed-origin', ORIGIN];
    const headers = { origin: ORIGIN };

    it('SIGKILL in the middle of a burst of concurrent posts: every acknowledged record is there after restart, and verify passes', async () => {
      const database = await engine.location();
      const server = await startServer(args(database));
      const acked = new Set<string>();
      let answered = 0;
      let killed = false;
      const url = `${server.base}/records`;
      // 50 clients post one record after another until the server dies under them.
      const client = async () => {
        for (;;) {
          const r = makeRecord();
          try {
            const res = await httpPost(url, JSON.stringify(r), headers);
            if (res.status !== 200) throw new Error(`unexpected ${res.status}: ${res.body}`);
            if (JSON.parse(res.body).stored.includes(r.recordId)) acked.add(r.recordId);
            if (++answered === 300) killed = server.child.kill('SIGKILL'); // mid-burst: the other 49 are in flight
          } catch (error) {
            if (killed && (error as NodeJS.ErrnoException).code) return; // connection dropped or refused after the kill
            throw error;
          }
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, client));
      await stopServer(server); // waits for the exit of the killed process
      expect(server.child.signalCode).toBe('SIGKILL');
      expect(acked.size).toBeGreaterThanOrEqual(300);

      const again = await startServer(args(database));
      await stopServer(again); // restart: opens the database, recovers, migrates; then stop to read it here
      const db = await openConsentDatabase(database);
      try {
        const stored = new Set((await db.query<{ record_id: string }>(`SELECT record_id FROM consent_records`)).map((r) => r.record_id));
        const lost = [...acked].filter((id) => !stored.has(id));
        expect(lost).toEqual([]);
        expect(await verifyChain(db)).toMatchObject({ ok: true });
      } finally {
        await db.close();
      }
      const cli = runCli(['verify', '--database', database]);
      expect(cli.stdout).toMatch(/^chain intact: \d+ batches, \d+ records/);
      expect(cli.status).toBe(0);
    });

    it(`load: ${CLIENTS} concurrent clients, 20 posts each, all acknowledged once, chain intact`, async () => {
      const database = await engine.location();
      const server = await startServer(args(database));
      try {
        const ids: string[] = [];
        await Promise.all(
          Array.from({ length: CLIENTS }, async () => {
            for (let i = 0; i < 20; i++) {
              const r = makeRecord();
              const res = await httpPost(`${server.base}/records`, JSON.stringify(r), headers);
              expect(res.status).toBe(200);
              expect(JSON.parse(res.body).stored).toEqual([r.recordId]);
              ids.push(r.recordId);
            }
          }),
        );
        expect(new Set(ids).size).toBe(CLIENTS * 20);
      } finally {
        await stopServer(server);
      }
      const db = await openConsentDatabase(database);
      try {
        expect(await verifyChain(db)).toMatchObject({ ok: true, records: CLIENTS * 20 });
      } finally {
        await db.close();
      }
    });

    it('bad input over HTTP (a 2 MB body, malformed JSON, a wrong origin) gets a 4xx and the server keeps serving', async () => {
      const database = await engine.location();
      const server = await startServer([...args(database), '--admin-token', TOKEN]);
      try {
        const url = `${server.base}/records`;
        const big = await httpPost(url, Buffer.alloc(2 * 1024 * 1024, 'x'), headers, true).catch((error: NodeJS.ErrnoException) => ({
          status: -1,
          body: String(error.code),
        }));
        // The server answers 413 at once; a client still sending may see the connection reset instead.
        expect([413, -1]).toContain(big.status);
        expect((await httpPost(url, '{"oops', headers, true)).status).toBe(400);
        expect((await httpPost(url, JSON.stringify(makeRecord()), { origin: 'https://evil.test' }, true)).status).toBe(403);
        const r = makeRecord();
        expect((await httpPost(url, JSON.stringify(r), headers, true)).status).toBe(200);
        const res = await fetch(`${server.base}/records/${r.consentId}`, { headers: { authorization: `Bearer ${TOKEN}` } });
        expect(res.status).toBe(200);
      } finally {
        await stopServer(server);
      }
    });

    it('verify from the command line fails, naming the link, after one row is edited by hand', async () => {
      const database = await engine.location();
      const server = await startServer(args(database));
      const r = makeRecord();
      await httpPost(`${server.base}/records`, JSON.stringify([makeRecord(), r]), headers);
      await stopServer(server);
      expect(runCli(['verify', '--database', database]).status).toBe(0);
      const db = await openConsentDatabase(database);
      await db.query(`UPDATE consent_records SET categories = '{"necessary": true, "analytics": false}'::jsonb WHERE record_id = $1`, [r.recordId]);
      await db.close();
      const cli = runCli(['verify', '--database', database]);
      expect(cli.status).toBe(1);
      expect(cli.stdout).toContain(`chain BROKEN at batch 1, record ${r.recordId} (position 1): record ${r.recordId} was changed after it was stored`);
    });
  });
}
