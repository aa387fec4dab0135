// Withdrawal at scale, vanilla-cookieconsent 3: acceptCategory([]) after accept all (it clears
// declared cookies, not storage keys: its "done" is the cookies gone).
import * as CookieConsent from 'vanilla-cookieconsent';
import { CATEGORIES, harness, services } from './withdraw-site.js';

const categories = { necessary: { enabled: true, readOnly: true } };
for (const c of CATEGORIES) categories[c] = { services: {}, autoClear: { cookies: [] } };
for (const s of services) {
  categories[s.category].services[s.id] = { label: `Service ${s.id}` };
  categories[s.category].autoClear.cookies.push({ name: `${s.id}_id` }, { name: new RegExp(`^${s.id}_s_`) });
}

const ready = CookieConsent.run({
  hideFromBots: false,
  autoShow: false,
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

harness({
  accept: () => CookieConsent.acceptCategory('all'),
  withdraw: () => CookieConsent.acceptCategory([]),
  keys: false,
  settle: () => Promise.resolve(ready),
});
