import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser (TOOLCHAIN.md). `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Flags for a closed network: without the background-networking ones Chromium floods the
 * sandboxed machine with refused connections (TOOLCHAIN.md).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Returns the path of a Chromium binary. When none is installed and we run as root, installs
 * Debian's `chromium` with apt-get first (a few minutes); otherwise throws with the command to run.
 */
export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it (as root: apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  console.log(`Chromium not found at ${CHROMIUM_PATH}; installing it: apt-get update && apt-get install -y chromium`);
  const result = spawnSync('bash', ['-c', 'apt-get update && apt-get install -y chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0 || !existsSync(CHROMIUM_PATH)) {
    throw new Error(`Installing Chromium failed (apt-get exit code ${result.status}); ${CHROMIUM_PATH} is still missing.`);
  }
  return CHROMIUM_PATH;
}

/**
 * Launches Chromium through playwright-core with the closed-network flags, installing it first
 * when it is missing (see {@link ensureChromium}). The one launcher of the e2e, a11y, core
 * browser, demo and example suites.
 *
 * @param {{ args?: string[] }} [options] - `args`: extra flags, e.g. `--host-resolver-rules=MAP *.example.test 127.0.0.1`.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium({ args = [] } = {}) {
  return chromium.launch({ executablePath: ensureChromium(), args: [...CHROMIUM_ARGS, ...args] });
}
