// Withdrawal at scale, @introw/consent-core: rejectAll() after accept all.
import { createConsentManager, defineConsentConfig } from '@introw/consent-core';
import { CATEGORIES, harness, services } from './withdraw-site.js';

const config = defineConsentConfig({
  revision: 1,
  categories: { necessary: { required: true }, ...Object.fromEntries(CATEGORIES.map((c) => [c, {}])) },
  services: Object.fromEntries(
    services.map((s) => [
      s.id,
      {
        category: s.category,
        name: `Service ${s.id}`,
        cookies: [
          { name: `${s.id}_id`, duration: { days: 365 }, purpose: 'Visitor id' },
          { pattern: `^${s.id}_s_`, duration: { days: 1 }, purpose: 'Session' },
        ],
        storageKeys: [`${s.id}_key`],
      },
    ]),
  ),
});

const consent = createConsentManager(config, { crossTab: false, reloadOnRevoke: false });
consent.mount();
const idle = () => new Promise((r) => requestIdleCallback(() => r(), { timeout: 1000 }));

harness({
  accept: () => consent.acceptAll(),
  withdraw: () => consent.rejectAll(),
  signal: (cb) => {
    const off = consent.on('revocation', (event) => {
      if (event.trigger !== 'change') return;
      off();
      cb();
    });
  },
  // The withdrawal module loads at idle once a decision stands: a visitor who withdraws later has it.
  settle: async () => {
    await idle();
    await new Promise((r) => setTimeout(r, 600));
    await idle();
  },
});
