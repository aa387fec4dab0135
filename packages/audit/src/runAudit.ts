import type { Browser, BrowserContext, Page } from 'playwright-core';
import { validateConsentConfig, type ConsentConfig } from '@introw/consent-core';
import type { AuditReport, AuditStateId, StateObservation } from './types';
import { STATE_LABELS } from './types';
import { AuditError } from './errors';
import { launchBrowser } from './browser';
import { indexDeclaration } from './declarations';
import { analyzeObservations } from './analyze';
import { thirdPartyTest } from './sites';
import { recordState, type StateRecorder } from './recorder';
import { clickControl, loadPage, pageLinks, screenshot } from './drive';
import { VERSION } from './version';

/** CSS selectors of the banner's and the preferences dialog's controls. */
export interface AuditSelectors {
  /** "Accept all" on the first layer. */
  accept: string;
  /** "Reject all" on the first layer. */
  reject: string;
  /** The control that reopens the preferences ("Cookie settings"). */
  settings: string;
  /** The control in the reopened preferences that withdraws everything ("Reject all" there). */
  withdraw: string;
}

/**
 * The markup of `@introw/consent-react`, `-vue` and every renderer of core (`data-ic-*`); the
 * settings control is the footer's `<ConsentSettingsButton>` (R12).
 *
 * @example
 * ```ts
 * await runAudit({ url, config, selectors: { ...DEFAULT_SELECTORS, settings: '#cookie-settings' } });
 * ```
 */
export const DEFAULT_SELECTORS: Readonly<AuditSelectors> = {
  accept: '[data-ic-banner] [data-ic-action="accept-all"]',
  reject: '[data-ic-banner] [data-ic-action="reject-all"]',
  settings: '.ic-settings-button',
  withdraw: '[data-ic-preferences] [data-ic-action="reject-all"]',
};

/** Options of {@link runAudit}. */
export interface AuditOptions {
  /** The start page, `http(s)://`. */
  url: string;
  /** The site's consent config (validated here). */
  config: ConsentConfig;
  /** Where the config came from, for the report. */
  configPath?: string;
  /** How many same-origin pages found through links to audit besides the start page. Default 5. */
  pages?: number;
  /** Chromium binary; default `CHROMIUM_PATH` or `/usr/bin/chromium`. */
  chromiumPath?: string;
  /** An already running browser to use instead (not closed by the audit). */
  browser?: Browser;
  /** Selectors for another tool's banner; default {@link DEFAULT_SELECTORS}. */
  selectors?: Partial<AuditSelectors>;
  /** Third-party hosts that are the site's own strictly necessary infrastructure (`cdn.example.net`, `.example-cdn.com`). */
  allowHosts?: readonly string[];
  /** Services not used on this site: their never-seen cookies are no `unseen` warning. */
  skipUnseen?: readonly string[];
  /** Runs on each new browser context before its first page: routes, stand-ins for vendor hosts on a closed network, cookies. */
  setupContext?: (context: BrowserContext) => void | Promise<void>;
  /** Progress lines, one per page or step. */
  onProgress?: (message: string) => void;
  /** Longest wait for a page, a control or a quiet network, in ms. Default 30000. */
  timeoutMs?: number;
}

/**
 * Drives Chromium through four states of the site and compares what it does with its
 * declaration (R1, R6, R10, R11, R13, R27, R32):
 * 1. `first-visit`: the start page and up to `pages` same-origin pages found through links, no click;
 * 2. `reject`: a fresh browser, "Reject all", then every page;
 * 3. `accept`: a fresh browser, "Accept all", then every page;
 * 4. `withdrawal`: in the accepting browser, "Cookie settings" then "Reject all" in the
 *    preferences, then every page.
 * In each it records every cookie of the browser's cookie store, the web storage keys and
 * IndexedDB names of the site, and every request to another site's host.
 *
 * @returns The report: observations per state (with a screenshot each) and findings.
 * @throws {AuditError} `usage` for a bad URL or config or a control not found; `browser` when
 *   Chromium or the site fails.
 * @example
 * ```ts
 * const report = await runAudit({ url: 'http://localhost:5173/', config: introwConfig });
 * if (report.summary.errors) process.exitCode = 1;
 * ```
 * @remarks R1, R6, R10, R11, R13, R27, R32: docs/rules.md; EDPB Cookie Banner Taskforce report 2023.
 */
export async function runAudit(options: AuditOptions): Promise<AuditReport> {
  let start: URL;
  try {
    start = new URL(options.url);
  } catch {
    throw new AuditError('usage', `"${options.url}" is not a URL: give the start page as http(s)://host/path.`);
  }
  if (!/^https?:$/.test(start.protocol)) throw new AuditError('usage', `"${options.url}" is not an http(s) URL.`);
  try {
    validateConsentConfig(options.config);
  } catch (error) {
    throw new AuditError('usage', `The config is invalid: ${(error as Error).message}`, { cause: error });
  }
  const index = indexDeclaration(options.config);
  const selectors = { ...DEFAULT_SELECTORS, ...options.selectors };
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxPages = options.pages ?? 5;
  const progress = options.onProgress ?? (() => {});
  const isThirdParty = thirdPartyTest(start.href, options.allowHosts);
  const startedAt = new Date().toISOString();
  const browser = options.browser ?? (await launchBrowser(options.chromiumPath));
  const browserVersion = `Chromium ${browser.version()}`;
  const states: StateObservation[] = [];

  const open = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', ignoreHTTPSErrors: false });
    await options.setupContext?.(context);
    return { context, page: await context.newPage() };
  };
  const step = (id: AuditStateId, n: number, of: number, url: string): void => progress(`[${STATE_LABELS[id]}] ${n}/${of} ${url}`);
  /** Loads every page in turn, snapshotting each. */
  const visitAll = async (page: Page, recorder: StateRecorder, pages: readonly string[]): Promise<void> => {
    for (const [i, url] of pages.entries()) {
      step(recorder.state.id, i + 1, pages.length, url);
      await loadPage(page, url, recorder, timeoutMs);
      await recorder.snapshot(page);
    }
  };
  const finish = (recorder: StateRecorder): void => {
    recorder.detach();
    states.push(recorder.state);
  };

  try {
    // 1. First visit: crawl from the start page without a click.
    let { context, page } = await open();
    let rec = recordState(context, 'first-visit', isThirdParty);
    const pages = [start.href];
    const queue: string[] = [];
    for (let i = 0; i < pages.length; i++) {
      step('first-visit', i + 1, Math.min(pages.length + queue.length, maxPages + 1), pages[i]!);
      const status = await loadPage(page, pages[i]!, rec, timeoutMs);
      if (status >= 400 && i === 0) {
        throw new AuditError(
          'browser',
          `${pages[i]} answered HTTP ${status}: the audit needs the start page working. Check the site's server log, or start from another URL.`,
        );
      }
      if (status >= 400) progress(`  (HTTP ${status}: audited as it is)`);
      await rec.snapshot(page);
      if (i === 0) rec.state.screenshot = await screenshot(page);
      for (const link of await pageLinks(page, start.origin)) if (!pages.includes(link) && !queue.includes(link)) queue.push(link);
      while (pages.length <= maxPages && queue.length) pages.push(queue.shift()!);
    }
    finish(rec);
    await context.close();

    // 2. Reject all.
    ({ context, page } = await open());
    rec = recordState(context, 'reject', isThirdParty);
    step('reject', 0, pages.length, `${start.href} (clicking "Reject all")`);
    await loadPage(page, start.href, rec, timeoutMs);
    await clickControl(page, selectors.reject, { label: '"Reject all" button', flag: '--reject' }, rec, timeoutMs);
    rec.state.screenshot = await screenshot(page);
    await rec.snapshot(page);
    await visitAll(page, rec, pages);
    finish(rec);
    await context.close();

    // 3. Accept all.
    ({ context, page } = await open());
    rec = recordState(context, 'accept', isThirdParty);
    step('accept', 0, pages.length, `${start.href} (clicking "Accept all")`);
    await loadPage(page, start.href, rec, timeoutMs);
    await clickControl(page, selectors.accept, { label: '"Accept all" button', flag: '--accept' }, rec, timeoutMs);
    rec.state.screenshot = await screenshot(page);
    await rec.snapshot(page);
    await visitAll(page, rec, pages);

    // 4. Withdrawal, in the same browser: settings, then "Reject all" in the preferences. What
    // happens until that click still has consent, so it counts for the accept state.
    step('withdrawal', 0, pages.length, `${start.href} (opening the settings, withdrawing)`);
    await loadPage(page, start.href, rec, timeoutMs);
    await clickControl(page, selectors.settings, { label: 'cookie settings control', flag: '--settings' }, rec, timeoutMs);
    await rec.snapshot(page); // the values just before the withdrawal: "not removed" vs "set again"
    finish(rec);
    rec = recordState(context, 'withdrawal', isThirdParty);
    rec.setPage(start.href);
    await clickControl(page, selectors.withdraw, { label: 'withdraw ("Reject all") control in the preferences', flag: '--withdraw' }, rec, timeoutMs);
    rec.state.screenshot = await screenshot(page);
    await rec.snapshot(page);
    await visitAll(page, rec, pages);
    finish(rec);
    await context.close();
  } finally {
    if (!options.browser) await browser.close();
  }

  const findings = analyzeObservations(states, index, { ...(options.skipUnseen ? { skipUnseen: options.skipUnseen } : {}) });
  return {
    tool: '@introw/consent-audit',
    version: VERSION,
    url: start.href,
    ...(options.configPath ? { config: options.configPath } : {}),
    startedAt,
    finishedAt: new Date().toISOString(),
    browser: browserVersion,
    pages: states[0]?.pages ?? [],
    states,
    findings,
    summary: { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length },
  };
}
