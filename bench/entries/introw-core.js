// Core alone, as a plain site uses it: a config, the store, and the browser side (gating).
import { createConsentManager, defineConsentConfig } from '@introw/consent-core';

const config = defineConsentConfig({
  revision: 1,
  siteName: 'Example',
  categories: { necessary: { required: true }, functional: {}, analytics: {}, advertising: {} },
  services: {
    hubspot: { category: 'functional', name: 'HubSpot', cookies: [{ name: 'hubspotutk', duration: { days: 180 }, purpose: 'Visitor id' }] },
    googleAnalytics: {
      category: 'analytics',
      name: 'Google Analytics',
      cookies: [
        { name: '_ga', duration: { days: 730 }, purpose: 'Visitor id' },
        { pattern: /^_ga_/, duration: { days: 730 }, purpose: 'Session state' },
      ],
    },
    hotjar: { category: 'analytics', name: 'Hotjar', cookies: [{ pattern: /^_hjSession/, duration: { minutes: 30 }, purpose: 'Session' }] },
    segment: { category: 'analytics', name: 'Segment', cookies: [{ name: 'ajs_anonymous_id', duration: { days: 365 }, purpose: 'Visitor id' }] },
    googleAds: { category: 'advertising', name: 'Google Ads', cookies: [{ name: '_gcl_au', duration: { days: 90 }, purpose: 'Conversions' }] },
  },
});

const consent = createConsentManager(config);
consent.mount();
window.consent = consent;
