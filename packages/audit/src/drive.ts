import type { Page } from 'playwright-core';
import { AuditError } from './errors';
import type { StateRecorder } from './recorder';

/** Links to files rather than pages: never crawled (a download is not a page). */
const FILE_LINK = /\.(pdf|zip|gz|tgz|dmg|exe|msi|png|jpe?g|gif|svg|webp|avif|ico|mp4|webm|mp3|wav|csv|xlsx?|docx?|pptx?|json|xml|txt)$/i;

/** A navigation that another one replaced (a reload a withdrawal started, say): worth one more try. */
const INTERRUPTED = /interrupted by another navigation|net::ERR_ABORTED|frame was detached/i;

/**
 * Loads a page and waits until it settled: the `load` event, then a quiet network.
 *
 * @returns The HTTP status of the document (`0` when there was no response, e.g. a same-document navigation).
 * @throws {AuditError} `browser` when the page does not load (the site is not running, say).
 */
export async function loadPage(page: Page, url: string, recorder: StateRecorder, timeoutMs: number): Promise<number> {
  recorder.setPage(url);
  let status = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      status = (await page.goto(url, { waitUntil: 'load', timeout: timeoutMs }))?.status() ?? 0;
      break;
    } catch (error) {
      const message = (error as Error).message;
      if (attempt === 0 && INTERRUPTED.test(message)) continue;
      throw new AuditError(
        'browser',
        `Could not load ${url}: ${message.split('\n')[0]}. Is the site running and reachable from this machine at that address?`,
        { cause: error },
      );
    }
  }
  await recorder.quiet(timeoutMs);
  return status;
}

/**
 * Clicks a banner or dialog control once it is visible, then waits for the network to settle.
 *
 * @param what - What the control is, and the CLI flag that names it, for the error message.
 * @throws {AuditError} `usage` when no visible element matches within `timeoutMs`.
 */
export async function clickControl(
  page: Page,
  selector: string,
  what: { label: string; flag: string },
  recorder: StateRecorder,
  timeoutMs: number,
): Promise<void> {
  const control = page.locator(selector).first();
  try {
    await control.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch (error) {
    throw new AuditError(
      'usage',
      `No visible ${what.label} on ${page.url()} within ${timeoutMs / 1000} s (selector ${selector}). ` +
        `If the site uses another consent tool, pass its CSS selector with ${what.flag} "<selector>".`,
      { cause: error },
    );
  }
  await control.click({ timeout: timeoutMs });
  await recorder.quiet(timeoutMs);
}

/** The same-origin page links of the loaded page, absolute, without fragments, files left out. */
export async function pageLinks(page: Page, origin: string): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
  const out: string[] = [];
  for (const href of hrefs) {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      continue;
    }
    if (url.origin !== origin || FILE_LINK.test(url.pathname)) continue;
    url.hash = '';
    if (!out.includes(url.href)) out.push(url.href);
  }
  return out;
}

/** A JPEG of the viewport, base64; `undefined` when the page cannot be captured. */
export async function screenshot(page: Page): Promise<string | undefined> {
  try {
    return (await page.screenshot({ type: 'jpeg', quality: 70 })).toString('base64');
  } catch {
    return undefined;
  }
}
