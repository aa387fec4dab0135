#!/usr/bin/env node
/**
 * Chromium tests of Introw's website (examples/react) and Platform (examples/next) sharing one
 * consent: see ./tests.mjs.
 *
 *   node examples/next/e2e/run.mjs [--filter <text>] [--no-build]
 *
 * Builds what the sites need first (the packages and the React demo when their output is
 * missing, the Platform always unless --no-build), then serves both on 127.0.0.1 and opens
 * them as www.introw.test and rooms.introw.test. Prints `ok - name` / `not ok - name` and ends
 * with `N passed, M failed`; exits non-zero when a test failed.
 */
import { exitWith, nameFilter, report, runTests } from '../../../e2e/runner.mjs';
import { buildTargets } from '../../../a11y/lib/servers.mjs';
import { startSites } from './sites.mjs';
import { tests } from './tests.mjs';

async function main() {
  buildTargets({ skipNext: process.argv.includes('--no-build') });
  const sites = await startSites();
  /** @type {import('../../../e2e/runner.mjs').TestResult[]} */
  const results = [];
  try {
    console.log(`# website ${sites.www}, Platform ${sites.rooms} (both on 127.0.0.1); Chromium ${sites.browser.version()}`);
    await runTests(tests, (t) => t.run({ sites }), { results, only: nameFilter() });
    if (results.some((r) => !r.ok)) console.log(`# Platform server log:\n${sites.platformLog().replace(/^/gm, '#   ')}`);
  } finally {
    await sites.close();
  }
  return report(results);
}

exitWith(main);
