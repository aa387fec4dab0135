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
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { serveSpa } from './server.mjs';
import { tests } from './consent.e2e.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '../examples/react/dist');
const TEST_TIMEOUT_MS = 180_000; // a hang becomes a failure; no test relies on it

function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  const jsonFile = option('--json');
  const filter = option('--filter');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: build the demo first (pnpm --filter @introw/example-react build).`);
  }
  const executablePath = ensureChromium();
  const server = await serveSpa(dist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const results = [];
  try {
    console.log(`e2e: serving ${dist} at ${server.origin}; Chromium ${browser.version()}`);
    for (const t of tests) {
      if (filter && !t.name.includes(filter)) continue;
      const started = Date.now();
      try {
        await withTimeout(t.run({ browser, origin: server.origin }), TEST_TIMEOUT_MS, t.name);
        results.push({ name: t.name, ok: true });
        console.log(`  PASS  ${t.name} (${Date.now() - started} ms)`);
      } catch (error) {
        results.push({ name: t.name, ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) });
        console.log(`  FAIL  ${t.name} (${Date.now() - started} ms)`);
        console.log(String(error instanceof Error ? error.stack ?? error.message : error).replace(/^/gm, '        '));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (jsonFile) {
    mkdirSync(dirname(resolve(jsonFile)), { recursive: true });
    writeFileSync(jsonFile, JSON.stringify({ passed, failed, tests: results }, null, 2));
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  if (results.length === 0) throw new Error(filter ? `no e2e test matches --filter "${filter}"` : 'no e2e tests found');
  return failed === 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(`e2e: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
