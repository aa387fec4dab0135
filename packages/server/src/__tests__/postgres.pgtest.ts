// Every server suite against a real PostgreSQL server: run by test/run-postgres.mjs, which starts
// a throwaway cluster and passes its URL in CONSENT_TEST_PG_URL.
import { badInputSuite } from './suites/badInput.suite';
import { chainSuite } from './suites/chain.suite';
import { processSuite } from './suites/process.suite';
import { recordsSuite } from './suites/records.suite';
import { postgresEngine } from './helpers';

const url = process.env.CONSENT_TEST_PG_URL;
if (!url) throw new Error('CONSENT_TEST_PG_URL is not set: run node packages/server/test/run-postgres.mjs, which starts PostgreSQL');

recordsSuite(postgresEngine(url));
chainSuite(postgresEngine(url));
badInputSuite(postgresEngine(url));
processSuite(postgresEngine(url));
