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
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { tests } from './consent.e2e.mjs';
import { startStaticSite } from '../examples/static/server.mjs';
import { exitWith, nameFilter, option, report, runTests } from './runner.mjs';
import { serveSpa } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '../examples/react/dist');

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
  const only = option('--site');
  if (only && !SITES[/** @type {keyof typeof SITES} */ (only)]) throw new Error(`--site must be one of ${Object.keys(SITES).join(', ')}`);
  const browser = await launchChromium();
  /** @type {import('./runner.mjs').TestResult[]} */
  const results = [];
  try {
    for (const [name, site] of Object.entries(SITES)) {
      if (only && only !== name) continue;
      const server = await site.start();
      try {
        console.log(`e2e: the ${name} demo at ${server.origin}; Chromium ${browser.version()}`);
        const named = tests.map((t) => ({ ...t, name: site.prefix + t.name }));
        await runTests(named, (t) => t.run({ browser, origin: server.origin }), { results, only: nameFilter() });
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return report(results, { json: option('--json'), prefix: 'e2e: ' });
}

exitWith(main);
