import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { AuditError } from './errors';

/** Debian's and Ubuntu's Chromium; `CHROMIUM_PATH` or `--chromium` override it. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for CI machines and closed networks: no sandbox (containers run as root), no GPU, and
 * none of Chromium's own background traffic (updates, sync, safe browsing), which would show up
 * as requests no page made.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts Chromium headless through playwright-core.
 *
 * @param executablePath - The browser binary; default `CHROMIUM_PATH` or `/usr/bin/chromium`.
 * @throws {AuditError} `browser` when the binary is missing or does not start.
 */
export async function launchBrowser(executablePath = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new AuditError(
      'browser',
      `Chromium not found at ${executablePath}. Install it (Debian/Ubuntu: apt-get install -y chromium) or pass --chromium <path> (or set CHROMIUM_PATH).`,
    );
  }
  try {
    return await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  } catch (error) {
    throw new AuditError(
      'browser',
      `Chromium at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}. Check that it is a Chromium or Chrome binary and that it runs on this machine (${executablePath} --version).`,
      { cause: error },
    );
  }
}
