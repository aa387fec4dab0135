/**
 * What the visitor is told (issue 12), in Chromium, for every demo (React, Vue, Next.js, static)
 * and every language (en, nl, fr, de):
 * - the banner's root is a landmark whose accessible name speaks of cookies or consent in that
 *   language, its buttons say accept and reject in that language, and it links the statement;
 * - /cookies holds every section of Introw's statement (§1-7, §4.1-4.4), §5's browser links and
 *   aboutcookies.org, §6's authority, and every vendor of the config with its description (in
 *   that language), its privacy policy, Platform-only and addition marks;
 * and, per demo: R8 (no cookie wall: with the banner open the page scrolls, its links work and
 * nothing covers it) and R23 (no `__tcfapi` / `__gpp`, before and after a choice).
 * Every wait is for a condition; no test sleeps.
 */
import assert from 'node:assert/strict';
import { newContext } from './demos.mjs';

/** The words each language must use: the landmark's name, the two buttons, a duration, Hotjar's description. */
export const LANGUAGES = {
  en: {
    locale: 'en-GB',
    name: /cookie|consent/i,
    accept: /^accept all$/i,
    reject: /^reject all$/i,
    twoYears: '2 years',
    hotjar: 'pseudonymized user profile',
  },
  nl: {
    locale: 'nl-BE',
    name: /cookie|toestemming/i,
    accept: /^alles (aanvaarden|accepteren)$/i,
    reject: /^alles weigeren$/i,
    twoYears: '2 jaar',
    hotjar: 'gepseudonimiseerd gebruikersprofiel',
  },
  fr: {
    locale: 'fr-BE',
    name: /cookie|consentement/i,
    accept: /^tout accepter$/i,
    reject: /^tout refuser$/i,
    twoYears: '2 ans',
    hotjar: 'profil pseudonymisé',
  },
  de: {
    locale: 'de-BE',
    name: /cookie|einwilligung|zustimmung/i,
    accept: /^alle akzeptieren$/i,
    reject: /^alle ablehnen$/i,
    twoYears: '2 Jahre',
    hotjar: 'pseudonymisierten Nutzerprofil',
  },
};

/** The statement's sections and subsections: anchor id and heading number. */
const SECTIONS = ['1', '2', '3', '4', '4.1', '4.2', '4.3', '4.4', '5', '6', '7'];

/** Every service the config declares, with the privacy policy its row must link. */
const PRIVACY_POLICIES = {
  cloudflare: 'https://www.cloudflare.com/privacypolicy/',
  nextAuth: 'https://rooms.introw.io/privacy-statement',
  localePreference: 'https://rooms.introw.io/privacy-statement',
  googleAnalytics: 'https://www.google.com/intl/nl/policies/privacy/partners/',
  hubspot: 'https://legal.hubspot.com/privacy-policy',
  hotjar: 'https://www.hotjar.com/legal/policies/privacy/',
  segment: 'https://www.twilio.com/en-us/legal/privacy',
  googleAds: 'https://policies.google.com/privacy?hl=en-US',
};

/** Links §5 and §6 must hold (Introw's words). */
const STATEMENT_LINKS = [
  'http://www.aboutcookies.org/',
  'https://support.mozilla.org/en-US/kb/clear-cookies-and-site-data-firefox',
  'https://support.google.com/chrome/answer/95647?hl=en-GB',
  'https://support.apple.com/en-gb/HT201265',
  'https://support.microsoft.com/en-us/topic/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
  'https://support.microsoft.com/en-us/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09',
  'http://www.gegevensbeschermingsautoriteit.be/',
  'mailto:contact@apd-gba.be',
  'mailto:privacy@introw.io',
  'https://rooms.introw.io/privacy-statement',
];

/** The landmark roles (WAI-ARIA 1.2) and the implicit role of the banner root's element. */
const LANDMARKS = ['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search'];

async function withContext(browser, lang, body, viewport) {
  const context = await newContext(browser, LANGUAGES[lang].locale, viewport);
  try {
    await body(context);
  } finally {
    await context.close();
  }
}

/** The banner test of one demo in one language. */
async function bannerSpeaks({ browser, demo, lang }) {
  const words = LANGUAGES[lang];
  await withContext(browser, lang, async (context) => {
    const page = await demo.open(context, '/', lang);
    const banner = page.locator('.ic-banner');
    await banner.waitFor({ state: 'visible' });
    const role = await banner.evaluate((el) => {
      const explicit = el.getAttribute('role');
      if (explicit) return explicit;
      const implicit = { aside: 'complementary', nav: 'navigation', main: 'main', form: 'form', header: 'banner', footer: 'contentinfo' };
      return implicit[el.localName] ?? (el.localName === 'section' ? 'region' : 'generic');
    });
    assert.ok(LANDMARKS.includes(role), `the banner's root is a landmark (role ${role})`);
    // Found again by its role and accessible name (as assistive technology and auditors find it).
    const named = page.getByRole(role, { name: words.name });
    assert.equal(await named.count(), 1, `one ${role} landmark whose name speaks of cookies in ${lang}`);
    assert.ok(await named.evaluate((el) => el.classList.contains('ic-banner')), 'and it is the banner');
    const buttons = (await banner.getByRole('button').allInnerTexts()).map((t) => t.trim());
    assert.ok(
      buttons.some((t) => words.accept.test(t)),
      `an accept button in ${lang}: ${buttons.join(' | ')}`,
    );
    assert.ok(
      buttons.some((t) => words.reject.test(t)),
      `a reject button in ${lang}: ${buttons.join(' | ')}`,
    );
    await banner.getByRole('button', { name: words.reject }).waitFor({ state: 'visible' });
    const hrefs = await banner.locator('a[href]').evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
    assert.ok(
      hrefs.some((path) => /\/cookies$/.test(path)),
      `the banner links the cookie statement: ${hrefs.join(', ')}`,
    );
    const bannerLang = await banner.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));
    assert.equal(bannerLang?.split('-')[0], lang, 'the banner carries its language');
  });
}

/** The statement test of one demo in one language. */
async function statementComplete({ browser, demo, lang }) {
  const words = LANGUAGES[lang];
  await withContext(browser, lang, async (context) => {
    const page = await demo.open(context, '/cookies', lang);
    const article = page.locator('article.statement');
    await article.waitFor({ state: 'visible' });
    assert.equal(await article.getAttribute('lang'), 'en', 'the statement’s own words are English, and marked so');
    for (const number of SECTIONS) {
      const heading = page.locator(`#statement-${number.replace('.', '-')} > :is(h2, h3)`);
      assert.match((await heading.innerText()).trim(), new RegExp(`^${number.replace('.', '\\.')}\\. \\S`), `section ${number} is there`);
    }
    const text = await article.innerText();
    for (const words of ['Poel 16, 9000 Ghent', '(BE)0798.161.431', 'Rue de la Press 35, 1000 Brussels', '+32 (0)2 274 48 00', 'proof of identity']) {
      assert.ok(text.includes(words), `the statement says “${words}”`);
    }
    const hrefs = await article.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of STATEMENT_LINKS) assert.ok(hrefs.includes(href), `the statement links ${href}`);
    if (lang !== 'en') assert.equal(await page.locator('.statement-note').getAttribute('lang'), lang, 'a note in the visitor’s language');
    for (const [service, policy] of Object.entries(PRIVACY_POLICIES)) {
      const block = page.locator(`.statement-service[data-service="${service}"]`);
      assert.equal(await block.count(), 1, `${service} is listed`);
      assert.equal(await block.evaluate((el) => el.closest('[lang]').getAttribute('lang')), lang, `${service} in ${lang}`);
      const links = await block.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(links.includes(policy), `${service} links its privacy policy ${policy}`);
      assert.ok((await block.locator('tbody tr').count()) >= 1, `${service} lists its cookies`);
    }
    const hotjar = await page.locator('.statement-service[data-service="hotjar"]').innerText();
    assert.ok(hotjar.includes(words.hotjar), `Hotjar's description in ${lang} says what it collects`);
    const ga = await page.locator('.statement-service[data-service="googleAnalytics"] tbody tr').first().innerText();
    assert.ok(ga.includes('_ga') && ga.includes(words.twoYears), `_ga lasts ${words.twoYears}: ${ga}`);
    assert.equal(await page.locator('.statement-service[data-service="nextAuth"] [data-platform-only]').count(), 1, 'next-auth is marked Platform only');
    assert.equal(
      await page.locator('.statement-service[data-service="localePreference"] [data-addition]').count(),
      1,
      'introw_locale is marked as an addition',
    );
    assert.ok((await page.locator('.statement-service[data-service="localePreference"]').innerText()).includes('introw_locale'));
    await page.locator('#statement-5 .statement-settings .ic-settings-button').waitFor({ state: 'visible' });
  });
}

/** R8: with the banner open, the statement page scrolls, its links work and nothing covers it. */
async function noCookieWall({ browser, demo }) {
  await withContext(browser, 'en', async (context) => {
    const page = await demo.open(context, '/cookies', 'en');
    const banner = page.locator('.ic-banner');
    await banner.waitFor({ state: 'visible' });
    const state = await page.evaluate(() => {
      const main = document.querySelector('main');
      const hidden = (el) => el && (el.inert || el.closest('[inert], [aria-hidden="true"]') !== null);
      const overflow = [document.documentElement, document.body].map((el) => getComputedStyle(el).overflowY);
      const modal = document.querySelector('dialog[open]');
      return { mainHidden: hidden(main), overflow, modal: modal !== null, tall: document.documentElement.scrollHeight > innerHeight };
    });
    assert.equal(state.mainHidden, false, 'the content is neither inert nor hidden from assistive technology');
    assert.ok(!state.overflow.includes('hidden') && !state.overflow.includes('clip'), `the page may scroll (overflow ${state.overflow})`);
    assert.equal(state.modal, false, 'no modal dialog blocks the page');
    assert.ok(state.tall, 'the statement is longer than the window');
    // It scrolls: by script, then by the keyboard, as a visitor would.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => window.scrollY > 0);
    // Nothing covers the content for good: every link of the statement can be reached and takes a
    // click with the banner open (a trial click: Playwright scrolls it into view and checks that
    // nothing else would receive the click, without following the link).
    const links = page.locator('article.statement a[href]');
    const count = await links.count();
    assert.ok(count >= STATEMENT_LINKS.length, `the statement has its links (${count})`);
    for (let i = 0; i < count; i++) await links.nth(i).click({ trial: true, timeout: 30_000 });
    // Links work with the banner open: the header's link goes home and the banner is still offered.
    await page.locator('header').getByRole('link').first().click();
    await page.waitForFunction(() => !/\/cookies$/.test(location.pathname));
    await page.locator('main').waitFor({ state: 'visible' });
    await banner.waitFor({ state: 'visible' });
    // And back to the statement through the footer's link, still without deciding.
    await page.locator('footer a[href$="/cookies"]').first().click();
    await page.waitForFunction(() => /\/cookies$/.test(location.pathname));
    await page.locator('#statement-7').waitFor({ state: 'visible' });
  });
}

/** R23: the page defines no IAB TCF or GPP API, before or after a choice. */
async function noIabApis({ browser, demo }) {
  await withContext(browser, 'en', async (context) => {
    const page = await demo.open(context, '/', 'en');
    const banner = page.locator('.ic-banner');
    await banner.waitFor({ state: 'visible' });
    const apis = () =>
      page.evaluate(() => ({
        tcf: typeof window.__tcfapi,
        gpp: typeof window.__gpp,
        locators: [...document.querySelectorAll('iframe')].map((f) => f.name).filter((n) => /^__(tcfapi|gpp)Locator$/.test(n)),
      }));
    assert.deepEqual(await apis(), { tcf: 'undefined', gpp: 'undefined', locators: [] }, 'before a choice');
    await banner.getByRole('button', { name: LANGUAGES.en.accept }).click();
    await banner.waitFor({ state: 'detached' });
    assert.deepEqual(await apis(), { tcf: 'undefined', gpp: 'undefined', locators: [] }, 'after accepting all');
    await page.reload({ waitUntil: 'load' });
    await page.locator('.ic-settings-button').first().waitFor();
    assert.deepEqual(await apis(), { tcf: 'undefined', gpp: 'undefined', locators: [] }, 'after a reload with every tag running');
  });
}

/**
 * The words of `selector`'s text that the browser broke across lines mid-word (a run without
 * spaces; a break right after a hyphen is a normal line break, so hyphen-separated parts count
 * one by one), and whether the page scrolls sideways.
 */
function phoneFit(page, selector) {
  return page.evaluate((sel) => {
    const broken = [];
    for (const el of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of /** @type {Text} */ (node).data.matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          if (new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size > 1) broken.push(m[0]);
        }
      }
    }
    const doc = document.documentElement;
    return { broken: [...new Set(broken)], sideways: doc.scrollWidth > doc.clientWidth + 1, scrollWidth: doc.scrollWidth };
  }, selector);
}

/** On a 390 × 844 phone the statement reads: nothing scrolls sideways, no word of the cookie lists is broken. */
async function phoneReads({ browser, demo, lang }) {
  await withContext(
    browser,
    lang,
    async (context) => {
      const page = await demo.open(context, '/cookies', lang);
      await page.locator('.statement-table').first().waitFor({ state: 'visible' });
      const fit = await phoneFit(page, '.statement-service :is(h4, h5, p, td)');
      assert.equal(fit.sideways, false, `the page scrolls sideways (${fit.scrollWidth} px)`);
      assert.deepEqual(fit.broken, [], 'words broken mid-word in the cookie lists');
    },
    { width: 390, height: 844 },
  );
}

/**
 * Every test: `{ name, demo, run({ browser, demo }) }`.
 *
 * @param {string[]} demoNames
 */
export function statementTests(demoNames) {
  /** @type {{ name: string, demo: string, run: (ctx: { browser: import('playwright-core').Browser, demo: Awaited<ReturnType<typeof import('./demos.mjs').startDemos>>['demos'][number] }) => Promise<void> }[]} */
  const tests = [];
  for (const name of demoNames) {
    for (const lang of Object.keys(LANGUAGES)) {
      tests.push({
        name: `${name} ${lang}: the banner is a landmark named for cookies, says accept and reject in ${lang}, links the statement`,
        demo: name,
        run: ({ browser, demo }) => bannerSpeaks({ browser, demo, lang }),
      });
      tests.push({
        name: `${name} ${lang}: /cookies holds §1-7 of the statement and every vendor with description and privacy policy`,
        demo: name,
        run: ({ browser, demo }) => statementComplete({ browser, demo, lang }),
      });
    }
    for (const lang of ['en', 'de']) {
      tests.push({
        name: `${name} ${lang}: on a 390 × 844 phone /cookies scrolls no way but down and breaks no word of the cookie lists`,
        demo: name,
        run: ({ browser, demo }) => phoneReads({ browser, demo, lang }),
      });
    }
    tests.push({ name: `${name}: R8 no cookie wall (the page scrolls and works with the banner open)`, demo: name, run: noCookieWall });
    tests.push({ name: `${name}: R23 no __tcfapi or __gpp, before and after a choice`, demo: name, run: noIabApis });
  }
  return tests;
}
