#!/usr/bin/env node
/**
 * End-to-end runner: serves each demo on 127.0.0.1, drives Debian's Chromium through
 * playwright-core, and runs ./consent.e2e.mjs one test at a time against each:
 *   - react: the built React demo (examples/react/dist), served as static files;
 *   - static: Introw's plain HTML site (examples/static, the script-tag build of
 *     @introw/consent-dom), by its own server: nonce-only CSP, records service on PGlite in memory.
 * Test names of the static site start with `[static]`.
 *
 *   node e2e/run.mjs [--site react|static] [--json <file>] [--filter <text>]
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
import { startStaticSite } from '../examples/static/server.mjs';

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

/** The sites the suite runs against: `start()` serves one and resolves with `{ origin, close }`. */
const SITES = {
  react: {
    prefix: '',
    start: () => {
      if (!existsSync(resolve(dist, 'index.html'))) {
        throw new Error(`${dist}/index.html is missing: build the demo first (pnpm --filter @introw/example-react build).`);
      }
      return serveSpa(dist);
    },
  },
  static: {
    prefix: '[static] ',
    start: () => startStaticSite({ port: 0, host: '127.0.0.1', database: 'memory:' }),
  },
};

async function main() {
  const jsonFile = option('--json');
  const filter = option('--filter');
  const only = option('--site');
  if (only && !SITES[only]) throw new Error(`--site must be one of ${Object.keys(SITES).join(', ')}`);
  const executablePath = ensureChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const [name, site] of Object.entries(SITES)) {
      if (only && only !== name) continue;
      const server = await site.start();
      try {
        console.log(`e2e: the ${name} demo at ${server.origin}; Chromium ${browser.version()}`);
        for (const t of tests) {
          const testName = site.prefix + t.name;
          if (filter && !testName.includes(filter)) continue;
          const started = Date.now();
          try {
            await withTimeout(t.run({ browser, origin: server.origin }), TEST_TIMEOUT_MS, testName);
            results.push({ name: testName, ok: true });
            console.log(`  PASS  ${testName} (${Date.now() - started} ms)`);
          } catch (error) {
            results.push({ name: testName, ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) });
            console.log(`  FAIL  ${testName} (${Date.now() - started} ms)`);
            console.log(String(error instanceof Error ? error.stack ?? error.message : error).replace(/^/gm, '        '));
          }
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
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
