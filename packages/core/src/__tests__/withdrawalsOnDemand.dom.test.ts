// @vitest-environment-options { "url": "http://app.example.test/" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager, memoryStorage, type ConsentStorage, type RevocationEvent } from '../index';
import { cookieNames } from '../storage/cookieScopes';
import { config, DAY, waitFor } from './fixtures';

// Count how often mount() starts the on-demand withdrawal module (it is imported with `import()`).
const started = vi.hoisted(() => ({ count: 0, fail: false }));
vi.mock('../browser/withdrawals', async (importOriginal) => {
  const original = await importOriginal<typeof import('../browser/withdrawals')>();
  return {
    ...original,
    startWithdrawals: (...args: Parameters<typeof original.startWithdrawals>) => {
      if (started.fail) throw new Error('Failed to fetch dynamically imported module');
      started.count++;
      return original.startWithdrawals(...args);
    },
  };
});

/** Until mount's deferred work ran (requestIdleCallback, else a timer; at most 500 ms). */
const idle = (): Promise<void> => new Promise((r) => setTimeout(r, 600));
const MARKER = 'introw_consent:granted';

describe('the withdrawal module loads only when a decision stands or something is to be withdrawn (issues 7, 13)', () => {
  const stops: (() => void)[] = [];
  beforeEach(() => {
    localStorage.clear();
    started.count = 0;
    started.fail = false;
  });
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    vi.useRealTimers();
    for (const n of cookieNames(document.cookie)) document.cookie = `${n}=; Max-Age=0; Path=/`;
  });
  const mounted = (storage: ConsentStorage) => {
    const m = createConsentManager(config, { storage, gpc: false, crossTab: false, reloadOnRevoke: false });
    const events: RevocationEvent[] = [];
    m.on('revocation', (e) => events.push(e));
    stops.push(m.mount());
    return { m, events };
  };

  it('a first visit never loads it; the first decision does, and writes the marker', async () => {
    const { m } = mounted(memoryStorage());
    await idle();
    expect(started.count).toBe(0);
    expect(localStorage.getItem(MARKER)).toBeNull();
    m.acceptAll();
    await waitFor(() => expect(started.count).toBe(1));
    expect(JSON.parse(localStorage.getItem(MARKER)!)).toContain('googleAnalytics');
  });

  it('a returning visitor whose choice still stands loads it at idle (it alone times the lapse) and nothing is swept; one whose grants changed elsewhere is swept', async () => {
    const storage = memoryStorage();
    const first = mounted(storage);
    first.m.save({ categories: { analytics: true } });
    await waitFor(() => expect(localStorage.getItem(MARKER)).not.toBeNull());
    for (const stop of stops.splice(0)) stop();

    started.count = 0;
    document.cookie = '_ga=kept; Path=/';
    const same = mounted(storage);
    expect(started.count).toBe(0); // not during page load
    await waitFor(() => expect(started.count).toBe(1));
    expect(same.m.getSnapshot().decided).toBe(true);
    expect(same.events).toEqual([]);
    expect(document.cookie).toContain('_ga=kept');
    for (const stop of stops.splice(0)) stop();
    started.count = 0;

    // Another subdomain's page withdrew analytics; this page's marker still lists it.
    first.m.rejectAll();
    localStorage.setItem(MARKER, JSON.stringify(['analytics', 'googleAnalytics', 'hotjar']));
    document.cookie = '_ga=1; Path=/';
    const changed = mounted(storage);
    await idle();
    expect(started.count).toBe(1);
    expect(changed.events).toHaveLength(1);
    expect(changed.events[0]).toMatchObject({ trigger: 'load', deletedCookies: ['_ga'] });
    // Nothing granted; the withdrawn services stay listed so later pages sweep them again (issue 11).
    expect(localStorage.getItem(MARKER)).toBe(JSON.stringify(['-googleAnalytics', '-hotjar']));
  });

  it('what the visitor grants again before the module arrives is not swept as lapsed', async () => {
    // The previous page view granted analytics; this one starts without a decision (lapsed, new revision).
    localStorage.setItem(MARKER, JSON.stringify(['analytics', 'googleAnalytics', 'hotjar']));
    document.cookie = '_ga=1; Path=/';
    const page = mounted(memoryStorage());
    page.m.acceptAll(); // before the module has loaded: its start must see the new grants
    document.cookie = '_ga=2; Path=/'; // set by the analytics script that just ran
    await waitFor(() => expect(started.count).toBe(1));
    await idle();
    expect(page.events).toEqual([]);
    expect(document.cookie).toContain('_ga=2');
    expect(JSON.parse(localStorage.getItem(MARKER)!)).toContain('googleAnalytics');
  });

  it('a module that cannot load is reported (kind module) and tried again at the next change', async () => {
    const errors: string[] = [];
    const page = mounted(memoryStorage());
    page.m.on('error', (e) => errors.push(e.kind));
    started.fail = true;
    page.m.acceptAll();
    await waitFor(() => expect(errors).toContain('module'));
    expect(started.count).toBe(0);
    started.fail = false;
    page.m.rejectAll();
    await waitFor(() => expect(started.count).toBe(1));
    await waitFor(() => expect(page.events).toHaveLength(1));
  });

  it('a stored decision that lapses while the page is open is withdrawn by the module, cookies deleted', async () => {
    await import('../browser/withdrawals'); // resolve the module before the clock is faked
    const storage = memoryStorage();
    const first = mounted(storage);
    first.m.acceptAll();
    await waitFor(() => expect(localStorage.getItem(MARKER)).not.toBeNull());
    for (const stop of stops.splice(0)) stop();

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    started.count = 0;
    const page = mounted(storage);
    document.cookie = '_ga=1; Path=/';
    vi.advanceTimersByTime(600); // idle passes: the choice stands; the module starts to time its lapse
    await waitFor(() => expect(started.count).toBe(1));
    expect(page.m.getSnapshot().decided).toBe(true);
    vi.advanceTimersByTime(182 * DAY + 100); // the module's own timer (+50 ms) notices the lapse
    expect(page.m.getSnapshot().decided).toBe(false);
    await waitFor(() => expect(page.events).toHaveLength(1));
    expect(page.events[0]).toMatchObject({ trigger: 'change', deletedCookies: ['_ga'] });
  });
});
