// vanilla-cookieconsent 3: its documented setup with the same categories, services and English texts.
import * as CookieConsent from 'vanilla-cookieconsent';

CookieConsent.run({
  categories: {
    necessary: { enabled: true, readOnly: true },
    functional: { services: { hubspot: { label: 'HubSpot' } }, autoClear: { cookies: [{ name: 'hubspotutk' }] } },
    analytics: {
      services: { googleAnalytics: { label: 'Google Analytics' }, hotjar: { label: 'Hotjar' }, segment: { label: 'Segment' } },
      autoClear: { cookies: [{ name: '_ga' }, { name: /^_ga_/ }, { name: /^_hjSession/ }, { name: 'ajs_anonymous_id' }] },
    },
    advertising: { services: { googleAds: { label: 'Google Ads' } }, autoClear: { cookies: [{ name: '_gcl_au' }] } },
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'Example uses cookies to measure and improve the site. Choose which ones you allow.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Customize',
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Strictly necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
            { title: 'Functional', description: 'Remember your choices.', linkedCategory: 'functional' },
            { title: 'Analytics', description: 'Measure how the site is used.', linkedCategory: 'analytics' },
            { title: 'Advertising', description: 'Measure and personalise ads.', linkedCategory: 'advertising' },
          ],
        },
      },
    },
  },
});
