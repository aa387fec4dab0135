// Scale page for our core: 200 services, 500 gated elements.
import { createConsentManager, defineConsentConfig } from '@introw/consent-core';
import { SCALE_CATEGORIES, IMG_COUNT, SCRIPT_COUNT, allImgsLoaded, hasRate, plant, services, until } from './scale-site.js';

const config = defineConsentConfig({
  revision: 1,
  categories: { necessary: { required: true }, ...Object.fromEntries(SCALE_CATEGORIES.map((c) => [c, {}])) },
  services: Object.fromEntries(
    services.map((s) => [
      s.id,
      {
        category: s.category,
        name: `Service ${s.id}`,
        cookies: [
          { name: `${s.id}_id`, duration: { days: 365 }, purpose: 'Visitor id' },
          { pattern: `^${s.id}_s_`, duration: { days: 1 }, purpose: 'Session' },
        ],
        storageKeys: [`${s.id}_key`],
      },
    ]),
  ),
});

const t0 = performance.now();
const consent = createConsentManager(config, { crossTab: false, reloadOnRevoke: false });
consent.mount();
const initMs = performance.now() - t0;

window.__scale = {
  initMs,
  async activate() {
    const t = performance.now();
    consent.acceptAll();
    const syncMs = performance.now() - t;
    const end = await until(() => window.__ran === SCRIPT_COUNT && allImgsLoaded());
    return { syncMs, totalMs: end - t };
  },
  async revoke() {
    plant();
    // The sweep runs after rejectAll() returns (in chunks): count what is left once it is done.
    const swept = new Promise((resolve) => {
      const off = consent.on('revocation', (event) => event.trigger === 'change' && (off(), resolve()));
    });
    const t = performance.now();
    consent.rejectAll();
    const ms = performance.now() - t;
    await swept;
    const left = document.cookie.split(';').filter((c) => /svc\d+_id=/.test(c)).length;
    const keysLeft = Object.keys(localStorage).filter((k) => /^svc\d+_key$/.test(k)).length;
    const imgsLeft = Array.from(document.querySelectorAll('img[data-src]')).filter((el) => el.getAttribute('src')).length;
    return { ms, cookiesLeft: left, keysLeft, imgsLeft, elements: SCRIPT_COUNT + IMG_COUNT };
  },
  hasRate() {
    const ids = [...services.map((s) => s.id), ...SCALE_CATEGORIES, 'unknown'];
    return hasRate((id) => consent.hasConsent(id), ids);
  },
};
