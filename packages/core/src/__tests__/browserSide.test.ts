// The browser side (mount, the live chunk, cross-tab sync, lapse timing) on a fake platform,
// without jsdom: the test owns the clock, the timers, idle time and the channel between tabs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager, defineConsentConfig, memoryStorage, type ConsentManager, type ConsentStorage, type RevocationEvent } from '../index';
import { config, DAY, flakyStorage, waitFor } from './fixtures';
import { fakePlatform, fakeStorage, type ChannelBus } from './fakePlatform';

// Count how often the live side (gating, cross-tab) and the withdrawal module start.
const starts = vi.hoisted(() => ({ live: 0, withdrawals: 0 }));
vi.mock('../browser/gating', async (importOriginal) => {
  const original = await importOriginal<typeof import('../browser/gating')>();
  return { ...original, startGating: (...args: Parameters<typeof original.startGating>) => (starts.live++, original.startGating(...args)) };
});
vi.mock('../browser/withdrawals', async (importOriginal) => {
  const original = await importOriginal<typeof import('../browser/withdrawals')>();
  return {
    ...original,
    startWithdrawals: (...args: Parameters<typeof original.startWithdrawals>) => (starts.withdrawals++, original.startWithdrawals(...args)),
  };
});

const hooks = { grant: 0, revoke: 0 };
const services = config.services!;
const withHooks = defineConsentConfig({
  ...config,
  services: { ...services, googleAnalytics: { ...services.googleAnalytics, onGrant: () => void hooks.grant++, onRevoke: () => void hooks.revoke++ } },
});

describe('the browser side on a fake platform (issue 13)', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    Object.assign(starts, { live: 0, withdrawals: 0 });
    Object.assign(hooks, { grant: 0, revoke: 0 });
  });
  const page = (options: { storage?: ConsentStorage; bus?: ChannelBus; marker?: ReturnType<typeof fakeStorage>; now?: number; gpc?: boolean } = {}) => {
    const fake = fakePlatform(options);
    const m = createConsentManager(withHooks, {
      storage: options.storage ?? memoryStorage(),
      platform: fake.platform,
      gpc: options.gpc ?? false,
    }) as unknown as ConsentManager;
    const events: RevocationEvent[] = [];
    m.on('revocation', (e) => events.push(e));
    return { m, fake, events, mount: () => stops.push(m.mount()) };
  };

  it('a first visit starts the live side only once the page is idle; nothing before', async () => {
    const { fake, mount } = page();
    mount();
    await Promise.resolve();
    expect(starts.live).toBe(0);
    fake.runIdle();
    await waitFor(() => expect(starts.live).toBe(1));
    expect(starts.withdrawals).toBe(0); // nothing decided, no marker: nothing to withdraw or time
  });

  it('a decision before idle starts it at once and is applied as if it had been running (onGrant, marker)', async () => {
    const { m, fake, mount } = page();
    mount();
    m.acceptAll();
    await waitFor(() => expect(hooks.grant).toBe(1));
    expect(starts.live).toBe(1);
    await waitFor(() => expect(JSON.parse(fake.marker.getItem('introw_consent:granted')!)).toContain('googleAnalytics'));
    fake.runIdle(); // the idle start it no longer needs does nothing
    await Promise.resolve();
    expect(starts.live).toBe(1);
  });

  it('the marker lists what a decision grants before its hooks and scripts run (a page left before the withdrawal module arrives still tells the next page)', async () => {
    const fake = fakePlatform();
    let atGrant: string | null | undefined;
    const ga = {
      ...services.googleAnalytics!,
      onGrant: () => {
        atGrant = fake.marker.getItem('introw_consent:granted');
      },
    };
    const m = createConsentManager(defineConsentConfig({ ...config, services: { ...services, googleAnalytics: ga } }), {
      storage: memoryStorage(),
      platform: fake.platform,
      gpc: false,
    }) as unknown as ConsentManager;
    stops.push(m.mount());
    m.acceptAll();
    await waitFor(() => expect(atGrant).toBeDefined());
    expect(JSON.parse(atGrant ?? '[]')).toEqual(expect.arrayContaining(['analytics', 'googleAnalytics']));
  });

  it('a returning visitor with something granted starts it at once, without waiting for idle', async () => {
    const storage = memoryStorage();
    page({ storage }).m.acceptAll();
    const { mount } = page({ storage });
    mount();
    await waitFor(() => expect(starts.live).toBe(1));
    expect(hooks.grant).toBe(1);
  });

  it('onGrant runs once per page across remounts; onRevoke on withdrawal', async () => {
    const { m, mount } = page();
    mount();
    m.acceptAll();
    await waitFor(() => expect(hooks.grant).toBe(1));
    stops.pop()!();
    mount(); // React StrictMode / provider remount
    await waitFor(() => expect(starts.live).toBe(2));
    m.rejectAll();
    await waitFor(() => expect(hooks.revoke).toBe(1));
    expect(hooks.grant).toBe(1);
  });

  it('cross-tab: a decision reaches another open tab without a reload and with no echo; a withdrawal too', async () => {
    const bus: ChannelBus = new Map();
    const storageB = flakyStorage();
    const a = page({ bus });
    const b = page({ bus, storage: storageB });
    a.mount();
    b.mount();
    a.fake.runIdle();
    b.fake.runIdle();
    await waitFor(() => expect(starts.live).toBe(2));
    let aChanges = 0;
    a.m.on('change', () => aChanges++);
    a.m.save({ categories: { analytics: true } });
    await waitFor(() => expect(b.m.hasConsent('analytics')).toBe(true));
    expect(b.m.getUiState().bannerVisible).toBe(false);
    expect(storageB.writes).toEqual([]); // never writes back
    expect(aChanges).toBe(1); // no echo
    a.m.reset();
    await waitFor(() => expect(b.m.getSnapshot().decided).toBe(false));
  });

  it('cross-tab: a decision made before the live side started is still sent once it does', async () => {
    const bus: ChannelBus = new Map();
    const shared = flakyStorage();
    const b = page({ bus, storage: shared });
    b.mount();
    b.fake.runIdle();
    await waitFor(() => expect(starts.live).toBe(1));
    const a = page({ bus, storage: shared });
    a.mount();
    a.m.acceptAll(); // starts a's live side; its message waits for it
    await waitFor(() => expect(b.m.hasConsent('advertising')).toBe(true));
  });

  it('cross-tab: a forged message grants nothing', async () => {
    const bus: ChannelBus = new Map();
    const b = page({ bus });
    b.mount();
    b.fake.runIdle();
    await waitFor(() => expect(starts.live).toBe(1));
    const forger = fakePlatform({ bus }).platform.channel('introw-consent:introw_consent')!;
    for (const message of [{ value: 'garbage' }, { value: { analytics: true } }, 'accept', null]) forger.postMessage(message);
    await new Promise((r) => setImmediate(r));
    expect(b.m.hasConsent('analytics')).toBe(false);
    expect(b.m.getSnapshot().decided).toBe(false);
  });

  it('mount is refcounted: stopping one of two mounts keeps the browser side running', async () => {
    const bus: ChannelBus = new Map();
    const a = page({ bus });
    const b = page({ bus });
    a.mount();
    const stop1 = b.m.mount();
    b.mount();
    stop1();
    stop1();
    a.fake.runIdle();
    b.fake.runIdle();
    await waitFor(() => expect(starts.live).toBe(2));
    a.m.acceptAll();
    await waitFor(() => expect(b.m.hasConsent('analytics')).toBe(true));
  });

  it('the withdrawal module alone times the lapse, on the manager clock: a decision that lapses while the page is open is withdrawn and swept', async () => {
    const storage = memoryStorage();
    const marker = fakeStorage();
    page({ storage, marker }).m.acceptAll();
    const { m, fake, events, mount } = page({ storage, marker });
    mount();
    await waitFor(() => expect(starts.live).toBe(1)); // something granted: at once
    fake.runIdle(); // its idle check: a decision stands, so the module starts
    await waitFor(() => expect(starts.withdrawals).toBe(1));
    fake.document.cookie = '_ga=1; Path=/';
    fake.advance(182 * DAY - 60_000);
    expect(m.getSnapshot().decided).toBe(true);
    fake.advance(120_000);
    expect(m.getSnapshot().decided).toBe(false);
    await waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toMatchObject({ trigger: 'change', deletedCookies: ['_ga'] });
    expect(hooks.revoke).toBe(1);
  });

  it('back on screen after the lapse (timers slept): the visibility check withdraws it', async () => {
    const storage = memoryStorage();
    const marker = fakeStorage();
    page({ storage, marker }).m.acceptAll();
    const { m, fake, mount } = page({ storage, marker });
    mount();
    await waitFor(() => expect(starts.live).toBe(1));
    fake.runIdle();
    await waitFor(() => expect(starts.withdrawals).toBe(1));
    // The clock jumps without the timer firing (a hidden tab), then the page is shown again.
    fake.jump(200 * DAY);
    fake.fire('visibilitychange');
    expect(m.getSnapshot().decided).toBe(false);
  });

  it('issue 12 R14 R22: Global Privacy Control turning off what the stored decision granted is recorded once, as gpc-opt-out', async () => {
    const storage = memoryStorage();
    const marker = fakeStorage();
    const before = page({ storage, marker });
    before.mount();
    before.m.acceptAll();
    await waitFor(() => expect(JSON.parse(marker.getItem('introw_consent:granted')!)).toContain('googleAds'));
    for (const stop of stops.splice(0)) stop();
    // The next page: the browser now sends GPC. No click.
    const after = page({ storage, marker, gpc: true });
    const methods: string[] = [];
    after.m.on('record', (r) => methods.push(r.method));
    after.mount();
    await waitFor(() => expect(starts.live).toBe(2));
    after.fake.runIdle();
    await waitFor(() => expect(methods).toEqual(['gpc-opt-out']));
    expect(after.m.hasConsent('advertising')).toBe(false);
    expect(after.m.getSnapshot().method).toBe('accept-all'); // GPC is never stored as the visitor's decision
    // A later page with the same signal has nothing new to record.
    for (const stop of stops.splice(0)) stop();
    const again = page({ storage, marker, gpc: true });
    const later: string[] = [];
    again.m.on('record', (r) => later.push(r.method));
    again.mount();
    await waitFor(() => expect(starts.live).toBe(3));
    again.fake.runIdle();
    await waitFor(() => expect(starts.withdrawals).toBeGreaterThanOrEqual(3));
    expect(later).toEqual([]);
  });
});
