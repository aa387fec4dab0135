// Core + the React components a site renders (React itself is external: not counted).
import { createRoot } from 'react-dom/client';
import { defineConsentConfig } from '@introw/consent-core';
import { ConsentBanner, ConsentGate, ConsentPreferences, ConsentProvider, GatedEmbed } from '@introw/consent-react';

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
    youtube: {
      category: 'advertising',
      name: 'YouTube',
      cookies: [{ name: 'VISITOR_INFO1_LIVE', duration: { days: 180 }, purpose: 'Video', thirdParty: true }],
    },
  },
});

function App() {
  return (
    <ConsentProvider config={config}>
      <ConsentGate category="analytics" fallback={<p>Analytics is off.</p>}>
        <p>Analytics is on.</p>
      </ConsentGate>
      <GatedEmbed category="advertising" service="youtube" src="https://www.youtube-nocookie.com/embed/x" title="Video" />
      <ConsentBanner />
      <ConsentPreferences />
    </ConsentProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
