import { describe, expect, it } from 'vitest';

describe('SSR safety', () => {
  it('imports in Node with no window or document, and a manager works there', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const core = await import('../index');
    const server = await import('../server');
    const consent = core.createConsentManager(core.defineConsentConfig({ revision: 1, categories: { a: {} } }));
    expect(consent.getSnapshot().decided).toBe(false);
    const stop = consent.mount();
    expect(typeof stop).toBe('function');
    stop();
    expect(server.readConsent(null, consent.config).decided).toBe(false);
  });
});
