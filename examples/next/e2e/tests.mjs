/**
 * One consent for Introw's website and Platform (issue 17), in Chromium with the two sites on
 * www.introw.test and rooms.introw.test: a decision on either applies on both, the banner is
 * shown once, a withdrawal on either sweeps both, the Platform renders on the server with the
 * website's decision, next-auth's strictly necessary cookies survive every withdrawal, and the
 * language cookie exists only with consent to functional cookies (statement §4.1, §4.2).
 */
import assert from 'node:assert/strict';
import { en, fr, nl } from '@introw/consent-core';
import { ANALYTICS_SERVICES, ALL_SERVICES, VENDOR_COOKIES } from '../../../e2e/vendors.mjs';
import { axeViolations } from '../../../a11y/lib/browser.mjs';
import { ADMIN_TOKEN, PARENT, isHydrationProblem, openBrowser } from './sites.mjs';

const CONSENT_COOKIE = 'introw_consent';
const LANGUAGE_COOKIE = 'introw_locale';
/** next-auth's cookie names over http (over https: `__Secure-` / `__Host-` forms, see the config test). */
const NEXT_AUTH_COOKIES = ['next-auth.callback-url', 'next-auth.csrf-token', 'next-auth.session-token'];
const ANALYTICS_COOKIES = ANALYTICS_SERVICES.flatMap((s) => VENDOR_COOKIES[s]);
const DEMO = { email: 'demo@introw.io', password: 'introw-demo' };

/**
 * `tests` as `{ name, run({ sites }) }`, run one at a time, each in a fresh browser context.
 * Options: `locale` of the context; `expected`, console lines the test provokes on purpose.
 */
export const tests = [];
const test = (name, body, { locale, expected = [] } = {}) =>
  tests.push({
    name,
    run: async ({ sites }) => {
      const b = await openBrowser(sites.browser, { locale });
      try {
        await body(b, sites);
        const problems = b.problems.filter((line) => !expected.some((re) => re.test(line)));
        assert.deepEqual(problems, [], 'console errors or warnings (hydration included)');
        assert.deepEqual(b.blocked, [], 'requests to hosts that are neither the sites nor a stand-in');
      } finally {
        await b.close();
      }
    },
  });

const names = (cookies) => cookies.map((c) => c.name).sort();

/** Polls `probe` until it returns a value other than undefined; fails with `what` after `ms`. */
async function until(probe, what, ms = 60_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`never happened within ${ms} ms: ${what}`);
    await new Promise((ok) => setTimeout(ok, 200)); // poll interval, not a wait for an outcome
  }
}

/** GET a records-service route of the Platform from Node, with the admin token unless `token` is null. */
const admin = (platform, path, token = ADMIN_TOKEN) =>
  fetch(`${platform}/consent${path}`, { headers: token === null ? {} : { authorization: `Bearer ${token}` } });
const hasBanner = (html) => /class="ic-banner"/.test(html);
const hasHotjarTag = (html) => /data-service="hotjar"/.test(html);

/** Signs in on the Platform with the demo account and waits for the signed-in home page. */
async function signIn(b, rooms) {
  await b.open(`${rooms}/en/signin`);
  await b.page.getByLabel('Email').fill(DEMO.email);
  await b.page.getByLabel('Password').fill(DEMO.password);
  await b.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await b.page.getByTestId('signed-in-as').waitFor({ state: 'visible', timeout: 30_000 });
  await b.page.waitForLoadState('networkidle');
}

/** The next-auth cookies in the jar for the Platform, with what matters about them. */
async function nextAuthCookies(b, rooms) {
  return (await b.cookies(rooms)).filter((c) => c.name.startsWith('next-auth.')).map((c) => ({ name: c.name, domain: c.domain, httpOnly: c.httpOnly }));
}

test('R10 a decision on the website applies on the Platform: Accept all there, then the Platform server HTML has no banner, no frame shows one, hydration is clean', async (b, {
  www,
  rooms,
}) => {
  await b.open(`${www}/`);
  await b.bannerChoice(en.acceptAll);
  await b.waitForRuns(ALL_SERVICES);
  const consent = (await b.cookies(www)).find((c) => c.name === CONSENT_COOKIE);
  assert.equal(consent?.domain, `.${PARENT}`, 'the consent cookie lives on the shared parent domain');

  const html = await b.open(`${rooms}/en`);
  assert.ok(!hasBanner(html), 'the Platform server HTML has no banner');
  assert.match(html, /data-testid="status-analytics">allowed</, 'the server rendered the website’s decision');
  assert.ok(hasHotjarTag(html), 'Hotjar is granted, so the Platform sends its tag');
  assert.equal(await b.bannerSeen(), false, 'no frame of the Platform showed a banner');
  await b.waitForRuns(ALL_SERVICES);
  assert.deepEqual(b.problems.filter(isHydrationProblem), [], 'hydration warnings');
});

test('R7 next-auth sign-in works offline and sets its cookies, host-only on the Platform; no decision is needed to sign in (R8)', async (b, { www, rooms }) => {
  assert.deepEqual(await nextAuthCookies(b, rooms), []);
  await signIn(b, rooms);
  const cookies = await nextAuthCookies(b, rooms);
  assert.deepEqual(names(cookies), NEXT_AUTH_COOKIES, 'next-auth’s three cookies exist');
  for (const c of cookies) {
    assert.equal(c.domain, `rooms.${PARENT}`, `${c.name} is host-only on the Platform`);
    assert.equal(c.httpOnly, true, `${c.name} is HttpOnly`);
  }
  assert.deepEqual(names((await b.cookies(www)).filter((c) => c.name.startsWith('next-auth.'))), [], 'the website never sees them');
  await b.page.getByTestId('rooms').waitFor({ state: 'visible' });
  assert.equal(await b.page.locator('.ic-banner').isVisible(), true, 'undecided: the banner still asks');
  assert.deepEqual(b.vendorRequestsSince(0), [], 'nothing gated loaded before a decision (R1)');

  await b.page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await b.page.getByRole('link', { name: 'Sign in', exact: true }).first().waitFor({ state: 'visible' });
  await b.waitForCookies(rooms, (cs) => !cs.some((c) => c.name === 'next-auth.session-token'), 'signing out ends the session');
});

test('R13 "Reject all" from the Platform’s cookie settings keeps the next-auth cookies; afterwards the website loads no vendor tag and has no vendor cookie', async (b, {
  www,
  rooms,
}) => {
  await b.open(`${www}/`);
  await b.bannerChoice(en.acceptAll);
  await b.waitForRuns(ALL_SERVICES);
  assert.ok((await b.vendorCookies(www)).length > 0, 'the vendors set their cookies on the website');

  await signIn(b, rooms);
  await b.waitForRuns(ALL_SERVICES);
  const signedIn = await nextAuthCookies(b, rooms);
  assert.deepEqual(names(signedIn), NEXT_AUTH_COOKIES);

  const dialog = await b.openSettings(en.cookieSettings);
  const reloaded = b.page.waitForEvent('load');
  await dialog.getByRole('button', { name: en.rejectAll, exact: true }).click();
  await reloaded; // the vendors' scripts ran, so the withdrawal reloads the page once (R13)
  await b.page.getByTestId('signed-in-as').waitFor({ state: 'visible' });
  await b.waitForCookies(rooms, (cs) => !cs.some((c) => ANALYTICS_COOKIES.includes(c.name)), 'the Platform’s vendor cookies are swept');
  assert.deepEqual(await nextAuthCookies(b, rooms), signedIn, 'the next-auth cookies survive the withdrawal (R7)');

  const platformHtml = await b.open(`${rooms}/en`);
  assert.ok(!hasBanner(platformHtml) && !hasHotjarTag(platformHtml), 'the Platform sends neither a banner nor Hotjar’s tag');
  assert.match(platformHtml, /data-testid="signed-in-as"/, 'still signed in');

  const mark = b.mark();
  await b.open(`${www}/`);
  assert.equal(await b.bannerSeen(), false, 'the website shows no banner: the refusal is shared');
  await b.waitForCookies(www, (cs) => !cs.some((c) => Object.values(VENDOR_COOKIES).flat().includes(c.name)), 'the website’s vendor cookies are swept');
  await b.open(`${www}/cookies`);
  assert.deepEqual(b.vendorRequestsSince(mark), [], 'the website loads no vendor tag');
  assert.deepEqual(await b.runs(), {}, 'no stand-in ran on the website');
  assert.deepEqual(await b.vendorCookies(www), [], 'no vendor cookie on the website');
  assert.deepEqual(await nextAuthCookies(b, rooms), signedIn, 'and the next-auth cookies are still there');
});

test('R12 R13 a decision on the Platform applies on the website (banner shown once); a withdrawal on the website sweeps the Platform, next-auth cookies survive it', async (b, {
  www,
  rooms,
}) => {
  let html = await b.open(`${rooms}/en`);
  assert.ok(hasBanner(html) && !hasHotjarTag(html), 'undecided: banner in the server HTML, no Hotjar tag');
  await b.bannerChoice(en.acceptAll);
  // The Platform renders its server components again with the new decision: Hotjar's tag arrives and runs.
  await b.waitForRuns(ALL_SERVICES);
  await signIn(b, rooms);
  const signedIn = await nextAuthCookies(b, rooms);

  await b.open(`${www}/`);
  assert.equal(await b.bannerSeen(), false, 'the website shows no banner: the decision is shared');
  await b.waitForRuns(ALL_SERVICES);

  // Withdraw analytics on the website: preferences, switch Analytics off, save.
  const dialog = await b.openSettings(en.cookieSettings);
  const analytics = dialog
    .getByRole('switch', { name: en.category_analytics, exact: true })
    .or(dialog.getByRole('checkbox', { name: en.category_analytics, exact: true }));
  await analytics.uncheck();
  const reloaded = b.page.waitForEvent('load');
  await dialog.getByRole('button', { name: en.save, exact: true }).click();
  await reloaded;
  await b.waitForCookies(www, (cs) => !cs.some((c) => ANALYTICS_COOKIES.includes(c.name)), 'the website’s analytics cookies are swept');

  const mark = b.mark();
  html = await b.open(`${rooms}/en`);
  assert.ok(!hasBanner(html) && !hasHotjarTag(html), 'the Platform renders the withdrawal: no banner, no Hotjar tag');
  assert.match(html, /data-testid="status-analytics">off</);
  await b.waitForRuns(['googleAds']);
  await b.waitForCookies(rooms, (cs) => !cs.some((c) => ANALYTICS_COOKIES.includes(c.name)), 'the Platform’s analytics cookies are swept');
  const loaded = b.vendorRequestsSince(mark).map((r) => r.service);
  assert.deepEqual([...new Set(loaded)], ['googleAds'], 'only Google Ads, still granted, loads on the Platform');
  assert.deepEqual(await nextAuthCookies(b, rooms), signedIn, 'the next-auth cookies survive the withdrawal (R7)');
});

test(
  'R9 the banner follows the page’s language; the language cookie exists only with consent to functional cookies (statement §4.2)',
  async (b, { rooms }) => {
    const language = async () => (await b.cookies(rooms)).find((c) => c.name === LANGUAGE_COOKIE)?.value;
    let html = await b.open(`${rooms}/`);
    assert.equal(new URL(b.page.url()).pathname, '/nl', 'a path without a language goes to the browser’s');
    assert.match(html, /<html lang="nl"/);
    assert.ok(html.includes(nl.bannerTitle) && html.includes(nl.rejectAll), 'the server rendered the banner in Dutch');

    await b.page.getByRole('link', { name: 'Français', exact: true }).click();
    await b.page.waitForURL(`${rooms}/fr`);
    await b.settle();
    assert.equal(await b.page.locator('.ic-banner-title').textContent(), fr.bannerTitle, 'the banner speaks French');
    await b.bannerChoice(fr.rejectAll);
    assert.equal(await language(), undefined, 'no language cookie without functional consent: the URL holds the choice');

    let dialog = await b.openSettings(fr.cookieSettings);
    const functional = () =>
      dialog.getByRole('switch', { name: fr.category_functional, exact: true }).or(dialog.getByRole('checkbox', { name: fr.category_functional, exact: true }));
    await functional().check();
    await dialog.getByRole('button', { name: fr.save, exact: true }).click();
    await b.waitForCookies(rooms, (cs) => cs.some((c) => c.name === LANGUAGE_COOKIE && c.value === 'fr'), 'the language cookie after consent');
    await b.open(`${rooms}/`);
    assert.equal(new URL(b.page.url()).pathname, '/fr', 'with consent, the remembered language wins over the browser’s');

    dialog = await b.openSettings(fr.cookieSettings);
    await functional().uncheck();
    await dialog.getByRole('button', { name: fr.save, exact: true }).click();
    await b.waitForCookies(rooms, (cs) => !cs.some((c) => c.name === LANGUAGE_COOKIE), 'the withdrawal deletes the language cookie');
    html = await b.open(`${rooms}/cookies`);
    assert.equal(new URL(b.page.url()).pathname, '/nl/cookies', 'without it, the browser’s language again');
    assert.ok(!hasBanner(html), 'the decision holds in every language');
  },
  { locale: 'nl-BE' },
);

test('R28 on localhost the consent cookie is host-only (no shared domain matches)', async (b, { localRooms }) => {
  await b.open(`${localRooms}/en`);
  await b.bannerChoice(en.rejectAll);
  const consent = (await b.cookies(localRooms)).find((c) => c.name === CONSENT_COOKIE);
  assert.equal(consent?.domain, 'localhost', 'host-only on localhost');
  const html = await b.open(`${localRooms}/en`);
  assert.ok(!hasBanner(html), 'and it is read back on the server');
});

test(
  'R9 R26 the Platform’s own pages pass axe-core (WCAG 2.2 A/AA): sign-in with the banner open, in Dutch, and signed in',
  async (b, { rooms }) => {
    for (const path of ['/en/signin', '/nl', '/nl/cookies', '/fr/signin']) {
      await b.open(rooms + path);
      assert.deepEqual(await axeViolations(b.page), [], `axe on ${path}`);
    }
    await signIn(b, rooms);
    await b.bannerChoice(en.rejectAll);
    assert.deepEqual(await axeViolations(b.page), [], 'axe on the signed-in home');
    // A failed sign-in is announced (role="alert") and signs no one in.
    await b.open(`${rooms}/en/signin`);
    await b.page.getByLabel('Email').fill(DEMO.email);
    await b.page.getByLabel('Password').fill('wrong');
    await b.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await b.page.getByRole('alert').filter({ hasText: 'do not match' }).waitFor({ state: 'visible' });
    assert.deepEqual(await axeViolations(b.page), [], 'axe with the error shown');
  },
  { expected: [/status of 401 \(Unauthorized\)/] },
);

test('GDPR art. 7(1) R15 a decision on the Platform becomes a record of its own records service (app/consent/[...path]/route.ts): GET /consent/records/:id returns it with the admin token only, /consent/verify is ok', async (b, {
  rooms,
  platform,
}) => {
  await b.open(`${rooms}/en`);
  await b.bannerChoice(en.acceptAll);
  const cookie = await b.waitForCookies(rooms, (cookies) => cookies.some((c) => c.name === CONSENT_COOKIE), 'the consent cookie');
  const consentId = cookie.find((c) => c.name === CONSENT_COOKIE).value.split('.')[2];
  assert.match(consentId, /^[A-Za-z0-9_-]{22}$/);

  const history = async () => {
    const res = await admin(platform, `/records/${consentId}`);
    if (res.status === 404) return undefined; // not stored yet
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()).records;
  };
  const first = await until(history, 'the accept-all record in GET /consent/records/:id');
  assert.equal(first.length, 1);
  assert.equal(first[0].method, 'accept-all');
  assert.equal(first[0].purposes.find((p) => p.purpose === 'analytics')?.granted, true);

  // A withdrawal in the Platform's cookie settings is the visitor's second record (R14).
  const dialog = await b.openSettings(en.cookieSettings);
  await dialog.getByRole('button', { name: en.rejectAll, exact: true }).click();
  const both = await until(async () => {
    const records = await history();
    return records && records.length >= 2 ? records : undefined;
  }, 'the withdrawal record');
  assert.deepEqual(
    both.map((r) => r.method),
    ['accept-all', 'withdrawal'],
  );

  assert.equal((await admin(platform, `/records/${consentId}`, null)).status, 401, 'a history needs the admin token');
  assert.equal((await admin(platform, `/records/${consentId}`, 'wrong')).status, 401, 'and the right one');
  const verify = await admin(platform, '/verify');
  assert.equal(verify.status, 200);
  assert.equal((await verify.json()).ok, true);
  const dashboard = await admin(platform, '/dashboard');
  assert.equal(dashboard.status, 200);
  assert.match(dashboard.headers.get('content-type') ?? '', /text\/html/);
});
