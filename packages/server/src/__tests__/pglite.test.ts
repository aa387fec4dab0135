// Every server suite against PGlite, the embedded database (postgres.pgtest.ts runs the same against PostgreSQL).
import { badInputSuite } from './suites/badInput.suite';
import { chainSuite } from './suites/chain.suite';
import { processSuite } from './suites/process.suite';
import { recordsSuite } from './suites/records.suite';
import { afterAll, describe, expect, it } from 'vitest';
import { ORIGIN, pgliteEngine } from './helpers';
import { runCli, startServer, stopServer } from './cliProcess';

recordsSuite(pgliteEngine());
chainSuite(pgliteEngine());
badInputSuite(pgliteEngine());
processSuite(pgliteEngine());

describe('PGlite data directory (one process at a time)', () => {
  const engine = pgliteEngine();
  afterAll(() => engine.cleanup());

  it('verify refuses a directory a running server holds, and works once it stopped (a SIGKILLed holder does not block)', async () => {
    const database = await engine.location();
    const server = await startServer(['--database', database, '--allowed-origin', ORIGIN]);
    const busy = runCli(['verify', '--database', database]);
    expect(busy.status).toBe(2);
    expect(busy.stderr).toContain(`is in use by process ${server.child.pid}`);
    server.child.kill('SIGKILL');
    await stopServer(server);
    expect(runCli(['verify', '--database', database]).status).toBe(0);
  });
});
