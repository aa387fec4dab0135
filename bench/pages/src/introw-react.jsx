// Our React page: the provider, banner and preferences dialog; the five vendor scripts are gated by core's mount().
import './mark.js';
import { createRoot } from 'react-dom/client';
import { defineConsentConfig } from '@introw/consent-core';
import { ConsentBanner, ConsentPreferences, ConsentProvider } from '@introw/consent-react';
import { VENDORS } from './site.js';

const config = defineConsentConfig({
  revision: 1,
  siteName: 'Example',
  categories: { necessary: { required: true }, functional: {}, analytics: {}, advertising: {} },
  services: Object.fromEntries(
    VENDORS.map((v) => [v.id, { category: v.category, name: v.name, cookies: [{ name: v.cookie, duration: { days: 365 }, purpose: 'Measurement' }] }]),
  ),
});

createRoot(document.getElementById('consent-root')).render(
  <ConsentProvider config={config} options={{ crossTab: false }}>
    <ConsentBanner />
    <ConsentPreferences />
  </ConsentProvider>,
);
