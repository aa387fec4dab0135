// The one site every runtime page shows: the same categories, services and English texts for every library.
export const CATEGORIES = ['necessary', 'functional', 'analytics', 'advertising'];

/** The five gated vendor scripts (answered by stand-ins through page.route()). */
export const VENDORS = [
  { id: 'hubspot', name: 'HubSpot', category: 'functional', src: 'https://js.hs-scripts.com/1.js', cookie: 'hubspotutk' },
  { id: 'googleAnalytics', name: 'Google Analytics', category: 'analytics', src: 'https://www.googletagmanager.com/gtag/js?id=G-TEST', cookie: '_ga' },
  { id: 'hotjar', name: 'Hotjar', category: 'analytics', src: 'https://static.hotjar.com/c/hotjar-1.js', cookie: '_hjSessionUser_1' },
  { id: 'segment', name: 'Segment', category: 'analytics', src: 'https://cdn.segment.com/analytics.js/v1/x/analytics.min.js', cookie: 'ajs_anonymous_id' },
  { id: 'googleAds', name: 'Google Ads', category: 'advertising', src: 'https://www.googletagmanager.com/gtag/js?id=AW-TEST', cookie: '_gcl_au' },
];

export const TEXT = {
  title: 'We use cookies',
  description: 'Example uses cookies to measure and improve the site. Choose which ones you allow.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
};
