#!/usr/bin/env node
// The server suites against a real PostgreSQL server: starts a throwaway cluster (installing
// Debian's postgresql when missing), runs vitest with vitest.pg.config.ts against it, stops it.
// Ends with `N passed, M failed`. Needs the built CLI (pnpm build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres } from './postgres.mjs';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pg = await startPostgres();
const out = mkdtempSync(join(tmpdir(), 'consent-pg-results-'));
const json = join(out, 'results.json');
let passed = 0;
let failed = 0;
let status = 1;
try {
  const vitest = join(pkg, '..', '..', 'node_modules', '.bin', 'vitest');
  const result = spawnSync(vitest, ['run', '--config', 'vitest.pg.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], {
    cwd: pkg,
    stdio: 'inherit',
    env: { ...process.env, CONSENT_TEST_PG_URL: pg.url },
  });
  status = result.status ?? 1;
  try {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    passed = report.numPassedTests ?? 0;
    failed = report.numFailedTests ?? 0;
  } catch {
    failed = Math.max(failed, 1);
  }
} finally {
  pg.stop();
  rmSync(out, { recursive: true, force: true });
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status === 0 ? 0 : 1);
