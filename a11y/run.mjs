#!/usr/bin/env node
/**
 * Accessibility (R24-R26) and SSR tests in Chromium, for the React demo (examples/react, built
 * and served statically, with its consent UI gallery: every layout and theme, phone checks, R3 in
 * CSS), Introw's plain HTML site (examples/static, the script-tag build of @introw/consent-dom,
 * by its own server) and the Next.js demo (examples/next, `next build` + `next start`, then
 * `next dev` for React's development hydration checks).
 *
 *   node a11y/run.mjs [--filter <text>] [--json <file>] [--build] [--no-build] [--no-dev]
 *
 * --build     rebuild the packages and the React demo even when their output exists
 * --no-build  use the existing builds (the Next.js demo is rebuilt by default)
 * --no-dev    skip the `next dev` hydration test
 *
 * Prints `ok - name` / `not ok - name` per test and ends with `N passed, M failed`; the exit code
 * is 0 only when every test passed.
 */
import { launchChromium } from '../e2e/chromium.mjs';
import { exitWith, nameFilter, option, report, runTests } from '../e2e/runner.mjs';
import { REACT_DIST, buildTargets, serveStatic, startNext } from './lib/servers.mjs';
import { a11yTests } from './tests/a11y.mjs';
import { layoutTests } from './tests/layouts.mjs';
import { phoneTests } from './tests/phone.mjs';
import { devHydrationTests, ssrTests } from './tests/ssr.mjs';
import { startStaticSite } from '../examples/static/server.mjs';

/**
 * The static site, served without its Content-Security-Policy: the tests inject axe-core and a
 * 200% text stylesheet into the page, which a nonce-only policy would (rightly) refuse. Its CSP is
 * tested in packages/dom/browser-tests.
 */
const startStatic = () => startStaticSite({ port: 0, host: '127.0.0.1', database: 'memory:', csp: false });

/** The static site is ready when its script has started and rendered "Cookie settings". */
const staticReady = (page) =>
  page.waitForFunction(() => !!window.IntrowConsent?.manager && !!document.querySelector('.ic-settings-button')?.textContent, null, { timeout: 30_000 });

const argv = process.argv.slice(2);
const flag = (/** @type {string} */ name) => argv.includes(name);

/** @type {import('../e2e/runner.mjs').TestResult[]} */
const results = [];

/**
 * @param {{ name: string, run: (env: { browser: import('playwright-core').Browser }) => Promise<void> }[]} tests
 * @param {{ browser: import('playwright-core').Browser }} env
 */
const runAll = (tests, env) => runTests(tests, (test) => test.run(env), { results, only: nameFilter() });

/** Runs `fn` with a started server and always stops it. A failure to start counts as one failed test. */
async function withServer(label, start, fn) {
  let server;
  try {
    server = await start();
  } catch (error) {
    results.push({ name: `${label}: start`, ok: false, error: String(error) });
    console.log(`not ok - ${label}: start\n${String(error).replace(/^/gm, '    ')}`);
    return;
  }
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

async function main() {
  const started = Date.now();
  if (!flag('--no-build')) buildTargets({ force: flag('--build') });
  else buildTargets({ skipNext: true });
  const browser = await launchChromium();
  console.log(`# Chromium ${browser.version()}`);
  try {
    const env = { browser };
    await withServer(
      '[react] static server',
      () => serveStatic(REACT_DIST),
      async (server) => {
        console.log(`# React demo (examples/react/dist) at ${server.origin}`);
        const react = { name: 'react', origin: server.origin };
        // The demo itself, then its consent UI gallery (gallery.html): every layout and theme.
        await runAll([...a11yTests(react), ...layoutTests(react), ...phoneTests(react)], env);
      },
    );
    await withServer('[static] static server', startStatic, async (server) => {
      console.log(`# Static site (examples/static) at ${server.origin}`);
      await runAll(a11yTests({ name: 'static', origin: server.origin, ready: staticReady }), env);
    });
    await withServer(
      '[next] next start',
      () => startNext('start'),
      async (server) => {
        console.log(`# Next.js demo (next start) at ${server.origin}`);
        const target = { name: 'next', origin: server.origin };
        await runAll([...ssrTests(target), ...a11yTests(target)], env);
      },
    );
    if (!flag('--no-dev')) {
      const devTests = devHydrationTests({ name: 'next', origin: '' });
      if (devTests.some((t) => nameFilter()(t.name))) {
        await withServer(
          '[next] next dev',
          () => startNext('dev'),
          async (server) => {
            console.log(`# Next.js demo (next dev) at ${server.origin}`);
            await runAll(devHydrationTests({ name: 'next', origin: server.origin }), env);
          },
        );
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`# ${Math.round((Date.now() - started) / 1000)} s`);
  return report(results, { json: option('--json') });
}

exitWith(main, { results });
