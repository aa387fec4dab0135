// The withdrawal-at-scale page (issue 19): 200 services in 3 categories (each declaring a cookie, a
// cookie pattern and a storage key), 500 gated scripts, 100 of the declared cookies and 200 storage
// keys planted before the click. Shared by the core, vanilla-cookieconsent and control pages.
export const SERVICE_COUNT = 200;
export const SCRIPT_COUNT = 500;
export const COOKIE_COUNT = 100;
export const CATEGORIES = ['functional', 'analytics', 'advertising'];
export const services = Array.from({ length: SERVICE_COUNT }, (_, i) => ({ id: `svc${i}`, category: CATEGORIES[i % 3] }));

/** Plants 100 declared cookies (browsers cap cookies per site), 2 undeclared ones and 200 declared + 2 undeclared storage keys. */
export function plant() {
  for (let i = 0; i < COOKIE_COUNT; i++) document.cookie = `svc${i}_id=1; path=/`;
  document.cookie = 'site_pref=1; path=/';
  for (let i = 0; i < SERVICE_COUNT; i++) localStorage.setItem(`svc${i}_key`, '1');
  localStorage.setItem('site_draft', '1');
}

/** What is left of the planted items (declared and undeclared). */
export function left() {
  const names = document.cookie.split(';').map((c) => c.split('=')[0].trim());
  const keys = Object.keys(localStorage);
  return {
    cookies: names.filter((n) => /^svc\d+_id$/.test(n)).length,
    keys: keys.filter((k) => /^svc\d+_key$/.test(k)).length,
    undeclared: names.filter((n) => n === 'site_pref').length + keys.filter((k) => k === 'site_draft').length,
  };
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

/**
 * The page's measurement harness. `accept()` grants everything and waits for every script to run;
 * `arm()` plants the items; the `#withdraw` button's click calls `withdraw()`; `signal(cb)` lets the
 * library say when its work is done (core: the `revocation` event; the others: when the call returns).
 * Done = the library's signal and every declared cookie (and, with `keys`, storage key) gone; if an
 * item survives the signal, the page polls until it is gone (never the case in the runs so far).
 */
export function harness({ accept, withdraw, signal, keys = true, settle = () => Promise.resolve() }) {
  const longtasks = [];
  try {
    new PerformanceObserver((list) => longtasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({
      type: 'longtask',
      buffered: true,
    });
  } catch {
    // no longtask support: the column stays empty
  }
  let clickAt = 0;
  let returned = 0;
  let resolveDone;
  const done = new Promise((r) => (resolveDone = r));
  const clear = () => {
    const l = left();
    return l.cookies === 0 && (!keys || l.keys === 0);
  };
  const finish = () => {
    if (clear()) return resolveDone(performance.now());
    setTimeout(finish, 0);
  };
  const button = document.createElement('button');
  button.id = 'withdraw';
  button.textContent = 'Withdraw consent';
  document.body.append(button);
  button.addEventListener('click', (event) => {
    clickAt = event.timeStamp;
    if (signal) signal(finish);
    withdraw();
    returned = performance.now();
    if (!signal) finish();
  });
  window.__withdraw = {
    async accept() {
      accept();
      while (window.__ran !== SCRIPT_COUNT) await frame();
      await settle();
    },
    arm: plant,
    async result() {
      const doneAt = await done;
      const after = left();
      // Let long tasks ending after the click be reported.
      await frame();
      await frame();
      await new Promise((r) => setTimeout(r, 50));
      const during = longtasks.filter((t) => t.start + t.duration > clickAt && t.start < doneAt);
      return { returnMs: returned - clickAt, doneMs: doneAt - clickAt, longestMs: Math.max(0, ...during.map((t) => t.duration)), ...after };
    },
  };
}
