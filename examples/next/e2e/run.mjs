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
import { buildTargets } from '../../../a11y/lib/servers.mjs';
import { startSites } from './sites.mjs';
import { tests } from './tests.mjs';

const TEST_TIMEOUT_MS = 180_000;
const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  buildTargets({ skipNext: argv.includes('--no-build') });
  const sites = await startSites();
  const results = [];
  try {
    console.log(`# website ${sites.www}, Platform ${sites.rooms} (both on 127.0.0.1); Chromium ${sites.browser.version()}`);
    const filter = option('--filter');
    for (const t of tests) {
      if (filter && !t.name.includes(filter)) continue;
      const started = Date.now();
      try {
        await withTimeout(t.run({ sites }), TEST_TIMEOUT_MS, t.name);
        results.push({ name: t.name, ok: true });
        console.log(`ok - ${t.name} (${Date.now() - started} ms)`);
      } catch (error) {
        results.push({ name: t.name, ok: false });
        console.log(`not ok - ${t.name} (${Date.now() - started} ms)`);
        console.log(String(error instanceof Error ? (error.stack ?? error.message) : error).replace(/^/gm, '    '));
      }
    }
    if (results.some((r) => !r.ok)) console.log(`# Platform server log:\n${sites.platformLog().replace(/^/gm, '#   ')}`);
  } finally {
    await sites.close();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (results.length === 0) {
    console.log('no test matched');
    console.log('0 passed, 1 failed');
    return false;
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
