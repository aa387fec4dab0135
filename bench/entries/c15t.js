// c15t 2 core (headless: no UI), offline mode, with its script loader for the same vendors.
import { getOrCreateConsentRuntime } from 'c15t';

const { consentStore } = getOrCreateConsentRuntime({
  mode: 'offline',
  consentCategories: ['necessary', 'functionality', 'measurement', 'marketing'],
  scripts: [
    { id: 'hubspot', src: 'https://js.hs-scripts.com/1.js', category: 'functionality' },
    { id: 'google-analytics', src: 'https://www.googletagmanager.com/gtag/js?id=G-TEST', category: 'measurement' },
    { id: 'hotjar', src: 'https://static.hotjar.com/c/hotjar-1.js', category: 'measurement' },
    { id: 'segment', src: 'https://cdn.segment.com/analytics.js/v1/x/analytics.min.js', category: 'measurement' },
    { id: 'google-ads', src: 'https://www.googletagmanager.com/gtag/js?id=AW-TEST', category: 'marketing' },
  ],
});
consentStore.subscribe((state) => {
  document.documentElement.toggleAttribute('data-banner', state.activeUI === 'banner');
});
window.consentStore = consentStore;
