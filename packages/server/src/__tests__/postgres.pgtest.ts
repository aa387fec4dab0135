// Every server suite against a real PostgreSQL server: run by test/run-postgres.mjs, which starts
// a throwaway cluster and passes its URL in CONSENT_TEST_PG_URL.
import { badInputSuite } from './suites/badInput.suite';
import { chainSuite } from './suites/chain.suite';
import { processSuite } from './suites/process.suite';
import { recordsSuite } from './suites/records.suite';
import { afterAll, describe, expect, it } from 'vitest';
import { openConsentDatabase } from '../db/database';
import { verifyChain } from '../verify';
import { httpPost, startServer, stopServer } from './cliProcess';
import { makeRecord, ORIGIN, postgresEngine } from './helpers';

const url = process.env.CONSENT_TEST_PG_URL;
if (!url) throw new Error('CONSENT_TEST_PG_URL is not set: run node packages/server/test/run-postgres.mjs, which starts PostgreSQL');

recordsSuite(postgresEngine(url));
chainSuite(postgresEngine(url));
badInputSuite(postgresEngine(url));
processSuite(postgresEngine(url));

describe('two server processes on one PostgreSQL database (PostgreSQL)', () => {
  const engine = postgresEngine(url);
  afterAll(() => engine.cleanup());

  it('form one chain: every record stored once, a record sent to both stored once, verify passes', async () => {
    const database = await engine.location();
    const servers = await Promise.all([0, 1].map(() => startServer(['--database', database, '--allowed-origin', ORIGIN])));
    try {
      const shared = makeRecord();
      const ids: string[] = [];
      await Promise.all(
        Array.from({ length: 40 }, async (_, client) => {
          for (let i = 0; i < 10; i++) {
            const r = i === 5 ? shared : makeRecord();
            const res = await httpPost(`${servers[client % 2]!.base}/records`, JSON.stringify(r), { origin: ORIGIN });
            expect(res.status).toBe(200);
            if (r !== shared) ids.push(r.recordId);
          }
        }),
      );
      const db = await openConsentDatabase(database);
      try {
        const rows = await db.query<{ record_id: string }>(`SELECT record_id FROM consent_records`);
        expect(rows).toHaveLength(ids.length + 1);
        expect(rows.filter((r) => r.record_id === shared.recordId)).toHaveLength(1);
        expect(await verifyChain(db)).toMatchObject({ ok: true, records: ids.length + 1 });
      } finally {
        await db.close();
      }
    } finally {
      await Promise.all(servers.map((s) => stopServer(s)));
    }
  });
});
