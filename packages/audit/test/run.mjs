#!/usr/bin/env node
/**
 * The audit suite, in Chromium: runs the built `introw-consent-audit` command (dist/cli.js)
 *   1. against every demo of ./demos.mjs (built if missing, served on 127.0.0.1, vendor hosts
 *      answered by the e2e stand-ins through ./stand-ins.mjs): zero errors, and the audit really
 *      saw the vendors' cookies after "Accept all" and none of them after the withdrawal;
 *   2. against ./fixture (a site that breaks its declaration three ways): exit 1 and exactly the
 *      three errors, each named;
 *   3. usage errors: exit 2 with a message that says what to do.
 *
 *   node packages/audit/test/run.mjs [--build] [--filter <text>]
 *
 * `--build` rebuilds the demos first (else only when their output is missing; scripts/test-all.mjs
 * runs this after the steps that build the React, Vue and Next.js demos). Reports go to
 * .e2e-tmp/audit/<name>.{json,html}. Prints `ok - ` / `not ok - ` lines and ends with
 * `N passed, M failed`; exits 1 when a test failed.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from '../../../e2e/chromium.mjs';
import { serveSpa } from '../../../e2e/server.mjs';
import { DEMOS } from './demos.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const cli = join(root, 'packages/audit/dist/cli.js');
const out = join(root, '.e2e-tmp/audit');
const STAND_INS = 'packages/audit/test/stand-ins.mjs';
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const filter = option('--filter');

function pnpm(args) {
  const local = join(root, 'node_modules/.bin/pnpm');
  const [command, ...rest] = existsSync(local) ? [local, ...args] : ['npx', '-y', 'pnpm@12.4.2', ...args];
  const result = spawnSync(command, rest, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed (exit code ${result.status})`);
}

/** Runs the command asynchronously (the servers live in this process), capturing its output. */
function audit(args) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

async function freePort() {
  const s = createServer();
  await new Promise((ok, fail) => s.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

/**
 * Starts a server demo and waits (by polling its URL, a condition) until it answers with any
 * HTTP status: a page that fails is then the audit's to report. A server that never answers
 * fails the test after 3 minutes, a safety net only: `next start` is ready in about a second.
 */
async function startServer(demo) {
  const port = await freePort();
  const [command, ...args] = demo.command(port);
  // A demo that mounts the records service (the Next demo) keeps its PGlite directory here, its
  // own: PGlite lets one process claim a directory, and the repository's stays untouched.
  const database = mkdtempSync(join(tmpdir(), 'introw-audit-consent-'));
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONSENT_DATABASE: database };
  const child = spawn(command, args, { cwd: join(root, demo.cwd), detached: true, stdio: 'ignore', env });
  const origin = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((ok) => child.once('exit', ok));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(database, { recursive: true, force: true });
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await close();
      throw new Error(`${demo.name}: the server exited with code ${child.exitCode}`);
    }
    try {
      await fetch(origin, { signal: AbortSignal.timeout(10_000) });
      return { origin, close };
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  await close();
  throw new Error(`${demo.name}: ${origin} did not answer within 3 minutes`);
}

const tests = [];
const test = (name, run) => tests.push({ name, run });

const report = (name) => JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
const names = (state) => state.cookies.map((c) => c.name);
const errorsOf = (r) => r.findings.filter((f) => f.severity === 'error');

for (const demo of DEMOS) {
  test(`the ${demo.name} demo passes the audit against ${demo.config}: zero errors`, async () => {
    const built = demo.kind === 'spa' ? join(demo.dist, 'index.html') : demo.built;
    if (process.argv.includes('--build') || !built || !existsSync(join(root, built))) pnpm(['--filter', demo.pkg, 'run', 'build']);
    const site = demo.kind === 'spa' ? await serveSpa(join(root, demo.dist)) : await startServer(demo);
    try {
      const args = [
        `${site.origin}/`,
        '--config',
        demo.config,
        '--export',
        demo.exportName,
        '--setup',
        STAND_INS,
        '--json',
        join(out, `${demo.name}.json`),
        '--html',
        join(out, `${demo.name}.html`),
        '--quiet',
        ...demo.args,
      ];
      const { code, stdout, stderr } = await audit(args);
      assert.equal(code, 0, `exit code 0 expected, got ${code}:\n${stdout}${stderr}`);
      const r = report(demo.name);
      assert.deepEqual(errorsOf(r), [], 'no errors');
      assert.deepEqual(
        r.states.map((s) => s.id),
        ['first-visit', 'reject', 'accept', 'withdrawal'],
      );
      assert.ok(r.pages.length >= 2, `pages were found through links: ${r.pages.join(', ')}`);
      // Not a vacuous pass: the audit saw the vendors' cookies after "Accept all", and only then.
      const [first, reject, accept, withdrawal] = r.states;
      for (const name of ['_ga', '__hstc', '_hjSessionUser_0000000', 'ajs_anonymous_id', '_gcl_au'])
        assert.ok(names(accept).includes(name), `${name} seen after Accept all`);
      for (const s of [first, reject, withdrawal])
        assert.deepEqual(
          names(s).filter((n) => /^(_ga|__hs|hubspotutk|_hj|ajs_|_gcl)/.test(n)),
          [],
          `no vendor cookie in ${s.id}`,
        );
      assert.ok(
        accept.requests.some((q) => q.host === 'www.googletagmanager.com'),
        'the vendor requests after Accept all were recorded',
      );
      assert.ok(stdout.includes('0 errors'), 'the summary says 0 errors');
    } finally {
      await site.close();
    }
  });
}

test('the broken fixture fails with exactly its three errors, each named', async () => {
  const site = await serveSpa(join(here, 'fixture'));
  try {
    const { code, stdout, stderr } = await audit([
      `${site.origin}/`,
      '--config',
      'packages/audit/test/fixture/fixture.config.json',
      '--json',
      join(out, 'fixture.json'),
      '--html',
      join(out, 'fixture.html'),
    ]);
    assert.equal(code, 1, `exit code 1 expected, got ${code}:\n${stdout}${stderr}`);
    assert.match(stderr, /\[Accept all\]/, 'progress lines on stderr');
    const r = report('fixture');
    const errors = errorsOf(r)
      .map((f) => `${f.kind} ${f.name}`)
      .sort();
    assert.deepEqual(errors, ['before-consent fx_stats', 'not-removed fx_sticky', 'undeclared fx_tracker']);
    const undeclared = r.findings.find((f) => f.kind === 'undeclared');
    assert.equal(undeclared.suggestion.source, 'observed', 'fx_tracker is not in the Open Cookie Database');
    assert.match(undeclared.suggestion.snippet, /cookies: \[\n\s+\{\n\s+name: 'fx_tracker',\n\s+duration: \{ days: 30 \},/, 'a ready-to-paste entry');
    assert.deepEqual(undeclared.states, ['first-visit', 'reject', 'accept', 'withdrawal']);
    assert.ok(
      r.findings.some((f) => f.kind === 'unseen' && f.name === 'fx_retired' && f.severity === 'warning'),
      'the stale declaration is a warning',
    );
    for (const text of ['undeclared', 'fx_tracker', 'before-consent', 'fx_stats', 'not-removed', 'fx_sticky', '3 errors'])
      assert.ok(stdout.includes(text), `the summary names ${text}`);
    const html = readFileSync(join(out, 'fixture.html'), 'utf8');
    assert.equal((html.match(/src="data:image\/jpeg;base64,/g) ?? []).length, 4, 'a screenshot of each state, inline');
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, 'self-contained: nothing loaded from elsewhere');
  } finally {
    await site.close();
  }
});

test('a usage error exits 2 and says what to do', async () => {
  const missing = await audit(['http://127.0.0.1:9/']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /Missing --config <file>/);
  const noFile = await audit(['http://127.0.0.1:9/', '--config', 'nope.ts']);
  assert.equal(noFile.code, 2);
  assert.match(noFile.stderr, /Config file not found/);
  const config = ['--config', 'packages/audit/test/fixture/fixture.config.json'];
  const noBrowser = await audit(['http://127.0.0.1:9/', ...config, '--chromium', '/no/such/chromium']);
  assert.equal(noBrowser.code, 2);
  assert.match(noBrowser.stderr, /browser error: Chromium not found at \/no\/such\/chromium\. Install it .* or pass --chromium <path>/);
});

test('a site that does not answer exits 2 and says to start it', async () => {
  const port = await freePort(); // free a moment ago: nothing listens there
  const r = await audit([`http://127.0.0.1:${port}/`, '--config', 'packages/audit/test/fixture/fixture.config.json', '--quiet']);
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /Could not load http:\/\/127\.0\.0\.1:\d+\/: .*ERR_CONNECTION_REFUSED.* Is the site running/);
});

test('a control that is not on the page exits 2 and names the flag to pass', async () => {
  const site = await serveSpa(join(here, 'fixture'));
  try {
    const r = await audit([
      `${site.origin}/`,
      '--config',
      'packages/audit/test/fixture/fixture.config.json',
      '--pages',
      '0',
      '--reject',
      '#no-such-button',
      '--timeout',
      '15',
      '--quiet',
    ]);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /No visible "Reject all" button .* pass its CSS selector with --reject/);
  } finally {
    await site.close();
  }
});

async function main() {
  ensureChromium();
  if (!existsSync(cli)) pnpm(['--filter', '@introw/consent-audit', 'run', 'build']);
  let passed = 0;
  let failed = 0;
  for (const t of tests) {
    if (filter && !t.name.includes(filter)) continue;
    const started = Date.now();
    try {
      await t.run();
      passed++;
      console.log(`ok - ${t.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`not ok - ${t.name} (${Date.now() - started} ms)`);
      console.log(String(error?.stack ?? error).replace(/^/gm, '    '));
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(`audit suite: ${error?.stack ?? error}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
