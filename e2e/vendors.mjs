/**
 * Local stand-ins for the vendor tags of the demo (there is no internet here). Each behaves like
 * its vendor in what matters for consent: it sets that vendor's first-party cookies (and web
 * storage keys) with `document.cookie` / `localStorage`, and records that it ran, both in the
 * page (`window.__vendorRuns[service]`, a per-page-load counter) and with the test runner
 * (`window.__vendorReport(service, event)`, a binding that survives reloads).
 */

/** The hosts whose tags the demo gates; any request to them before consent is a failure (R1). */
export const VENDOR_HOSTS = ['www.googletagmanager.com', 'js.hs-scripts.com', 'static.hotjar.com', 'cdn.segment.com'];

/** Cookies the stand-ins set, per service: what the tests look for in the cookie jar. */
export const VENDOR_COOKIES = {
  googleAnalytics: ['_ga', '_ga_XXXXXXX'],
  googleAds: ['_gcl_au'],
  hubspot: ['__hstc', 'hubspotutk', '__hssc', '__hssrc'],
  hotjar: ['_hjSessionUser_0000000', '_hjSession_0000000'],
  segment: ['ajs_anonymous_id'],
};

/** Web storage keys the stand-ins write, per service. */
export const VENDOR_STORAGE = {
  hotjar: ['_hjSessionUser_0000000'],
  segment: ['ajs_anonymous_id', 'ajs_user_traits'],
};

export const ANALYTICS_SERVICES = ['googleAnalytics', 'hubspot', 'hotjar', 'segment'];
export const ALL_SERVICES = [...ANALYTICS_SERVICES, 'googleAds'];

/** Shared prologue: count the run, report it, and a cookie writer (Path=/, SameSite=Lax, like the vendors). */
const prologue = (service) => `
  var runs = (window.__vendorRuns = window.__vendorRuns || {});
  runs[${JSON.stringify(service)}] = (runs[${JSON.stringify(service)}] || 0) + 1;
  var report = function (event) { if (typeof window.__vendorReport === 'function') window.__vendorReport(${JSON.stringify(service)}, event); };
  report('run');
  var setCookie = function (name, value, maxAgeSeconds) {
    document.cookie = name + '=' + value + '; Path=/; SameSite=Lax' + (maxAgeSeconds ? '; Max-Age=' + maxAgeSeconds : '');
  };
  var rand = function () { return String(Math.floor(Math.random() * 1e9)); };
  var nowSec = Math.floor(Date.now() / 1000);
`;

const DAY = 86400;

function googleTag(id) {
  if (id.startsWith('G-')) {
    // GA4: client id in _ga, session state in _ga_<container-id>; both two years.
    return `(function () {${prologue('googleAnalytics')}
  setCookie('_ga', 'GA1.1.' + rand() + '.' + nowSec, ${730 * DAY});
  setCookie('_ga_' + ${JSON.stringify(id.slice(2))}, 'GS1.1.' + nowSec + '.1.0.' + nowSec + '.0.0.0', ${730 * DAY});
  window.dataLayer = window.dataLayer || [];
})();`;
  }
  if (id.startsWith('AW-')) {
    // Google Ads conversion linker: _gcl_au, 90 days.
    return `(function () {${prologue('googleAds')}
  setCookie('_gcl_au', '1.1.' + rand() + '.' + nowSec, ${90 * DAY});
  window.dataLayer = window.dataLayer || [];
})();`;
  }
  return null;
}

const HUBSPOT = `(function () {${prologue('hubspot')}
  var visitor = rand() + rand();
  setCookie('__hstc', '1.' + visitor + '.' + nowSec + '.' + nowSec + '.' + nowSec + '.1', ${182 * DAY});
  setCookie('hubspotutk', visitor, ${182 * DAY});
  setCookie('__hssc', '1.1.' + nowSec, ${30 * 60});
  setCookie('__hssrc', '1');
  // The command queue: commands queued before the tag loaded, then live ones; report opt-outs.
  var queue = (window._hsq = window._hsq || []);
  var handle = function (command) { if (command && command[0] === 'doNotTrack') report('doNotTrack'); };
  for (var i = 0; i < queue.length; i++) handle(queue[i]);
  queue.push = function (command) { handle(command); return Array.prototype.push.call(queue, command); };
})();`;

const HOTJAR = (site) => `(function () {${prologue('hotjar')}
  var user = JSON.stringify({ id: rand(), created: Date.now(), existing: false });
  setCookie('_hjSessionUser_${site}', encodeURIComponent(user), ${365 * DAY});
  setCookie('_hjSession_${site}', encodeURIComponent(JSON.stringify({ id: rand(), c: Date.now() })), ${30 * 60});
  try { localStorage.setItem('_hjSessionUser_${site}', user); } catch (e) {}
  if (window.hj && window.hj.q) window.hj.q.length = 0;
})();`;

const SEGMENT = `(function () {${prologue('segment')}
  var anonymousId = 'a' + rand() + '-' + rand();
  setCookie('ajs_anonymous_id', anonymousId, ${365 * DAY});
  try {
    localStorage.setItem('ajs_anonymous_id', JSON.stringify(anonymousId));
    localStorage.setItem('ajs_user_traits', '{}');
  } catch (e) {}
  if (window.analytics) window.analytics.initialized = true;
})();`;

/**
 * The stand-in script for a vendor URL, or `null` when the URL is not one of the gated tags.
 *
 * @param {URL} url
 * @returns {{ service: string, body: string } | null}
 */
export function standInFor(url) {
  if (url.hostname === 'www.googletagmanager.com' && url.pathname === '/gtag/js') {
    const id = url.searchParams.get('id') ?? '';
    const body = googleTag(id);
    return body ? { service: id.startsWith('G-') ? 'googleAnalytics' : 'googleAds', body } : null;
  }
  if (url.hostname === 'js.hs-scripts.com' && /^\/\d+\.js$/.test(url.pathname)) return { service: 'hubspot', body: HUBSPOT };
  const hotjar = url.hostname === 'static.hotjar.com' ? /^\/c\/hotjar-(\d+)\.js$/.exec(url.pathname) : null;
  if (hotjar) return { service: 'hotjar', body: HOTJAR(hotjar[1]) };
  if (url.hostname === 'cdn.segment.com' && /^\/analytics\.js\/v1\/[^/]+\/analytics\.min\.js$/.test(url.pathname)) {
    return { service: 'segment', body: SEGMENT };
  }
  return null;
}
