// A withdrawal at scale on a fake platform (issue 19): 200 services, each declaring a cookie name,
// a cookie pattern, a storage key and a storage-key pattern. Every declared item must be gone after
// the sweep, every undeclared one (and a strictly necessary service's) must stay, the sweep runs
// after the call returns, and a page that reloads before it finished has the next page finish it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentManager, defineConsentConfig, memoryStorage, type ConsentStorage, type RevocationEvent } from '../index';
import { waitFor } from './fixtures';
import { fakePlatform, type fakeStorage } from './fakePlatform';
import { nameIndex } from '../browser/nameIndex';

// The withdrawal module's starts: a test withdraws once it runs, as a visitor does some time after
// accepting (the marker lists the granted ids earlier, from the decision on: it cannot tell).
const starts = vi.hoisted(() => ({ withdrawals: 0 }));
vi.mock('../browser/withdrawals', async (importOriginal) => {
  const original = await importOriginal<typeof import('../browser/withdrawals')>();
  return {
    ...original,
    startWithdrawals: (...args: Parameters<typeof original.startWithdrawals>) => (starts.withdrawals++, original.startWithdrawals(...args)),
  };
});

const N = 200;
const CATEGORIES = ['functional', 'analytics', 'advertising'] as const;
const config = defineConsentConfig({
  revision: 1,
  cookie: { name: 'introw_consent' },
  categories: { necessary: { required: true }, functional: {}, analytics: {}, advertising: {} },
  services: {
    // Strictly necessary: its cookie stays although svc1's pattern matches it (R13).
    session: { category: 'necessary', cookies: [{ name: 'svc1_s_keep', duration: { days: 1 } }] },
    ...Object.fromEntries(
      Array.from({ length: N }, (_, i) => [
        `svc${i}`,
        {
          category: CATEGORIES[i % 3]!,
          cookies: [
            { name: `svc${i}_id`, duration: { days: 365 } },
            { pattern: i % 2 ? `^svc${i}_s_` : new RegExp(`^svc${i}_s_`), duration: { days: 1 } },
          ],
          storageKeys: [`svc${i}_key`, new RegExp(`^svc${i}_tmp_`)],
        },
      ]),
    ),
  },
});

/** Writes every declared item of the first `cookies` services (cookies) and of all 200 (storage), and undeclared ones. */
function plant(fake: ReturnType<typeof fakePlatform>, cookies = 100) {
  for (let i = 0; i < cookies; i++) {
    fake.document.cookie = `svc${i}_id=1; Path=/`;
    fake.document.cookie = `svc${i}_s_${i}=1; Path=/`;
  }
  fake.document.cookie = 'svc1_s_keep=1; Path=/';
  fake.document.cookie = 'site_pref=1; Path=/';
  fake.document.cookie = 'svc1_idx=1; Path=/'; // an exact name is compared literally, never as a prefix
  const session = fake.document.defaultView.sessionStorage;
  for (let i = 0; i < N; i++) {
    fake.marker.setItem(`svc${i}_key`, '1');
    session.setItem(`svc${i}_tmp_${i}`, '1');
  }
  fake.marker.setItem('site_draft', '1');
  session.setItem('svc1_key_x', '1');
}

/** What of the planted items is left: declared (must be none) and undeclared (must all stay). */
function leftOver(fake: ReturnType<typeof fakePlatform>) {
  const names = fake.document.cookie.split('; ').map((c) => c.split('=')[0]!);
  const local = [...fake.marker.items.keys()];
  const session = [...fake.document.defaultView.sessionStorage.items.keys()];
  return {
    declared: [
      ...names.filter((n) => /^svc\d+_(id|s_\d+)$/.test(n)),
      ...local.filter((k) => /^svc\d+_key$/.test(k)),
      ...session.filter((k) => /^svc\d+_tmp_/.test(k)),
    ],
    undeclared: [
      ...names.filter((n) => ['svc1_s_keep', 'site_pref', 'svc1_idx'].includes(n)),
      ...local.filter((k) => k === 'site_draft'),
      ...session.filter((k) => k === 'svc1_key_x'),
    ].sort(),
  };
}
const UNDECLARED = ['site_draft', 'site_pref', 'svc1_idx', 'svc1_key_x', 'svc1_s_keep'];

describe('withdrawal at scale (issue 19; R13, R27, R28, R32)', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    starts.withdrawals = 0;
  });

  const page = (options: { storage?: ConsentStorage; marker?: ReturnType<typeof fakeStorage>; tick?: number } = {}) => {
    const fake = fakePlatform({ marker: options.marker });
    // `tick`: the clock moves on each read, so a sweep's chunks end by their time budget.
    let extra = 0;
    const tasks = { timeouts: 0 };
    const platform = {
      ...fake.platform,
      now: () => {
        extra += options.tick ?? 0;
        return fake.platform.now() + extra;
      },
      setTimeout: (run: () => void, ms: number) => (tasks.timeouts++, fake.platform.setTimeout(run, ms)),
    };
    const m = createConsentManager(config, { storage: options.storage ?? memoryStorage(), platform, gpc: false, crossTab: false, reloadOnRevoke: false });
    const events: RevocationEvent[] = [];
    m.on('revocation', (e) => events.push(e));
    stops.push(m.mount());
    return { m, fake, events, tasks };
  };
  const marker = (fake: ReturnType<typeof fakePlatform>): string[] => JSON.parse(fake.marker.getItem('introw_consent:granted') ?? '[]');

  it('removes every declared cookie and storage key, keeps the undeclared and the strictly necessary, after the call returns', async () => {
    const { m, fake, events } = page();
    m.acceptAll();
    await waitFor(() => expect(starts.withdrawals).toBe(1));
    expect(marker(fake)).toContain('svc199');
    plant(fake);
    m.rejectAll();
    // The call returned before deleting anything; the marker already lists what is to be swept.
    expect(leftOver(fake).declared).toHaveLength(100 + 100 + 200 + 200);
    expect(marker(fake)).toEqual(expect.arrayContaining(['-svc0', '-svc199']));
    fake.advance(0);
    await waitFor(() => expect(events).toHaveLength(1));
    expect(leftOver(fake)).toEqual({ declared: [], undeclared: UNDECLARED });
    expect(events[0]!.deletedCookies).toHaveLength(200);
    expect(events[0]!.deletedStorageKeys).toHaveLength(400);
    expect(events[0]!.services).toHaveLength(N);
    expect(events[0]!.notRemovable).toEqual([]);
    expect(fake.marker.getItem('introw_consent:granted')).not.toBeNull(); // the marker itself is never swept
  });

  it('spreads the sweep over several tasks when each step takes time, and still removes everything', async () => {
    const { m, fake, events, tasks } = page({ tick: 1 });
    m.acceptAll();
    await waitFor(() => expect(starts.withdrawals).toBe(1));
    expect(marker(fake)).toContain('svc199');
    plant(fake);
    const before = tasks.timeouts;
    m.rejectAll();
    fake.advance(0);
    await waitFor(() => expect(events).toHaveLength(1));
    expect(tasks.timeouts - before).toBeGreaterThan(5); // 600 deletions, about 15 per task on this clock
    expect(leftOver(fake)).toEqual({ declared: [], undeclared: UNDECLARED });
  });

  it('two withdrawals in a row are swept one after the other; a service granted again before its turn keeps its items', async () => {
    const { m, fake, events } = page();
    m.acceptAll();
    await waitFor(() => expect(starts.withdrawals).toBe(1));
    expect(marker(fake)).toContain('svc199');
    plant(fake);
    m.save({ categories: { analytics: true, advertising: true } }); // functional withdrawn
    m.save({ categories: { advertising: true } }); // analytics withdrawn
    m.save({ categories: { analytics: true, advertising: true } }); // analytics granted again before the sweep ran
    fake.advance(0);
    await waitFor(() => expect(events).toHaveLength(2));
    const names = fake.document.cookie;
    expect(names).not.toContain('svc0_id='); // functional
    expect(names).toContain('svc1_id='); // analytics: granted again
    expect(fake.marker.getItem('svc1_key')).toBe('1');
    expect(fake.marker.getItem('svc0_key')).toBeNull();
  });

  it('a page that reloads before the sweep ran: the next page view sweeps what was withdrawn', async () => {
    const storage = memoryStorage();
    const first = page({ storage });
    first.m.acceptAll();
    await waitFor(() => expect(starts.withdrawals).toBe(1));
    expect(marker(first.fake)).toContain('svc199');
    plant(first.fake);
    first.m.rejectAll(); // no timer runs: the page goes away first
    expect(leftOver(first.fake).declared.length).toBeGreaterThan(0);
    for (const stop of stops.splice(0)) stop();

    // The next page view: same origin (marker = localStorage, same cookies), same stored decision.
    const next = page({ storage, marker: first.fake.marker });
    for (const pair of first.fake.document.cookie.split('; ')) next.fake.document.cookie = `${pair}; Path=/`;
    await waitFor(() => {
      next.fake.runIdle(); // the live side, then (a decision stands) the withdrawal module load at idle
      next.fake.advance(0);
      expect(leftOver(next.fake).declared.filter((n) => !/_tmp_/.test(n))).toEqual([]); // sessionStorage is per tab
    });
    expect(leftOver(next.fake).undeclared).toEqual(['site_draft', 'site_pref', 'svc1_idx', 'svc1_s_keep']);
  });
});

describe('nameIndex: the first declaration a name matches, without testing each against each (R13)', () => {
  it('exact names literally, patterns as expressions, earlier declarations first', () => {
    const first = nameIndex([{ pattern: /^_ga_/ }, { name: '_ga' }, { name: 'a.b' }, { pattern: '^_ga' }, { name: '_ga_X' }, { pattern: /^X$/i }]);
    expect(first('_ga_X')).toBe(0); // the pattern comes before the exact name
    expect(first('_ga')).toBe(1);
    expect(first('_gaY')).toBe(3);
    expect(first('a.b')).toBe(2);
    expect(first('axb')).toBe(-1); // `.` is literal in a name
    expect(first('x')).toBe(5); // flags kept
    expect(first('nothing')).toBe(-1);
  });

  it('backreferences, named groups, lookbehind and g/y flags behave as each pattern alone', () => {
    const first = nameIndex([{ pattern: /^(a)\1$/ }, { pattern: /^(?<p>b)\k<p>$/ }, { pattern: /(?<=c)d/ }, { pattern: /^e/g }, { pattern: /^f/y }]);
    expect(['aa', 'a1', 'bb', 'cd', 'd', 'e1', 'e2', 'f1', 'f2'].map(first)).toEqual([0, -1, 1, 2, -1, 3, 3, 4, 4]);
  });

  it('an invalid string pattern throws, as new RegExp does', () => {
    expect(() => nameIndex([{ pattern: '(' }])('x')).toThrow(SyntaxError);
  });
});
