// @c15t/react 2 (offline mode): provider, banner and dialog; the same five vendor scripts through its script loader.
import './mark.js';
import { createRoot } from 'react-dom/client';
import { ConsentBanner, ConsentDialog, ConsentManagerProvider } from '@c15t/react';
import { VENDORS } from './site.js';

const CATEGORY = { functional: 'functionality', analytics: 'measurement', advertising: 'marketing' };

createRoot(document.getElementById('consent-root')).render(
  <ConsentManagerProvider
    options={{
      mode: 'offline',
      consentCategories: ['necessary', 'functionality', 'measurement', 'marketing'],
      scripts: VENDORS.map((v) => ({ id: v.id, src: v.src, category: CATEGORY[v.category] })),
    }}
  >
    <ConsentBanner />
    <ConsentDialog />
  </ConsentManagerProvider>,
);
