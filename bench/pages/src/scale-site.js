// The scale test: 200 services in 3 categories, each declaring a cookie, a cookie pattern and a storage key.
export const SERVICE_COUNT = 200;
export const SCRIPT_COUNT = 450;
export const IMG_COUNT = 50;
export const SCALE_CATEGORIES = ['functional', 'analytics', 'advertising'];
export const services = Array.from({ length: SERVICE_COUNT }, (_, i) => ({ id: `svc${i}`, category: SCALE_CATEGORIES[i % 3] }));

/** Polls without the 4 ms setTimeout clamp. */
export function until(test, timeoutMs = 10_000) {
  const start = performance.now();
  const ch = new MessageChannel();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (test()) resolve(performance.now());
      else if (performance.now() - start > timeoutMs) reject(new Error('timeout'));
      else ch.port2.postMessage(0);
    };
    ch.port1.onmessage = tick;
    tick();
  });
}

export const allImgsLoaded = () => Array.from(document.querySelectorAll('img[data-src]')).every((el) => el.getAttribute('src'));

/** Plants each service's cookie (100 of them: browsers cap cookies per site) and storage key. */
export function plant() {
  for (let i = 0; i < 100; i++) document.cookie = `svc${i}_id=1; path=/`;
  for (let i = 0; i < SERVICE_COUNT; i++) localStorage.setItem(`svc${i}_key`, '1');
}

export function hasRate(fn, ids, ms = 250) {
  let calls = 0;
  let sink = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (let k = 0; k < 1000; k++) sink += fn(ids[(calls + k) % ids.length]) ? 1 : 0;
    calls += 1000;
  }
  window.__sink = sink;
  return (calls / ms) * 1000;
}
