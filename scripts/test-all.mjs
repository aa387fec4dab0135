#!/usr/bin/env node
/**
 * The whole check, as CI and `pnpm test` run it. Stops at the first failing step.
 *
 *   1. lint                        pnpm lint (Biome: lint and format check; knip: no unused files, exports, dependencies)
 *   2. build the packages          pnpm -r --filter "./packages/**" run build
 *   3. typecheck                   packages, then examples (they compile against the built d.ts), then the .mjs test scripts (tsconfig.scripts.json)
 *   4. unit and type tests         vitest run (the records service's suites on PGlite included)
 *   5. records service, PostgreSQL node packages/server/test/run-postgres.mjs (starts a throwaway cluster)
 *   6. package lint                publint + attw (each package's lint:package)
 *   7. build the React demo        pnpm --filter @introw/example-react run build
 *   8. end-to-end in Chromium      node e2e/run.mjs (the React demo and the static site)
 *   9. budgets                     node bench/budget.mjs --no-runtime (bytes up front; no timing)
 *  10. core in Chromium            node packages/core/browser-tests/run.mjs (gating, revocation, Consent Mode, plain ES modules, withdrawal at scale)
 *  11. script tag in Chromium      node packages/dom/browser-tests/run.mjs (three tags, CSP, parts from a CDN path)
 *  12. Vue demo in Chromium        build examples/vue, node examples/vue/e2e.mjs
 *  13. demos keep their records    node packages/server/e2e/demos.e2e.mjs (React, Vue and static demos, Chromium)
 *  14. accessibility and SSR       node a11y/run.mjs (React demo, static site and the Next.js example)
 *  15. one consent, two sites      node examples/next/e2e/run.mjs (website + Platform on *.introw.test)
 *  16. what the visitor is told    node e2e/statement/run.mjs (React, Vue, Next.js demos in en/nl/fr/de: banner landmark, /cookies statement, R8, R23)
 *  17. consent audit in Chromium   node packages/audit/test/run.mjs (React, Vue, static and Next.js demos against Introw's config; the broken fixture)
 *  18. Nuxt SSR                    node examples/vue/nuxt/check.mjs
 *
 * The last line is always `N passed, M failed` (tests of vitest and e2e together). A failing lint,
 * build or typecheck stops the run (nothing after it could be trusted); a failing suite does not: every
 * later suite still runs, so one run shows every failure, and the exit code is 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.e2e-tmp');
const vitestJson = join(tmp, 'vitest-results.json');
const e2eJson = join(tmp, 'e2e-results.json');

/** pnpm as a command: the pinned root devDependency, else the one running us, else npx. */
function pnpmCommand() {
  const local = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm');
  if (existsSync(local)) return [local];
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm/.test(execpath)) return [process.execPath, execpath];
  return ['npx', '-y', 'pnpm@12.4.2'];
}
const pnpm = pnpmCommand();

const counts = { passed: 0, failed: 0 };
const breakdown = [];

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Runs a test script whose output ends with `N passed, M failed`, echoing it, and counts its tests. */
function runCounted(label, command) {
  console.log(`$ ${command.join(' ')}`);
  const result = spawnSync(command[0], command.slice(1), { cwd: root, stdio: ['inherit', 'pipe', 'inherit'], env: process.env, maxBuffer: 64 * 1024 * 1024 });
  const out = result.stdout?.toString() ?? '';
  process.stdout.write(out);
  const lines = out.trim().split('\n').reverse();
  const summary = lines.map((l) => /^(\d+) passed, (\d+) failed/.exec(l.trim())).find(Boolean);
  if (summary) {
    counts.passed += Number(summary[1]);
    counts.failed += Number(summary[2]);
    breakdown.push(`${label}: ${summary[1]} passed, ${summary[2]} failed`);
  } else if (result.status === 0) {
    console.error(`${label} printed no "N passed, M failed" line`);
    return false;
  }
  return result.status === 0;
}

function run(command) {
  console.log(`$ ${command.join(' ')}`);
  const result = spawnSync(command[0], command.slice(1), { cwd: root, stdio: 'inherit', env: process.env });
  if (result.error) console.error(result.error.message);
  return result.status === 0;
}

const steps = [
  {
    // Before the build: neither Biome nor knip needs it, and a finding is the cheapest failure.
    title: 'Lint (pnpm lint: Biome, knip)',
    stops: true,
    run: () => run([...pnpm, 'run', 'lint']),
  },
  {
    title: 'Build packages',
    stops: true,
    run: () => run([...pnpm, '-r', '--filter', './packages/**', 'run', 'build']),
  },
  {
    title: 'Typecheck',
    stops: true,
    run: () =>
      run([...pnpm, '-r', '--filter', './packages/**', 'run', 'typecheck']) &&
      run([...pnpm, '-r', '--filter', './examples/**', 'run', 'typecheck']) &&
      run([...pnpm, 'run', 'typecheck:scripts']),
  },
  {
    title: 'Unit and type tests (vitest run)',
    run: () => {
      rmSync(vitestJson, { force: true });
      const ok = run([...pnpm, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
      const report = readJson(vitestJson);
      if (report) {
        counts.passed += report.numPassedTests ?? 0;
        counts.failed += report.numFailedTests ?? 0;
        breakdown.push(`vitest: ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed`);
      } else if (ok) {
        console.error(`vitest passed but wrote no results to ${vitestJson}`);
        return false;
      }
      return ok;
    },
  },
  {
    // A real PostgreSQL server (Debian's, installed with apt-get when missing), started by the script itself.
    title: 'Records service on PostgreSQL (packages/server/test/run-postgres.mjs)',
    run: () => runCounted('server postgres', [process.execPath, join(root, 'packages', 'server', 'test', 'run-postgres.mjs')]),
  },
  {
    title: 'Package lint (publint + attw)',
    run: () => run([...pnpm, '-r', '--filter', './packages/**', 'run', 'lint:package']),
  },
  {
    title: 'Build examples/react',
    run: () => run([...pnpm, '--filter', '@introw/example-react', 'run', 'build']),
  },
  {
    title: 'End-to-end tests in Chromium: React demo and static site (e2e/run.mjs)',
    run: () => {
      rmSync(e2eJson, { force: true });
      const ok = run([process.execPath, join(root, 'e2e', 'run.mjs'), '--json', e2eJson]);
      const report = readJson(e2eJson);
      if (report) {
        counts.passed += report.passed;
        counts.failed += report.failed;
        breakdown.push(`e2e: ${report.passed} passed, ${report.failed} failed`);
      }
      return ok;
    },
  },
  {
    // A check, not a test: fails when a byte budget is exceeded. Bytes only: no timing ever fails
    // the test command (issue 11); `pnpm bench` and `pnpm size` report the runtime figures.
    title: 'Budgets: bytes up front (bench/budget.mjs --no-runtime)',
    run: () => run([process.execPath, join(root, 'bench', 'budget.mjs'), '--no-runtime']),
  },
  {
    title: 'Core in Chromium: gating, revocation, Consent Mode (packages/core/browser-tests)',
    run: () => runCounted('core browser', [process.execPath, join(root, 'packages', 'core', 'browser-tests', 'run.mjs')]),
  },
  {
    title: 'The script-tag build in Chromium: three tags, nonce-only CSP, parts from a CDN path (packages/dom/browser-tests)',
    run: () => runCounted('script tag', [process.execPath, join(root, 'packages', 'dom', 'browser-tests', 'run.mjs')]),
  },
  {
    title: 'Vue demo in Chromium (examples/vue/e2e.mjs)',
    run: () =>
      run([...pnpm, '--filter', '@introw/example-vue', 'run', 'build']) && runCounted('vue e2e', [process.execPath, join(root, 'examples', 'vue', 'e2e.mjs')]),
  },
  {
    title: 'Demos keep every decision as a record, in Chromium (packages/server/e2e/demos.e2e.mjs)',
    run: () => runCounted('demo records', [process.execPath, join(root, 'packages', 'server', 'e2e', 'demos.e2e.mjs')]),
  },
  {
    title: 'Accessibility and SSR in Chromium: React demo, static site and Next.js (a11y/run.mjs)',
    run: () => runCounted('a11y + next', [process.execPath, join(root, 'a11y', 'run.mjs')]),
  },
  {
    title: 'Website and Platform share one consent in Chromium (examples/next/e2e/run.mjs)',
    run: () => runCounted('website + platform', [process.execPath, join(root, 'examples', 'next', 'e2e', 'run.mjs')]),
  },
  {
    // After the steps that build the React, Vue and Next.js demos (--no-build: reuse the Next.js build of step 12).
    title: 'What the visitor is told, in Chromium: banner and statement in every demo and language, R8, R23 (e2e/statement/run.mjs)',
    run: () => runCounted('statement', [process.execPath, join(root, 'e2e', 'statement', 'run.mjs'), '--no-build']),
  },
  {
    // After the steps that build the React, Vue and Next.js demos: every demo of packages/audit/test/demos.mjs passes the audit.
    title: 'Consent audit in Chromium: demos and the broken fixture (packages/audit/test/run.mjs)',
    run: () => runCounted('audit', [process.execPath, join(root, 'packages', 'audit', 'test', 'run.mjs')]),
  },
  {
    title: 'Nuxt SSR (examples/vue/nuxt/check.mjs)',
    run: () => runCounted('nuxt', [process.execPath, join(root, 'examples', 'vue', 'nuxt', 'check.mjs')]),
  },
];

mkdirSync(tmp, { recursive: true });
const started = Date.now();
const failedSteps = [];
for (const [i, step] of steps.entries()) {
  console.log(`\n=== [${i + 1}/${steps.length}] ${step.title} ===`);
  const t0 = Date.now();
  const seconds = () => ((Date.now() - t0) / 1000).toFixed(1);
  if (!step.run()) {
    failedSteps.push(step.title);
    console.error(`\n=== FAILED: ${step.title} (${seconds()} s)${step.stops ? '; stopping' : '; going on with the next steps'} ===`);
    if (step.stops) break;
    continue;
  }
  console.log(`=== ok: ${step.title} (${seconds()} s) ===`);
}

console.log('');
for (const line of breakdown) console.log(line);
console.log(`total time ${((Date.now() - started) / 1000).toFixed(0)} s${failedSteps.length ? `; failed: ${failedSteps.join('; ')}` : ''}`);
// A failing step without failing tests (build, typecheck, lint, budgets) still counts as a failure.
if (failedSteps.length && counts.failed === 0) counts.failed = failedSteps.length;
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
