/**
 * Browser contexts (Chromium comes from e2e/chromium.mjs) with every third-party host intercepted (there is no
 * internet here, and a test must see every vendor request), plus the page helpers the tests
 * share: hydration wait, axe-core, keyboard and geometry probes.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** WCAG 2.0, 2.1 and 2.2 level A and AA rules (axe tags). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A fresh context. Requests to any non-loopback host are recorded in `vendorRequests` and
 * answered by a stand-in script that records that it ran (`window.__standIns`). Console errors,
 * warnings and page errors are collected in `problems`.
 *
 * @param options - Playwright context options (`viewport`, `javaScriptEnabled`, `colorScheme`, ...).
 */
export async function openContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const vendorRequests = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOOPBACK.has(url.hostname) || url.protocol === 'data:') return route.continue();
    vendorRequests.push(url.href);
    return route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      body: `(window.__standIns = window.__standIns || []).push(${JSON.stringify(url.hostname)});`,
    });
  });
  const problems = [];
  const watch = (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  };
  context.on('page', watch);
  return { context, vendorRequests, problems };
}

/** True when a console line or page error is about hydration (React's messages, or minified errors #418/#423/#425). */
export function isHydrationProblem(line) {
  return /hydrat|did not match|didn't match|server rendered|Minified React error #4(18|19|20|21|22|23|25)\b/i.test(line);
}

/** Waits until React has hydrated or rendered `selector` (its DOM node carries React's props key). */
export async function waitForReact(page, selector) {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return !!el && Object.keys(el).some((k) => k.startsWith('__reactProps$'));
    },
    selector,
    { timeout: 30_000 },
  );
}

/**
 * Waits until the page is idle after what the consent library queued (gating starts in the task
 * after mount, the on-demand withdrawal module at idle): an idle callback, then a task. A
 * condition, not a fixed time: under load it waits longer, on an idle machine a few ms.
 */
export async function settled(page) {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 0))));
}

/**
 * Runs axe-core with the WCAG 2.2 A/AA rules on the whole page and returns its violations as
 * readable lines (rule, impact, help, the first targets).
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
    }));
  }, WCAG_TAGS);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.slice(0, 5).join('\n      ')}`);
}

/** What has focus: tag, text, action, role, checked, and whether it sits in the banner or the dialog. */
export function activeInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', inBanner: false, inDialog: false, text: '' };
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 60),
      action: el.getAttribute('data-ic-action'),
      role: el.getAttribute('role'),
      checked: el instanceof HTMLInputElement ? el.checked : undefined,
      settings: el.classList.contains('ic-settings-button'),
      inBanner: !!el.closest('.ic-banner'),
      inDialog: !!el.closest('.ic-dialog'),
    };
  });
}

/** Presses Tab (or Shift+Tab) until `predicate(activeInfo)` holds; returns the infos seen. Throws after `max` presses. */
export async function tabUntil(page, predicate, { max = 60, shift = false, what = 'the target' } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const info = await activeInfo(page);
    seen.push(info);
    if (predicate(info)) return seen;
  }
  throw new Error(`${max} presses of ${shift ? 'Shift+Tab' : 'Tab'} did not reach ${what}; saw: ${seen.map((s) => s.action || s.text || s.tag).join(' | ')}`);
}

/**
 * Whether the focused element is visible to a sighted keyboard user: inside the viewport and
 * not covered by the banner (WCAG 2.4.11). Samples its centre and its corners (inset by 2 px)
 * with elementFromPoint; returns the geometry and which samples hit something else.
 */
export function focusedObscured(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const banner = document.querySelector('.ic-banner');
    const inset = Math.min(2, r.width / 4, r.height / 4);
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + inset, r.top + inset],
      [r.right - inset, r.top + inset],
      [r.left + inset, r.bottom - inset],
      [r.right - inset, r.bottom - inset],
    ];
    const hidden = points.filter(([x, y]) => {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return true;
      const hit = document.elementFromPoint(x, y);
      return !hit || !(hit === el || el.contains(hit) || hit.contains(el));
    });
    const coveredByBanner = points.some(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return !!banner && !!hit && banner.contains(hit) && !banner.contains(el);
    });
    return {
      what: `${el.tagName.toLowerCase()} "${(el.textContent || '').trim().slice(0, 40)}"`,
      rect: { x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) },
      allHidden: hidden.length === points.length,
      centreHidden: hidden.some((p) => p === points[0]),
      coveredByBanner,
    };
  });
}

/** True when the page scrolls sideways (WCAG 1.4.10 reflow fails). */
export function horizontalOverflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, overflow: doc.scrollWidth > doc.clientWidth + 1 };
  });
}

/** Sets the root font size to 200% (WCAG 1.4.4 text resize), over any site style. */
export function doubleText(page) {
  return page.addStyleTag({ content: 'html{font-size:200% !important} :root{font-size:200% !important}' });
}

/** The gated `<script>` placeholders and whether any vendor script now runs (an executable copy with a vendor `src`). */
export function gatedScripts(page) {
  return page.evaluate(() => {
    const placeholders = Array.from(document.querySelectorAll('script[data-category]'), (s) => /** @type {HTMLScriptElement} */ (s));
    return {
      placeholders: placeholders.length,
      inert: placeholders.filter((s) => s.type === 'text/plain').length,
      running: placeholders.filter((s) => s.type !== 'text/plain').map((s) => s.getAttribute('data-service') || s.src),
      standIns: window.__standIns ?? [],
    };
  });
}
