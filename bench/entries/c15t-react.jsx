// @c15t/react 2: provider, banner, dialog and the consent-gated Frame (React itself is external).
import { createRoot } from 'react-dom/client';
import { ConsentBanner, ConsentDialog, ConsentManagerProvider, Frame, useConsentManager } from '@c15t/react';

function Gate() {
  const { has } = useConsentManager();
  return has('measurement') ? <p>Analytics is on.</p> : <p>Analytics is off.</p>;
}

function App() {
  return (
    <ConsentManagerProvider
      options={{
        mode: 'offline',
        consentCategories: ['necessary', 'functionality', 'measurement', 'marketing'],
        scripts: [
          { id: 'hubspot', src: 'https://js.hs-scripts.com/1.js', category: 'functionality' },
          { id: 'google-analytics', src: 'https://www.googletagmanager.com/gtag/js?id=G-TEST', category: 'measurement' },
          { id: 'hotjar', src: 'https://static.hotjar.com/c/hotjar-1.js', category: 'measurement' },
          { id: 'segment', src: 'https://cdn.segment.com/analytics.js/v1/x/analytics.min.js', category: 'measurement' },
          { id: 'google-ads', src: 'https://www.googletagmanager.com/gtag/js?id=AW-TEST', category: 'marketing' },
        ],
      }}
    >
      <Gate />
      <Frame category="marketing">
        <iframe src="https://www.youtube-nocookie.com/embed/x" title="Video" />
      </Frame>
      <ConsentBanner />
      <ConsentDialog />
    </ConsentManagerProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
