#!/usr/bin/env node
// Chromium tests of @introw/consent-dom's script-tag build (dist/consent.iife.js and its
// on-demand files): plain pages with one <link>, one <script src> and a JSON config, served from
// app.example.test while the build comes from a CDN path on cdn.example.test (host-resolver
// rules), under nonce-only Content-Security-Policies; and the static demo under its own policy.
// Prints `ok - name` / `not ok - name` and ends with `N passed, M failed`; exits 1 on a failure.
//
//   node packages/dom/browser-tests/run.mjs [words...]   (only tests whose name contains a word)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../../e2e/chromium.mjs';
import { startServer } from './server.mjs';
import { register } from './tests.mjs';
import { registerTexts } from './texts.tests.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const dist = join(pkg, 'dist');
if (!existsSync(join(dist, 'consent.iife.js'))) {
  console.error('packages/dom/dist/consent.iife.js is missing: run `pnpm build` first.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
const server = await startServer({ dist, version });
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP *.example.test 127.0.0.1'],
});

/** `http://<host>.example.test:<port><path>` */
const at = (host, path) => `http://${host}.example.test:${server.port}${path}`;
/** Where pages load the build from: a CDN path on another host. */
const cdn = at('cdn', server.cdnPath.replace(/\/$/, ''));

/**
 * A fresh context whose pages report every Content-Security-Policy violation (the event and the
 * console line), across navigations, and every uncaught error.
 */
async function openContext() {
  const context = await browser.newContext({ locale: 'en-US' });
  const seen = { violations: [], errors: [], console: [] };
  await context.exposeBinding('__cspViolation', (_source, line) => seen.violations.push(line));
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      true,
    );
  });
  context.on('page', (page) => {
    page.on('pageerror', (error) => seen.errors.push(error.message));
    page.on('console', (message) => {
      seen.console.push(`${message.type()}: ${message.text()}`);
      if (/Content Security Policy|Refused to/.test(message.text())) seen.violations.push(`console: ${message.text()}`);
    });
  });
  return { context, seen };
}

// Conditions, not fixed times: the generous timeout only turns a hang into a failure on a busy machine.
const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 60_000, polling: 50 });

const tests = [];
const add = (name, fn) => tests.push({ name, fn });
const context = { server, at, cdn, openContext, until, root: resolve(pkg, '../..') };
register(add, context);
registerTexts(add, context);

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const t of tests) {
  if (only.length && !only.some((word) => t.name.toLowerCase().includes(word.toLowerCase()))) continue;
  const mark = server.requests.length;
  try {
    await t.fn({ requests: () => server.requests.slice(mark) });
    passed++;
    console.log(`ok - ${t.name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${t.name}`);
    console.log(
      String(error?.stack ?? error)
        .split('\n')
        .map((line) => `  # ${line}`)
        .join('\n'),
    );
  }
}
await browser.close();
await server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
