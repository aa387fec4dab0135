import { afterEach, describe, expect, it } from 'vitest';
import { createConsentManager, memoryStorage, type ConsentManager } from '../index';
import { config, flakyStorage } from './fixtures';

const until = async (check: () => boolean, ms = 1000): Promise<void> => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('cross-tab sync', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((s) => s()));

  const tab = (storage = memoryStorage()): ConsentManager => {
    const m = createConsentManager(config, { storage, gpc: false, reloadOnRevoke: false }) as unknown as ConsentManager;
    stops.push(m.mount());
    return m;
  };

  it('a decision in one tab reaches another open tab without a reload, with no echo', async () => {
    const storageB = flakyStorage();
    const a = tab();
    const b = tab(storageB);
    let aChanges = 0;
    a.on('change', () => aChanges++);
    a.save({ categories: { analytics: true } });
    await until(() => b.hasConsent('analytics'));
    expect(b.getSnapshot().decided).toBe(true);
    expect(b.getUiState().bannerVisible).toBe(false);
    await new Promise((r) => setTimeout(r, 50));
    expect(storageB.writes).toEqual([]);
    expect(aChanges).toBe(1);
  });

  it('a withdrawal in one tab reaches the other', async () => {
    const shared = flakyStorage();
    const a = tab(shared);
    const b = tab(shared);
    a.acceptAll();
    await until(() => b.hasConsent('advertising'));
    a.reset();
    await until(() => !b.hasConsent('advertising'));
    expect(b.getSnapshot().decided).toBe(false);
  });

  it('a forged message cannot grant anything', async () => {
    const b = tab();
    const channel = new BroadcastChannel('introw-consent:introw_consent');
    channel.postMessage({ value: 'garbage' });
    channel.postMessage({ value: { analytics: true } });
    channel.postMessage('accept');
    await new Promise((r) => setTimeout(r, 50));
    channel.close();
    expect(b.hasConsent('analytics')).toBe(false);
    expect(b.getSnapshot().decided).toBe(false);
  });

  it('mount is refcounted: stopping one of two mounts keeps the sync running', async () => {
    const a = tab();
    const b = createConsentManager(config, { storage: memoryStorage(), gpc: false });
    const stop1 = b.mount();
    stops.push(b.mount());
    stop1();
    stop1();
    a.acceptAll();
    await until(() => b.hasConsent('analytics'));
    expect(b.hasConsent('analytics')).toBe(true);
  });
});
