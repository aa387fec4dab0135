// Klaro 0.7: its documented module setup (JS without CSS; the CSS is measured separately).
import * as Klaro from 'klaro/dist/klaro-no-css';

Klaro.setup({
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  lang: 'en',
  purposes: ['functional', 'analytics', 'advertising'],
  services: [
    { name: 'hubspot', title: 'HubSpot', purposes: ['functional'], cookies: ['hubspotutk'] },
    { name: 'googleAnalytics', title: 'Google Analytics', purposes: ['analytics'], cookies: [/^_ga/] },
    { name: 'hotjar', title: 'Hotjar', purposes: ['analytics'], cookies: [/^_hjSession/] },
    { name: 'segment', title: 'Segment', purposes: ['analytics'], cookies: ['ajs_anonymous_id'] },
    { name: 'googleAds', title: 'Google Ads', purposes: ['advertising'], cookies: ['_gcl_au'] },
  ],
});
