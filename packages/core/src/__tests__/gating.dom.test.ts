// @vitest-environment-options { "url": "http://app.example.test/app/page.html" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  browserPlatform,
  createConsentManager,
  defineConsentConfig,
  memoryStorage,
  type ConsentConfig,
  type ConsentStorage,
  type RevocationEvent,
} from '../index';
import { activatedScript, createScriptActivator } from '../browser/scripts';
import { isLoadableUrl, syncEmbeds } from '../browser/embeds';
import { cookieNames } from '../storage/cookieScopes';
import { config as baseConfig, DAY, waitFor } from './fixtures';

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
/** Until mount's deferred work ran (requestIdleCallback, else a timer; at most 500 ms). */
const idle = (): Promise<void> => new Promise((r) => setTimeout(r, 600));
const html = (markup: string): void => {
  document.body.innerHTML = markup;
};

describe('activatedScript: every attribute kept, none added', () => {
  it('copies all attributes but type, maps data-type, takes the nonce from the property', () => {
    html(
      '<script type="text/plain" data-category="analytics" data-service="googleAnalytics" src="https://cdn.example.test/a.js" async defer integrity="sha384-abc" crossorigin="anonymous" referrerpolicy="no-referrer" nonce="n0nce" data-x="1"></script>',
    );
    const placeholder = document.querySelector('script')!;
    const script = activatedScript(document, placeholder);
    const attrs = (el: Element) => Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value]));
    const { type: _type, ...expected } = attrs(placeholder);
    expect(attrs(script)).toEqual(expected);
    expect(script.nonce).toBe('n0nce');
  });

  it('data-type="module" becomes type="module"; a non-async script gets async=false without an attribute', () => {
    html('<script type="text/plain" data-category="analytics" data-type="module">window.x = 1</script>');
    const script = activatedScript(document, document.querySelector('script')!);
    expect(script.getAttribute('type')).toBe('module');
    expect(script.getAttribute('data-type')).toBe('module');
    expect(script.hasAttribute('async')).toBe(false);
    expect(script.async).toBe(false);
    expect(script.text).toBe('window.x = 1');
    expect(script.hasAttribute('nonce')).toBe(false);
  });

  it('the nonce survives when the attribute was blanked after parsing (browsers hide it)', () => {
    html('<script type="text/plain" data-category="analytics" nonce="">1</script>');
    const placeholder = document.querySelector('script')!;
    placeholder.nonce = 'hidden-value';
    const script = activatedScript(document, placeholder);
    expect(script.nonce).toBe('hidden-value');
    expect(script.getAttribute('nonce')).toBe('hidden-value');
  });
});

describe('createScriptActivator', () => {
  it('inserts the copy right after the placeholder, once per element, even across activators (remount)', async () => {
    html('<div><script type="text/plain" data-category="analytics" id="p">1</script><span id="after"></span></div>');
    const first = createScriptActivator(document, () => true);
    expect(first.activate()).toBe(1);
    expect(first.activate()).toBe(0);
    expect(createScriptActivator(document, () => true).activate()).toBe(0);
    await tick();
    const placeholder = document.getElementById('p')!;
    expect(placeholder.nextElementSibling?.tagName).toBe('SCRIPT');
    expect(placeholder.nextElementSibling?.getAttribute('type')).toBeNull();
    expect(document.querySelectorAll('script:not([type])')).toHaveLength(1);
  });

  it('keeps document order for inline scripts and skips what is not allowed', async () => {
    html(
      ['a', 'b', 'c']
        .map((id) => `<script type="text/plain" data-category="${id === 'b' ? 'advertising' : 'analytics'}" data-id="${id}">/*${id}*/</script>`)
        .join(''),
    );
    createScriptActivator(document, (id) => id === 'analytics').activate();
    await tick();
    expect(Array.from(document.querySelectorAll('script:not([type])')).map((s) => s.getAttribute('data-id'))).toEqual(['a', 'c']);
  });

  it('a placeholder withdrawn before its turn does not run and can run on a later grant', async () => {
    html('<script type="text/plain" data-category="analytics" id="p">1</script>');
    let allowed = true;
    const activator = createScriptActivator(document, () => allowed);
    activator.activate();
    allowed = false;
    await tick();
    expect(document.querySelectorAll('script:not([type])')).toHaveLength(0);
    allowed = true;
    expect(activator.activate()).toBe(1);
    await tick();
    expect(document.querySelectorAll('script:not([type])')).toHaveLength(1);
  });
});

describe('syncEmbeds', () => {
  afterEach(() => vi.restoreAllMocks());

  it('only http(s) URLs are loadable', () => {
    expect(isLoadableUrl('https://www.youtube-nocookie.com/embed/x', location.href)).toBe(true);
    expect(isLoadableUrl('/local', location.href)).toBe(true);
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'blob:https://a/b', 'file:///etc/passwd', '', '   '])
      expect(isLoadableUrl(bad, location.href)).toBe(false);
    expect(isLoadableUrl('http://[bad', location.href)).toBe(false);
  });

  it('sets src only with consent, blocks non-http URLs with a warning, removes src on withdrawal, follows data-src changes', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    html(
      '<iframe id="f" data-src="https://video.example.test/embed/1" data-category="advertising"></iframe>' +
        '<img id="i" data-src="https://img.example.test/p.png" data-service="googleAds">' +
        '<iframe id="bad" data-src="javascript:parent.pwned=1" data-category="advertising"></iframe>',
    );
    let granted = false;
    const allowed = () => granted;
    syncEmbeds(document, allowed);
    expect(document.getElementById('f')!.hasAttribute('src')).toBe(false);
    granted = true;
    syncEmbeds(document, allowed);
    expect(document.getElementById('f')!.getAttribute('src')).toBe('https://video.example.test/embed/1');
    expect(document.getElementById('i')!.getAttribute('src')).toBe('https://img.example.test/p.png');
    expect(document.getElementById('bad')!.hasAttribute('src')).toBe(false);
    expect(warn.mock.calls.some((c) => String(c[0]).includes('only http(s) URLs'))).toBe(true);
    document.getElementById('f')!.setAttribute('data-src', 'https://video.example.test/embed/2');
    syncEmbeds(document, allowed);
    expect(document.getElementById('f')!.getAttribute('src')).toBe('https://video.example.test/embed/2');
    granted = false;
    syncEmbeds(document, allowed);
    expect(document.getElementById('f')!.hasAttribute('src')).toBe(false);
    expect(document.getElementById('i')!.hasAttribute('src')).toBe(false);
  });
});

describe('mount: hooks, revocation, lapse (R13, R20)', () => {
  const stops: (() => void)[] = [];
  beforeEach(() => {
    html('');
    localStorage.clear();
  });
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    vi.useRealTimers();
    for (const n of cookieNames(document.cookie)) document.cookie = `${n}=; Max-Age=0; Path=/`;
  });

  const hubspotQueue: unknown[][] = [];
  const counts = { grant: 0 };
  const config = defineConsentConfig({
    ...baseConfig,
    expiresAfterDays: 1,
    services: {
      ...baseConfig.services!,
      hubspot: {
        category: 'analytics',
        cookies: [{ name: 'hubspotutk' }, { name: '__hstc' }],
        onGrant: () => {
          counts.grant++;
        },
        onRevoke: () => {
          hubspotQueue.push(['doNotTrack']);
        },
      },
    },
  }) as ConsentConfig;

  const mounted = (storage: ConsentStorage = memoryStorage(), extra: { now?: () => number } = {}) => {
    const m = createConsentManager(config, { storage, gpc: false, crossTab: false, reloadOnRevoke: false, ...extra });
    const events: RevocationEvent[] = [];
    m.on('revocation', (e) => events.push(e));
    stops.push(m.mount());
    return { m, events };
  };

  it('onGrant runs once per page across remounts; onRevoke (HubSpot doNotTrack) on withdrawal', async () => {
    const { m } = mounted();
    m.acceptAll();
    await waitFor(() => expect(counts.grant).toBe(1));
    stops.pop()!();
    stops.push(m.mount()); // React StrictMode / provider remount
    m.rejectAll();
    await waitFor(() => expect(hubspotQueue).toEqual([['doNotTrack']]));
    expect(counts.grant).toBe(1);
  });

  it('a withdrawal deletes cookies and reports needsReload when a category-only script ran', async () => {
    html('<script type="text/plain" data-category="functional">window.__functionalRan = true</script>');
    const { m, events } = mounted();
    m.acceptAll();
    await waitFor(() => expect(document.querySelector('script:not([type])[data-category="functional"]')).not.toBeNull()); // activated
    document.cookie = '_ga=1; Path=/';
    document.cookie = '_ga=2; Path=/; Domain=example.test';
    m.save({ categories: { analytics: true } }); // functional withdrawn: its script ran
    // The sweep runs once the on-demand withdrawal module is loaded (at the first change).
    await waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toMatchObject({ trigger: 'change', needsReload: true, reloading: false });
    expect(events[0]!.revoked).toContain('functional');
    m.save({ categories: { functional: false, advertising: true } }); // analytics withdrawn
    // The sweep runs after the call returns (in chunks, outside the click's task).
    await waitFor(() => expect(events).toHaveLength(2));
    expect(events[1]).toMatchObject({ deletedCookies: ['_ga'] });
    expect(events[1]!.revoked).toEqual(expect.arrayContaining(['analytics', 'googleAnalytics', 'hotjar', 'hubspot']));
    m.save({ categories: {} }); // advertising withdrawn: no advertising script ran on this page
    await waitFor(() => expect(events).toHaveLength(3));
    expect(events[2]).toMatchObject({ needsReload: false, revoked: ['advertising', 'googleAds'] });
    expect(cookieNames(document.cookie)).not.toContain('_ga');
  });

  it('reloadOnRevoke: the reload comes after the sweeps (every declared cookie already gone, every event emitted), once', async () => {
    html(
      '<script type="text/plain" data-category="functional">window.__functionalRan = true</script>' +
        '<script type="text/plain" data-category="analytics">window.__analyticsRan = true</script>',
    );
    const atReload: { cookies: string; events: number }[] = [];
    const events: RevocationEvent[] = [];
    const m = createConsentManager(config, {
      storage: memoryStorage(),
      gpc: false,
      crossTab: false,
      platform: { ...browserPlatform(), reload: () => void atReload.push({ cookies: document.cookie, events: events.length }) },
    });
    m.on('revocation', (e) => events.push(e));
    stops.push(m.mount());
    m.acceptAll();
    await waitFor(() => expect(document.querySelectorAll('script:not([type])[data-category]')).toHaveLength(2));
    await import('../browser/withdrawals'); // the on-demand module is there, as after a while on the page
    document.cookie = '_ga=1; Path=/';
    document.cookie = '_ga_ABC=1; Path=/';
    document.cookie = 'hubspotutk=1; Path=/';
    m.save({ categories: { analytics: true } }); // functional withdrawn: its script ran, the reload is due
    m.rejectAll(); // analytics withdrawn in the same turn: swept (and reported) before the one reload
    await waitFor(() => expect(atReload).toHaveLength(1));
    expect(cookieNames(atReload[0]!.cookies).filter((n) => ['_ga', '_ga_ABC', 'hubspotutk'].includes(n))).toEqual([]);
    expect(atReload[0]!.events).toBe(2);
    expect(events.map((e) => [e.trigger, e.needsReload, e.reloading])).toEqual([
      ['change', true, true],
      ['change', true, false],
    ]);
  });

  it('a decision that lapses while the page is open is revoked (timer), with cookies deleted', async () => {
    await import('../browser/withdrawals'); // loaded on demand: have it ready before the clock is faked
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { m, events } = mounted(memoryStorage(), { now: () => Date.now() });
    m.acceptAll();
    await waitFor(() => expect(localStorage.getItem('introw_consent:granted')).not.toBeNull()); // lapse timer armed
    const queued = hubspotQueue.length;
    document.cookie = '_ga=1; Path=/';
    vi.advanceTimersByTime(DAY - 60_000);
    expect(m.getSnapshot().decided).toBe(true);
    vi.advanceTimersByTime(61_000);
    expect(m.getSnapshot().decided).toBe(false);
    await waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toMatchObject({ trigger: 'change', deletedCookies: ['_ga'] });
    expect(hubspotQueue.length).toBe(queued + 1);
  });

  it('at load, what the previous page granted and this one does not is swept (lapse, new revision)', async () => {
    const storage = memoryStorage();
    const first = mounted(storage);
    first.m.acceptAll();
    await waitFor(() => expect(JSON.parse(localStorage.getItem('introw_consent:granted')!)).toContain('googleAnalytics'));
    for (const stop of stops.splice(0)) stop();
    document.cookie = '_ga_ABC123=1; Path=/';
    localStorage.setItem('ajs_user_id', 'u');
    storage.clear(); // the consent cookie expired with the decision
    const second = mounted(storage);
    // Non-urgent: the load-time sweep runs once the page is idle after first paint.
    expect(second.events).toHaveLength(0);
    await idle();
    expect(second.events).toHaveLength(1);
    expect(second.events[0]).toMatchObject({ trigger: 'load', needsReload: false, reloading: false, deletedCookies: ['_ga_ABC123'] });
    expect(second.events[0]!.revoked).toEqual(expect.arrayContaining(['analytics', 'googleAnalytics', 'hubspot']));
    // Nothing granted; the withdrawn services stay listed so later pages sweep them again (issue 11).
    expect(JSON.parse(localStorage.getItem('introw_consent:granted')!).every((id: string) => id.startsWith('-'))).toBe(true);
    // A third page sweeps again, quietly: nothing is left, so no event.
    for (const stop of stops.splice(0)) stop();
    const third = mounted(storage);
    await idle();
    expect(third.events).toHaveLength(0);
  });

  it('with nothing optional granted, gating (its own chunk) starts once the page is idle, or at the first decision if sooner', async () => {
    html(
      '<script type="text/plain" data-category="necessary" data-id="req">1</script><script type="text/plain" data-category="analytics" data-id="ga">1</script>',
    );
    const ran = (id: string): boolean => document.querySelector(`script:not([type])[data-id="${id}"]`) !== null;
    mounted();
    expect(ran('req')).toBe(false); // the first paint does not wait for it
    await waitFor(() => expect(ran('req')).toBe(true));
    expect(ran('ga')).toBe(false);

    for (const stop of stops.splice(0)) stop();
    html('<script type="text/plain" data-category="analytics" data-id="ga2">1</script>');
    const early = mounted();
    const grants = counts.grant;
    early.m.acceptAll(); // before the deferred start: scripts and onGrant hooks run as soon as it is there
    await waitFor(() => expect(ran('ga2')).toBe(true));
    expect(counts.grant).toBe(grants + 1);
  });

  it('with something optional granted at mount, gating is requested at once', async () => {
    const storage = memoryStorage();
    const first = createConsentManager(config, { storage, gpc: false, crossTab: false, reloadOnRevoke: false });
    first.acceptAll();
    html('<script type="text/plain" data-category="analytics" data-id="now">1</script>');
    mounted(storage);
    await waitFor(() => expect(document.querySelector('script:not([type])[data-id="now"]')).not.toBeNull());
  });

  it('placeholders added later run at once when consent exists (MutationObserver)', async () => {
    const { m } = mounted();
    m.acceptAll();
    await waitFor(() => expect(counts.grant).toBeGreaterThan(0)); // gating is live
    const div = document.createElement('div');
    div.innerHTML =
      '<script type="text/plain" data-category="analytics" data-id="late">1</script><iframe data-src="https://v.example.test/e" data-category="advertising"></iframe>';
    document.body.appendChild(div);
    await tick();
    await tick();
    expect(document.querySelector('script:not([type])[data-id="late"]')).not.toBeNull();
    expect(div.querySelector('iframe')!.getAttribute('src')).toBe('https://v.example.test/e');
  });
});
