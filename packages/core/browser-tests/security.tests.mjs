// Chromium tests of the security model (issue 11; core README "Security model"): forged and
// stale consent cookies, a polluted Object.prototype, injected markup under a strict CSP, and
// withdrawals that leave nothing behind. Hosts: app.example.test is the site, evil.example.test
// a hostile sibling subdomain; both resolve to the local fixture server.
import assert from 'node:assert/strict';

const COOKIE = 'introw_consent';

/** The consent cookies in the jar, as `value@domain path`. */
const copies = async (context) => (await context.cookies()).filter((c) => c.name === COOKIE);

/** A stored value moved `seconds` into the future (decision and expiry both). */
function shifted(value, seconds) {
  const parts = value.split('.');
  for (const i of [3, 4]) parts[i] = (parseInt(parts[i], 36) + seconds).toString(36);
  return parts.join('.');
}

/** @param {(name: string, fn: (context: import('playwright-core').BrowserContext) => Promise<void>) => void} test */
export function register(test, h) {
  const { open, goto, until, log, at, jarHas, names } = h;

  /** A valid "Accept all" value for the fixture config, made by a visitor in this context; the jar is emptied after. */
  async function acceptAllValue(context) {
    const { page } = await open(context, at('app', '/revoke.html?reload=0'));
    await page.click('#accept');
    const [cookie] = await copies(context);
    await page.close();
    await context.clearCookies();
    return cookie.value;
  }
  const snapshot = (page) => page.evaluate(() => window.consent.getSnapshot());

  test('issue 11: a decision dated more than 5 minutes ahead is no decision; 1 minute ahead (clock skew) still counts', async (context) => {
    const value = await acceptAllValue(context);
    const { page } = await open(context, at('app', '/blank.html'));
    await page.evaluate((v) => (document.cookie = `introw_consent=${v}; Path=/`), shifted(value, 3600));
    await goto(page, at('app', '/gpc.html?reload=0'));
    assert.equal((await snapshot(page)).decided, false, 'an hour ahead');
    await page.evaluate((v) => (document.cookie = `introw_consent=${v}; Path=/`), shifted(value, 60));
    await goto(page, at('app', '/gpc.html?reload=0'));
    assert.equal((await snapshot(page)).method, 'accept-all', 'a minute ahead');
  });

  test('issue 11: a sibling subdomain cannot grant: its Domain=example.test copy neither beats a refusal made here nor counts on a first visit', async (context) => {
    const forged = shifted(await acceptAllValue(context), 120); // newer than anything real
    const evil = await open(context, at('evil', '/blank.html'));
    await evil.page.evaluate((v) => (document.cookie = `introw_consent=${v}; Path=/; Domain=example.test`), forged);
    // First visit to the site with only the planted copy: no decision, nothing runs, and the copy is gone.
    const { page } = await open(context, at('app', '/gpc.html?reload=0'));
    assert.equal((await snapshot(page)).decided, false);
    assert.deepEqual(await log(page), []);
    assert.deepEqual(
      (await copies(context)).map((c) => c.domain),
      [],
    );
    // The visitor refuses; the sibling plants again; the refusal holds on every later page.
    await page.click('#reject');
    await evil.page.evaluate((v) => (document.cookie = `introw_consent=${v}; Path=/; Domain=example.test`), forged);
    assert.equal((await copies(context)).length, 2, 'setup: both copies exist');
    await goto(page, at('app', '/gpc.html?reload=0'));
    assert.equal((await snapshot(page)).method, 'reject-all');
    assert.deepEqual(await log(page), []);
    assert.deepEqual(
      (await copies(context)).map((c) => c.domain),
      ['app.example.test'],
      'the planted copy was swept',
    );
  });

  test('issue 11: "Reject all" sticks on every path, whatever copies exist on other paths (an accept copy on /app dated later)', async (context) => {
    const stale = shifted(await acceptAllValue(context), 120);
    const { page } = await open(context, at('app', '/gpc.html?reload=0'));
    await page.click('#reject');
    await page.evaluate((v) => (document.cookie = `introw_consent=${v}; Path=/app`), stale);
    await goto(page, at('app', '/app/gpc.html?reload=0'));
    assert.equal((await snapshot(page)).method, 'reject-all');
    assert.deepEqual(await log(page), [], 'no gated script ran on /app');
    assert.deepEqual(
      (await copies(context)).map((c) => c.path),
      ['/'],
    );
  });

  test('issue 11: reset() expires the consent cookie in every scope (host-only, Domain=, other paths): the forgotten decision never returns', async (context) => {
    const { page } = await open(context, at('app', '/app/revoke.html?reload=0'));
    await page.click('#accept');
    const [{ value }] = await copies(context);
    // Copies an older config could have left (parent domain, another path), visible to this page.
    await page.evaluate((v) => {
      document.cookie = `introw_consent=${v}; Path=/; Domain=example.test`;
      document.cookie = `introw_consent=${v}; Path=/app`;
    }, value);
    assert.equal((await copies(context)).length, 3, 'setup');
    await page.evaluate(() => window.consent.reset());
    assert.deepEqual(await copies(context), []);
    await page.reload();
    await until(page, () => window.__ready === true);
    assert.equal((await snapshot(page)).decided, false);
  });

  test('issue 11: a polluted Object.prototype (required, service, category, value, ...) grants nothing: no script runs, no embed loads, an empty Save grants nothing', async (context) => {
    const { page, seen } = await open(context, at('app', '/pollute.html?reload=0'));
    const state = await snapshot(page);
    assert.equal(state.decided, false);
    assert.ok(Object.values(state.categories).filter(Boolean).length === 1 && state.categories.necessary, JSON.stringify(state.categories));
    assert.equal(await page.evaluate(() => window.consent.hasConsent('analytics')), false);
    await page.click('#save-none');
    const after = await snapshot(page);
    assert.equal(after.method, 'custom');
    assert.deepEqual(
      Object.keys(after.categories).filter((id) => after.categories[id]),
      ['necessary'],
    );
    assert.deepEqual(
      Object.keys(after.services).filter((id) => after.services[id]),
      ['cloudflare'],
    );
    // Gating has run (a decision was made): still nothing gated ran or loaded.
    await until(page, () => document.querySelector('iframe').hasAttribute('data-src'));
    assert.deepEqual(await log(page), []);
    assert.equal(await page.evaluate(() => document.querySelector('iframe').getAttribute('src')), null);
    assert.deepEqual(seen.pageErrors, []);
  });

  test("issue 11: under script-src 'nonce-…' 'strict-dynamic', injected placeholders (server HTML or innerHTML, even claiming a strictly necessary category) never run; the page's own do", async (context) => {
    const { page } = await open(context, at('app', '/csp-dynamic.html?reload=0'));
    await page.click('#accept');
    await until(page, () => window.__log.includes('trusted analytics'));
    // Injected after load too, then a trusted placeholder as a barrier: gating runs in document order.
    await page.evaluate(() => {
      document.getElementById('spa').innerHTML = '<script type="text/plain" data-category="necessary">window.__log.push("injected later")</' + 'script>';
      const own = document.createElement('script');
      own.type = 'text/plain';
      own.nonce = document.scripts[0].nonce;
      own.setAttribute('data-category', 'analytics');
      own.text = 'window.__log.push("trusted later")';
      document.body.append(own);
    });
    await until(page, () => window.__log.includes('trusted later'));
    assert.deepEqual(await log(page), ['trusted analytics', 'trusted later']);
    assert.equal(h.requested('/js/log.js?v=injected-external').length, 0);
  });

  test('issue 11 R13: a withdrawal leaves nothing behind: _ga on a path the withdrawing page could not see is swept by a later page that sees it', async (context) => {
    const { page } = await open(context, at('app', '/app/revoke.html?reload=0'));
    await page.click('#accept');
    await until(page, () => localStorage.getItem('introw_consent:granted') !== null);
    await page.evaluate(() => {
      document.cookie = '_ga=blog; Path=/blog';
      document.cookie = '_ga=here; Path=/';
    });
    await page.click('#reject');
    await until(page, () => window.__events.revocation.length === 1);
    let jar = await context.cookies();
    assert.deepEqual(
      names(jar).filter((n) => n.startsWith('_ga@')),
      ['_ga@app.example.test/blog'],
      'setup: only the /blog copy is left',
    );
    await goto(page, at('app', '/blog/revoke.html?reload=0'));
    await until(page, () => !document.cookie.includes('_ga='));
    jar = await context.cookies();
    assert.ok(!jarHas(jar, '_ga'), names(jar).join());
  });

  test('issue 11 R13: __Secure-, __Host- and Partitioned cookies on http://localhost (a secure context) are deleted on withdrawal', async (context) => {
    const { page } = await open(context, `http://localhost:${h.server.port}/revoke.html?reload=0`);
    await page.click('#accept');
    await page.evaluate(() => {
      document.cookie = '__Secure-ads=1; Path=/; Secure';
      document.cookie = '__Host-ads=1; Path=/; Secure';
      document.cookie = '_ga=partitioned; Path=/; Secure; SameSite=None; Partitioned';
      document.cookie = '_gcl_au=1; Path=/';
    });
    const before = names(await context.cookies());
    for (const n of ['__Secure-ads', '__Host-ads', '_ga', '_gcl_au'])
      assert.ok(
        before.some((x) => x.startsWith(`${n}@`)),
        `setup: ${n} in ${before}`,
      );
    await page.click('#reject');
    await until(page, () => window.__events.revocation.length === 1);
    const left = names(await context.cookies()).filter((n) => !n.startsWith(`${COOKIE}@`));
    assert.deepEqual(left, []);
  });

  test('issue 11 R13: what a vendor writes again in another tab while it unloads after the withdrawal is swept by the next page load', async (context) => {
    const a = await open(context, at('app', '/revoke.html?reload=0'));
    await a.page.click('#accept');
    const b = await open(context, at('app', '/revoke.html?reload=0'));
    // A vendor script in tab B that writes its cookie again whenever the tab goes away.
    await b.page.evaluate(() => addEventListener('pagehide', () => (document.cookie = '_ga=from-closing-tab; Path=/')));
    await a.page.click('#reject');
    await until(b.page, () => window.consent.getSnapshot().method === 'reject-all');
    await until(
      b.page,
      () => localStorage.getItem('introw_consent:granted') !== null && !localStorage.getItem('introw_consent:granted').includes('"googleAnalytics"'),
    );
    await b.page.close({ runBeforeUnload: true });
    await until(a.page, () => document.cookie.includes('_ga=from-closing-tab'));
    const c = await open(context, at('app', '/revoke.html?reload=0'));
    await until(c.page, () => !document.cookie.includes('_ga='));
    assert.ok(!jarHas(await context.cookies(), '_ga'));
  });

  test('issue 11 R21 R22: hydrating a page the server rendered with Sec-GPC: 1, in a browser without navigator.globalPrivacyControl, Accept all leaves advertising denied and its tag never loads', async (context) => {
    const { page } = await open(context, at('app', '/gpc.html?reload=0&ssrgpc=1'));
    assert.equal(await page.evaluate(() => 'globalPrivacyControl' in navigator), false, 'setup: no GPC in this browser');
    await page.click('#accept');
    await until(page, () => window.__log.includes('analytics ran'));
    const state = await snapshot(page);
    assert.equal(state.gpc, true);
    assert.equal(state.categories.advertising, false);
    assert.equal(state.services.googleAds, false);
    assert.equal(h.requested('/js/log.js?v=ads-tag').length, 0);
  });

  test("issue 12 R18: Consent Mode's advanced mode loads the mapped Google tag before consent with everything denied, nothing else; a refusal keeps it running without a reload", async (context) => {
    const { page, seen } = await open(context, at('app', '/gpc.html?reload=1&cm=1&adv=1'));
    await until(page, () => window.__log.includes('ads-tag'));
    const dl = await page.evaluate(() =>
      (window.dataLayer || []).filter((e) => Object.prototype.toString.call(e) === '[object Arguments]').map((e) => Array.from(e)),
    );
    const defaults = dl.find((c) => c[0] === 'consent' && c[1] === 'default')[2];
    assert.equal(defaults.ad_storage, 'denied');
    assert.equal(defaults.analytics_storage, 'denied');
    assert.equal(
      dl.findIndex((c) => c[0] === 'consent' && c[1] === 'update'),
      -1,
      'no update before a choice',
    );
    assert.deepEqual(await log(page), ['ads-tag'], 'only the Google tag; the analytics category tag waits for consent');
    // Advertising granted, then withdrawn: its Google tag ran (before consent) but keeps running with
    // consent denied, so the withdrawal needs no reload.
    await page.evaluate(() => window.consent.save({ categories: { advertising: true } }));
    await page.click('#reject');
    await until(page, () => window.__events.revocation.length === 1);
    await h.settled(page); // a reload would be scheduled right after the sweep
    assert.equal(seen.loads, 1, 'no reload: the Google tag keeps running with consent denied');
    assert.equal((await page.evaluate(() => window.__events.revocation))[0].needsReload, false);
    const updates = await page.evaluate(() => window.dataLayer.filter((e) => e[0] === 'consent' && e[1] === 'update').map((e) => e[2].ad_storage));
    assert.deepEqual(updates, ['granted', 'denied']);
    assert.deepEqual(await log(page), ['ads-tag']);
  });
  test('issue 11 R14: with localStorage full (QuotaExceededError), beaconRecordSink keeps the record in memory and delivers it; a dead records server gets it on a retry', async (context) => {
    const posted = [];
    let up = false; // the records server is down at first: requests fail without an answer
    await context.route('**/records', (route) => {
      if (!up) return route.abort('connectionrefused');
      posted.push(...JSON.parse(route.request().postData()));
      return route.fulfill({ status: 200, body: '{}' });
    });
    const { page } = await open(context, at('app', '/blank.html'));
    // Fill this origin's localStorage until not even one more character fits.
    const filled = await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 1; size >>= 1) {
        for (;;) {
          try {
            localStorage.setItem(`fill${n++}`, 'x'.repeat(size));
          } catch {
            break;
          }
        }
      }
      try {
        localStorage.setItem('probe', '[{"consentId":"x"}]');
        return false;
      } catch {
        return true;
      }
    });
    assert.ok(filled, 'setup: localStorage is full');
    await goto(page, at('app', '/records.html'));
    await page.click('#accept');
    up = true;
    await until(page, () => window.consent.getSnapshot().method === 'accept-all');
    const deadline = Date.now() + 60_000;
    while (!posted.some((r) => r.method === 'accept-all')) {
      if (Date.now() > deadline) throw new Error('the record never reached the records server');
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50))); // polling the route's log, not a fixed wait
    }
    assert.equal(new Set(posted.filter((r) => r.method === 'accept-all').map((r) => r.recordId)).size, 1, 'one record (a resend keeps its recordId)');
  });
  test('issue 11: a polluted Object.prototype.domain / .path cannot move the consent cookie to the parent domain, where a sibling subdomain could overwrite a refusal', async (context) => {
    const forged = shifted(await acceptAllValue(context), 60);
    // A script on the site's pages pollutes the prototype before the consent library loads.
    await context.addInitScript(() => {
      if (location.hostname !== 'app.example.test') return;
      for (const [key, value] of Object.entries({ domain: 'example.test', path: '/' })) {
        Object.defineProperty(Object.prototype, key, { value, writable: true, configurable: true, enumerable: false });
      }
    });
    const { page } = await open(context, at('app', '/gpc.html?reload=0'));
    await page.click('#reject');
    assert.deepEqual(
      (await copies(context)).map((c) => c.domain),
      ['app.example.test'],
      'the refusal is host-only, as configured',
    );
    const evil = await open(context, at('evil', '/blank.html'));
    await evil.page.evaluate((v) => (document.cookie = `introw_consent=${v}; Path=/; Domain=example.test`), forged);
    await goto(page, at('app', '/gpc.html?reload=0'));
    assert.equal((await snapshot(page)).method, 'reject-all');
    assert.deepEqual(await log(page), []);
  });
}
