// Our core with the smallest possible banner written on the page (no framework): core's own cost.
import './mark.js';
import { createConsentManager, defineConsentConfig } from '@introw/consent-core';
import { VENDORS } from './site.js';

const config = defineConsentConfig({
  revision: 1,
  siteName: 'Example',
  categories: { necessary: { required: true }, functional: {}, analytics: {}, advertising: {} },
  services: Object.fromEntries(
    VENDORS.map((v) => [v.id, { category: v.category, name: v.name, cookies: [{ name: v.cookie, duration: { days: 365 }, purpose: 'Measurement' }] }]),
  ),
});

performance.mark('introw:create-start');
const consent = createConsentManager(config, { crossTab: false });
performance.mark('introw:created');
let banner = null;
const render = () => {
  const visible = consent.getUiState().bannerVisible;
  if (visible && !banner) {
    const t = consent.texts;
    banner = document.createElement('section');
    banner.className = 'ic-banner';
    banner.setAttribute('role', 'region');
    banner.setAttribute('data-ic-banner', '');
    const h = banner.appendChild(document.createElement('h2'));
    h.className = 'ic-banner-title';
    h.textContent = t.bannerTitle;
    const p = banner.appendChild(document.createElement('p'));
    p.className = 'ic-banner-description';
    p.textContent = t.bannerDescription.replace('{site}', config.siteName);
    const actions = banner.appendChild(document.createElement('div'));
    actions.className = 'ic-actions';
    for (const [action, label, fn] of [
      ['accept-all', t.acceptAll, () => consent.acceptAll()],
      ['reject-all', t.rejectAll, () => consent.rejectAll()],
    ]) {
      const b = actions.appendChild(document.createElement('button'));
      b.type = 'button';
      b.className = 'ic-button';
      b.setAttribute('data-ic-action', action);
      b.textContent = label;
      b.addEventListener('click', fn);
    }
    document.getElementById('consent-root').appendChild(banner);
  } else if (!visible && banner) {
    banner.remove();
    banner = null;
  }
};
consent.subscribe(render);
render();
performance.mark('introw:rendered');
consent.mount();
performance.mark('introw:mounted');
