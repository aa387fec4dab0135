// Every server suite against PGlite, the embedded database (postgres.pgtest.ts runs the same against PostgreSQL).
import { badInputSuite } from './suites/badInput.suite';
import { chainSuite } from './suites/chain.suite';
import { processSuite } from './suites/process.suite';
import { recordsSuite } from './suites/records.suite';
import { pgliteEngine } from './helpers';

recordsSuite(pgliteEngine());
chainSuite(pgliteEngine());
badInputSuite(pgliteEngine());
processSuite(pgliteEngine());
