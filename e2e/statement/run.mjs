#!/usr/bin/env node
/**
 * What the visitor is told, in Chromium, for the React, Vue, Next.js and static demos in en, nl, fr
 * and de: see ./tests.mjs.
 *
 *   node e2e/statement/run.mjs [--filter <text>] [--no-build]
 *
 * Builds what is missing (packages, the React and Vue demos, the script-tag build; the Next.js
 * demo always unless --no-build), serves the four demos on 127.0.0.1, prints `ok - name` /
 * `not ok - name` and ends with `N passed, M failed`; exits non-zero when a test failed.
 */
import { launchChromium } from '../chromium.mjs';
import { exitWith, nameFilter, report, runTests } from '../runner.mjs';
import { buildDemos, startDemos } from './demos.mjs';
import { statementTests } from './tests.mjs';

async function main() {
  buildDemos({ skipNext: process.argv.includes('--no-build') });
  const { demos, close } = await startDemos();
  const browser = await launchChromium();
  /** @type {import('../runner.mjs').TestResult[]} */
  const results = [];
  try {
    console.log(`# ${demos.map((d) => `${d.name} ${d.origin}`).join(', ')}; Chromium ${browser.version()}`);
    await runTests(statementTests(demos.map((d) => d.name)), (t) => t.run({ browser, demo: demos.find((d) => d.name === t.demo) }), {
      results,
      only: nameFilter(),
    });
  } finally {
    await browser.close();
    await close();
  }
  return report(results);
}

exitWith(main);
