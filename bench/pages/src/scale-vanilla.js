// Scale page for vanilla-cookieconsent 3: the same 200 services and 450 gated scripts (it does not gate images).
import * as CookieConsent from 'vanilla-cookieconsent';
import { SCALE_CATEGORIES, SCRIPT_COUNT, hasRate, plant, services, until } from './scale-site.js';

const categories = { necessary: { enabled: true, readOnly: true } };
for (const c of SCALE_CATEGORIES) categories[c] = { services: {}, autoClear: { cookies: [] } };
for (const s of services) {
  categories[s.category].services[s.id] = { label: `Service ${s.id}` };
  categories[s.category].autoClear.cookies.push({ name: `${s.id}_id` }, { name: new RegExp(`^${s.id}_s_`) });
}

const t0 = performance.now();
const ready = CookieConsent.run({
  hideFromBots: false,
  autoShow: true,
  categories,
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: { title: 'Cookies', description: 'x', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all' },
        preferencesModal: { sections: [] },
      },
    },
  },
});

window.__scale = {
  initMs: 0,
  ready: Promise.resolve(ready).then(() => {
    window.__scale.initMs = performance.now() - t0;
  }),
  async activate() {
    const t = performance.now();
    CookieConsent.acceptCategory('all');
    const syncMs = performance.now() - t;
    const end = await until(() => window.__ran === SCRIPT_COUNT);
    return { syncMs, totalMs: end - t };
  },
  revoke() {
    plant();
    const t = performance.now();
    CookieConsent.acceptCategory([]);
    const ms = performance.now() - t;
    const left = document.cookie.split(';').filter((c) => /svc\d+_id=/.test(c)).length;
    const keysLeft = Object.keys(localStorage).filter((k) => /^svc\d+_key$/.test(k)).length;
    return { ms, cookiesLeft: left, keysLeft, imgsLeft: null, elements: SCRIPT_COUNT };
  },
  hasRate() {
    const ids = services.map((s) => [s.id, s.category]);
    let i = 0;
    return hasRate(() => {
      const [svc, cat] = ids[i++ % ids.length];
      return CookieConsent.acceptedService(svc, cat);
    }, ids);
  },
};
