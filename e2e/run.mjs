#!/usr/bin/env node
/**
 * End-to-end runner: serves the built React demo (examples/react/dist) on 127.0.0.1, drives
 * Debian's Chromium through playwright-core, and runs ./consent.e2e.mjs one test at a time.
 *
 *   node e2e/run.mjs [--json <file>] [--filter <text>]
 *
 * `--json` writes `{ passed, failed, tests: [{ name, ok, error? }] }` (used by scripts/test-all.mjs).
 * Exit code 0 only when every test passed.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { tests } from './consent.e2e.mjs';
import { exitWith, nameFilter, option, report, runTests } from './runner.mjs';
import { serveSpa } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '../examples/react/dist');

async function main() {
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: build the demo first (pnpm --filter @introw/example-react build).`);
  }
  const browser = await launchChromium();
  const server = await serveSpa(dist);
  /** @type {import('./runner.mjs').TestResult[]} */
  const results = [];
  try {
    console.log(`e2e: serving ${dist} at ${server.origin}; Chromium ${browser.version()}`);
    await runTests(tests, (t) => t.run({ browser, origin: server.origin }), { results, only: nameFilter() });
  } finally {
    await browser.close();
    await server.close();
  }
  return report(results, { json: option('--json'), prefix: 'e2e: ' });
}

exitWith(main);
