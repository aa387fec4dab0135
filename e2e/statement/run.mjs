#!/usr/bin/env node
/**
 * What the visitor is told, in Chromium, for the React, Vue and Next.js demos in en, nl, fr
 * and de: see ./tests.mjs.
 *
 *   node e2e/statement/run.mjs [--filter <text>] [--no-build]
 *
 * Builds what is missing (packages, the React and Vue demos; the Next.js demo always unless
 * --no-build), serves the three demos on 127.0.0.1, prints `ok - name` / `not ok - name` and ends
 * with `N passed, M failed`; exits non-zero when a test failed.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../chromium.mjs';
import { buildDemos, startDemos } from './demos.mjs';
import { statementTests } from './tests.mjs';

const TEST_TIMEOUT_MS = 180_000; // a hang becomes a failure; no test relies on it
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
  buildDemos({ skipNext: argv.includes('--no-build') });
  const executablePath = ensureChromium();
  const { demos, close } = await startDemos();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const results = [];
  try {
    console.log(`# ${demos.map((d) => `${d.name} ${d.origin}`).join(', ')}; Chromium ${browser.version()}`);
    const filter = option('--filter');
    for (const t of statementTests(demos.map((d) => d.name))) {
      if (filter && !t.name.includes(filter)) continue;
      const demo = demos.find((d) => d.name === t.demo);
      const started = Date.now();
      try {
        await withTimeout(t.run({ browser, demo }), TEST_TIMEOUT_MS, t.name);
        results.push({ name: t.name, ok: true });
        console.log(`ok - ${t.name} (${Date.now() - started} ms)`);
      } catch (error) {
        results.push({ name: t.name, ok: false });
        console.log(`not ok - ${t.name} (${Date.now() - started} ms)`);
        console.log(String(error instanceof Error ? (error.stack ?? error.message) : error).replace(/^/gm, '    '));
      }
    }
  } finally {
    await browser.close();
    await close();
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
