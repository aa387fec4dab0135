// What the runtime benchmark injects into every page before its own scripts (`instrument`, run
// through page.addInitScript) and the stand-ins that answer the vendor hosts. The page-side code
// records: banner visible, long tasks, layout shifts, long animation frames, the vendor scripts
// inserted / run, the click's Event Timing entry and the frame in which the banner's exit starts.
import { VENDORS } from '../pages/src/site.js';

/** Answers for the vendor hosts: tiny scripts that record when they ran and set the vendor's cookie. */
export function standIn(url) {
  const vendor = VENDORS.find((v) => url.startsWith(v.src));
  const id = vendor ? vendor.id : 'unknown';
  const cookie = vendor ? `document.cookie=${JSON.stringify(`${vendor.cookie}=1; path=/`)};` : '';
  return `(window.__bench&&(window.__bench.ran[${JSON.stringify(id)}]=performance.now()));${cookie}`;
}

/** Hosts of the five vendor scripts (answered by {@link standIn}). */
export const VENDOR_HOSTS = [...new Set(VENDORS.map((v) => new URL(v.src).host))];

/** What {@link instrument} is given: the variant's banner selector and the vendor scripts to watch for. */
export const instrumentArgs = (bannerSelector) => ({ bannerSelector, vendors: VENDORS.map((v) => ({ id: v.id, src: v.src })) });

/**
 * Runs in the page before any of its scripts (serialized by Playwright: self-contained). Fills
 * `window.__bench`:
 * - `bannerAt`: first animation frame in which `bannerSelector` matches an element with a box, not
 *   `visibility: hidden` and opacity > 0 (`banner`: a promise of it);
 * - `longtasks`, `shifts`, `loaf`: the PerformanceObserver entries;
 * - `inserted` / `ran`: when each vendor script was inserted as a real script (MutationObserver) and
 *   ran (the stand-in writes `ran`); `allInserted` / `allRan`: promises of the last of the five;
 * - `clickAt`: the first click's event timestamp; `clickHandlerAt` / `clickDoneAt`: a capture
 *   listener on window (first to run) and a bubble listener on window added during the click (last
 *   to run), the fallback bracket of the click's handlers; `clickEntry`: the click's Event Timing
 *   entry (`event` type, `durationThreshold` 16, the lowest the API allows);
 * - `exitAt` / `exitHow`: the first animation frame after the click in which the banner's exit has
 *   started (see `exitReason`); `exit`: a promise of it. `armExit()` snapshots the banner before the
 *   click (its animations and transform), so the click task itself does no style work for us.
 */
export function instrument({ bannerSelector, vendors }) {
  const B = { longtasks: [], shifts: [], loaf: [], inserted: {}, ran: {}, bannerAt: null, clickAt: null, clickEntry: null, exitAt: null };
  window.__bench = B;
  const vendorOf = (src) => vendors.find((v) => src?.startsWith(v.src));
  let bannerEl = null;
  const isVisible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
  };
  let resolveBanner;
  B.banner = new Promise((r) => {
    resolveBanner = r;
  });
  const check = () => {
    if (B.bannerAt !== null) return;
    const el = document.querySelector(bannerSelector);
    if (el && isVisible(el)) {
      bannerEl = el;
      B.bannerAt = performance.now();
      resolveBanner(B.bannerAt);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);

  const obs = (type, fn, extra = {}) => {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) fn(e);
      }).observe({ type, buffered: true, ...extra });
    } catch {}
  };
  obs('longtask', (e) => B.longtasks.push({ start: e.startTime, duration: e.duration }));
  obs('layout-shift', (e) => {
    const sources = (e.sources || []).map((s) => s.node).filter(Boolean);
    const root = bannerEl || document.querySelector(bannerSelector);
    const fromBanner = sources.some((n) => root && (root === n || root.contains(n) || n.contains(root)));
    B.shifts.push({
      value: e.value,
      recent: e.hadRecentInput,
      start: e.startTime,
      fromBanner,
      nodes: sources.map(
        (n) => n.nodeName + (n.id ? `#${n.id}` : '') + (n.className && typeof n.className === 'string' ? `.${n.className.split(' ')[0]}` : ''),
      ),
    });
  });
  obs('long-animation-frame', (e) =>
    B.loaf.push({
      start: e.startTime,
      duration: e.duration,
      blocking: e.blockingDuration,
      scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL, invoker: s.invoker, duration: s.duration, start: s.startTime })),
    }),
  );
  // The page's only click: `first-input` is its pointerdown (a task of its own), so the click's own entry is used.
  obs(
    'event',
    (e) => {
      if (e.name === 'click' && !B.clickEntry) B.clickEntry = { start: e.startTime, processingStart: e.processingStart, processingEnd: e.processingEnd };
    },
    { durationThreshold: 16 },
  );

  let resolveInserted;
  let resolveRan;
  B.allInserted = new Promise((r) => {
    resolveInserted = r;
  });
  B.allRan = new Promise((r) => {
    resolveRan = r;
  });
  const seeScript = (el) => {
    if (el.nodeName !== 'SCRIPT') return;
    const type = (el.getAttribute('type') || 'text/javascript').toLowerCase();
    if (type === 'text/plain') return;
    const v = vendorOf(el.getAttribute('src'));
    if (!v || B.inserted[v.id] !== undefined) return;
    B.inserted[v.id] = performance.now();
    if (Object.keys(B.inserted).length === vendors.length) resolveInserted(performance.now());
  };
  new MutationObserver((records) => {
    for (const m of records) {
      if (m.type === 'attributes') seeScript(m.target);
      for (const n of m.addedNodes) {
        seeScript(n);
        if (n.querySelectorAll) for (const s of n.querySelectorAll('script')) seeScript(s);
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['type', 'src'] });
  const ranTimer = setInterval(() => {
    if (Object.keys(B.ran).length >= vendors.length) {
      clearInterval(ranTimer);
      resolveRan(Math.max(...Object.values(B.ran)));
    }
  }, 5);

  // Banner exit: the element and what it looked like just before the click.
  let before = null;
  B.armExit = () => {
    const el = bannerEl;
    if (!el) return false;
    before = { el, animations: new Set(el.getAnimations()), transform: getComputedStyle(el).transform };
    return true;
  };
  /** Why the banner counts as leaving in this frame, or null: checked once per animation frame after the click. */
  const exitReason = () => {
    const { el } = before;
    if (!el.isConnected) return 'removed';
    if (!el.matches(bannerSelector)) return 'no longer matches the banner selector';
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return 'no box';
    if (el.checkVisibility && !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return 'hidden';
    const s = getComputedStyle(el);
    if (s.display === 'none' || s.visibility === 'hidden') return 'hidden';
    let opacity = 1;
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) opacity *= Number(getComputedStyle(n).opacity);
    if (opacity < 1) return 'opacity < 1';
    if (el.getAnimations().some((a) => !before.animations.has(a))) return 'animation or transition started';
    if (s.transform !== before.transform) return 'transform changed';
    return null;
  };
  let resolveExit;
  B.exit = new Promise((r) => {
    resolveExit = r;
  });
  // Animation frames checked after the click until the exit showed: 1 = the first frame after the click.
  B.exitFrames = 0;
  const frame = () => {
    B.exitFrames++;
    const how = exitReason();
    if (how) {
      B.exitAt = performance.now();
      B.exitHow = how;
      resolveExit(B.exitAt);
    } else requestAnimationFrame(frame);
  };
  addEventListener(
    'click',
    (e) => {
      if (B.clickAt !== null) return;
      B.clickAt = e.timeStamp;
      B.clickHandlerAt = performance.now();
      // A handler that stops the click's propagation skips the listener below: then this frame starts the check.
      requestAnimationFrame(() => {
        if (B.clickDoneAt === undefined && before) frame();
      });
      // Added now, so it runs after every other listener of the click (window is the bubble phase's last target).
      addEventListener(
        'click',
        () => {
          B.clickDoneAt = performance.now();
          // Registered after whatever the handlers scheduled: a frame they hide the banner in is seen in that frame.
          if (before) requestAnimationFrame(frame);
        },
        { once: true },
      );
    },
    { capture: true },
  );
}
