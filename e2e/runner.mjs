/**
 * The one test runner of the Chromium suites (e2e, a11y, core browser tests, the examples):
 * runs tests one at a time, turns a hang into a failure, prints `ok - name` / `not ok - name`
 * and ends with the `N passed, M failed` line scripts/test-all.mjs counts.
 *
 * Tests wait for conditions, never for fixed times; the timeout here only catches a hang, so a
 * slow, busy machine makes a run longer, never red.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** @typedef {{ name: string, ok: boolean, error?: string }} TestResult */

/** A hang becomes a failure after this long; no test relies on it. */
export const TEST_TIMEOUT_MS = 180_000;

/**
 * Rejects with `timed out after <ms> ms: <name>` when `promise` has not settled by then.
 *
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} name - The test's name, for the message.
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, name) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {Promise<never>} */
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The value after `--name` on the command line, or `undefined`.
 *
 * @param {string} name - e.g. `--filter`.
 * @param {readonly string[]} [argv]
 * @returns {string | undefined}
 */
export function option(name, argv = process.argv) {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/**
 * A message with its stack, for a failure report.
 *
 * @param {unknown} error
 * @returns {string}
 */
export function describeError(error) {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Runs `tests` one at a time through `run`, each within {@link TEST_TIMEOUT_MS}, and appends a
 * result per test to `results`. A failure prints the error (and `details(test)`, e.g. the page's
 * console) indented under `not ok`; the next test still runs.
 *
 * @template {{ name: string }} T
 * @param {readonly T[]} tests
 * @param {(test: T) => Promise<unknown>} run
 * @param {{ results?: TestResult[], only?: (name: string) => boolean, details?: (test: T) => string[], timeoutMs?: number }} [options]
 *   `only`: which tests to run (all by default).
 * @returns {Promise<TestResult[]>} `results`.
 */
export async function runTests(tests, run, { results = [], only = () => true, details = () => [], timeoutMs = TEST_TIMEOUT_MS } = {}) {
  for (const test of tests) {
    if (!only(test.name)) continue;
    const started = Date.now();
    try {
      await withTimeout(run(test), timeoutMs, test.name);
      results.push({ name: test.name, ok: true });
      console.log(`ok - ${test.name} (${Date.now() - started} ms)`);
    } catch (error) {
      const message = describeError(error);
      results.push({ name: test.name, ok: false, error: message });
      console.log(`not ok - ${test.name} (${Date.now() - started} ms)`);
      console.log([message, ...details(test)].join('\n').replace(/^/gm, '    '));
    }
  }
  return results;
}

/** A `--filter <text>` matcher: every name when there is no filter. */
export function nameFilter(text = option('--filter')) {
  return (/** @type {string} */ name) => !text || name.includes(text);
}

/**
 * Prints `N passed, M failed` (after `prefix`, when given), writes `{ passed, failed, tests }` to
 * `json` when given, and returns whether every test passed. No test at all counts as a failure.
 *
 * @param {readonly TestResult[]} results
 * @param {{ json?: string, prefix?: string }} [options]
 * @returns {boolean}
 */
export function report(results, { json, prefix = '' } = {}) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (json) {
    mkdirSync(dirname(resolve(json)), { recursive: true });
    writeFileSync(json, JSON.stringify({ passed, failed, tests: results }, null, 2));
  }
  if (results.length === 0) {
    console.log('no test matched');
    console.log(`${prefix}0 passed, 1 failed`);
    return false;
  }
  console.log(`${prefix}${passed} passed, ${failed} failed`);
  return failed === 0;
}

/**
 * Ends the process with the outcome of `main`: exit 0 when it resolved `true`; otherwise 1, and
 * a crash (a server that would not start, a missing build) prints its error and counts as one
 * failed test, so the runner's last line is still `N passed, M failed`.
 *
 * @param {() => Promise<boolean>} main
 * @param {{ results?: readonly TestResult[] }} [options] - The results so far, counted on a crash.
 */
export function exitWith(main, { results = [] } = {}) {
  main().then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(describeError(error));
      console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
      process.exit(1);
    },
  );
}
