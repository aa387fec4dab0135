// vanilla-cookieconsent 3 with the same categories, services and texts; it gates the same <script type="text/plain"> markup.
import './mark.js';
import * as CookieConsent from 'vanilla-cookieconsent';
import { CATEGORIES, TEXT, VENDORS } from './site.js';

const categories = {};
for (const id of CATEGORIES) categories[id] = id === 'necessary' ? { enabled: true, readOnly: true } : { services: {}, autoClear: { cookies: [] } };
for (const v of VENDORS) {
  categories[v.category].services[v.id] = { label: v.name };
  categories[v.category].autoClear.cookies.push({ name: v.cookie });
}

CookieConsent.run({
  hideFromBots: false, // the benchmark browser is headless (it would otherwise count as a bot)
  categories,
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: TEXT.title,
          description: TEXT.description,
          acceptAllBtn: TEXT.acceptAll,
          acceptNecessaryBtn: TEXT.rejectAll,
          showPreferencesBtn: TEXT.customize,
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: TEXT.acceptAll,
          acceptNecessaryBtn: TEXT.rejectAll,
          savePreferencesBtn: 'Save',
          closeIconLabel: 'Close',
          sections: CATEGORIES.map((id) => ({ title: id, description: `About ${id} cookies.`, linkedCategory: id })),
        },
      },
    },
  },
});
