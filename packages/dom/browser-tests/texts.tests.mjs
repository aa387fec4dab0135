// The script-tag tests of the texts (./run.mjs): which text files a first visit loads in each
// language, what the banner says in each built-in language, and a site that sends records.
import assert from 'node:assert/strict';
import { CONFIG, threeTags } from './fixtures.mjs';

export function registerTexts(test, { server, at, cdn, openContext }) {
  test('issue 12: a site with necessary, analytics and marketing and no texts of its own gets a neutral, complete first layer in en, nl, fr and de', async () => {
    const plain = JSON.stringify({
      revision: 1,
      translations: { en: {}, nl: {}, fr: {}, de: {} },
      categories: { necessary: { required: true }, analytics: {}, marketing: {} },
      services: {
        ga: { category: 'analytics', provider: 'Google' },
        ads: { category: 'marketing', provider: 'Meta' },
      },
    });
    // What each language's banner must say: its landmark's name, its two equal choices, the purposes and the third parties.
    const expected = {
      en: ['We use cookies', 'Accept all', 'Reject all', 'measuring how the site is used and marketing', 'Google and Meta'],
      nl: ['Wij gebruiken cookies', 'Alles aanvaarden', 'Alles weigeren', 'het meten van het gebruik van de site en marketing', 'Google en Meta'],
      fr: ['Nous utilisons des cookies', 'Tout accepter', 'Tout refuser', 'mesurer l’utilisation du site et le marketing', 'Google et Meta'],
      de: ['Wir verwenden Cookies', 'Alle akzeptieren', 'Alle ablehnen', 'die Messung der Nutzung der Website und Marketing', 'Google und Meta'],
    };
    for (const [lang, [title, accept, reject, purposes, parties]] of Object.entries(expected)) {
      server.page(`/neutral-${lang}.html`, { html: threeTags(cdn, { config: plain, lang }), csp: 'nonce' });
      const { context } = await openContext();
      try {
        const page = await context.newPage();
        await page.goto(at('app', `/neutral-${lang}.html`));
        const region = page.getByRole('region', { name: title, exact: true });
        await region.waitFor();
        assert.match(title, /cookie/i, 'the landmark speaks of cookies');
        assert.equal(await region.getByRole('button', { name: accept, exact: true }).count(), 1, `${lang}: accept`);
        assert.equal(await region.getByRole('button', { name: reject, exact: true }).count(), 1, `${lang}: reject`);
        const text = await region.textContent();
        assert.ok(text?.includes(purposes), `${lang}: the purposes of the config's categories: ${text}`);
        assert.ok(text?.includes(parties), `${lang}: the third parties: ${text}`);
        assert.doesNotMatch(text ?? '', /Introw|platform|plateforme|Plattform|\{/i, `${lang}: neutral, no placeholder left`);
      } finally {
        await context.close();
      }
    }
  });

  test('R9: <html lang="nl"> gets the Dutch table (its own files only) with the site\'s overrides on top', async ({ requests }) => {
    const config = JSON.stringify({ ...CONFIG, translations: { en: {}, nl: { acceptAll: 'Alles aanvaarden' } } });
    server.page('/nl.html', { html: threeTags(cdn, { config, lang: 'nl' }), csp: 'nonce' });
    const { context } = await openContext();
    try {
      const page = await context.newPage();
      await page.goto(at('app', '/nl.html'));
      const region = page.locator('[data-ic-banner]');
      await region.waitFor();
      assert.equal(await region.getAttribute('lang'), 'nl');
      assert.equal(await region.getByRole('button', { name: 'Alles aanvaarden' }).count(), 1);
      assert.equal(await region.getByRole('button', { name: 'Alles weigeren' }).count(), 1, 'the rest from the built-in Dutch table');
      const names = requests().map((r) => r.path.split('/').pop());
      // Before the dialog: the Dutch first layer only (the page's cookie table and embed load the whole table).
      assert.ok(names.includes('consent.lang-nl-first.js') && !names.some((n) => n.startsWith('consent.lang-en')), names.join());
    } finally {
      await context.close();
    }
  });

  test("R9: a first visit loads only the first layer's texts (English's are in the main file, Dutch's a file of its own); the rest comes with the dialog", async ({
    requests,
  }) => {
    // [page language, its first-layer file, the dialog's save button, the consent cookie's purpose in its row]
    for (const [lang, first, save, consentCookie] of [
      ['en', null, 'Save choices', 'Remembers your cookie choices'],
      ['nl', 'consent.lang-nl-first.js', 'Keuzes opslaan', 'Onthoudt je cookiekeuzes'],
    ]) {
      const config = JSON.stringify({ ...CONFIG, translations: { en: {}, nl: {}, [lang]: { preferencesTitle: 'Your cookie choices' } } });
      const html = threeTags(cdn, { config, lang, hooks: false });
      server.page(`/first-layer-${lang}.html`, { html, csp: 'nonce' });
      const { context, seen } = await openContext();
      try {
        const page = await context.newPage();
        const before = requests().length;
        await page.goto(at('app', `/first-layer-${lang}.html`));
        const region = page.locator('[data-ic-banner]');
        await region.locator('[data-ic-action="accept-all"]').waitFor();
        assert.match(await region.innerText(), /Stats Ltd/, `${lang}: the whole first layer, its third party included`);
        const texts = () =>
          requests()
            .slice(before)
            .map((r) => r.path.split('/').pop())
            .filter((n) => n.startsWith('consent.lang-'));
        assert.deepEqual(texts(), first ? [first] : [], `${lang}: before the dialog`);
        await region.locator('[data-ic-action="customize"]').click();
        const prefs = page.getByRole('dialog', { name: 'Your cookie choices' });
        await prefs.waitFor();
        // Every text the dialog shows, its cookie rows (read from the config's tables) included.
        const complete = async (what) => {
          assert.equal(await prefs.getByRole('button', { name: save }).count(), 1, `${lang} ${what}: the built-in texts beyond the first layer`);
          const shown = await prefs.evaluate((el) => el.textContent);
          assert.ok(shown.includes(consentCookie) && !/undefined/.test(shown), `${lang} ${what}: ${shown}`);
        };
        await complete('first start');
        assert.ok(texts().includes(`consent.lang-${lang}.js`), texts().join());
        // A restart (stop, then init) after the dialog's code loaded: the new manager's texts are complete too.
        await page.keyboard.press('Escape');
        await prefs.waitFor({ state: 'hidden' });
        await page.evaluate(async (json) => {
          window.IntrowConsent.stop();
          await window.IntrowConsent.init(JSON.parse(json));
        }, config);
        await region.locator('[data-ic-action="customize"]').click();
        await prefs.waitFor();
        await complete('after a restart');
        assert.deepEqual(seen.violations, [], 'no CSP violation');
        assert.deepEqual(seen.errors, [], 'no uncaught error');
      } finally {
        await context.close();
      }
    }
  });

  test("R14: a site that sends records loads the whole table before the banner (a record's notice fingerprint covers the same texts whichever layer the visitor decides in)", async ({
    requests,
  }) => {
    const config = JSON.stringify({ ...CONFIG, options: { records: '/consent/records' } });
    const html = threeTags(cdn, { config, hooks: false });
    server.page('/first-layer-records.html', { html, csp: 'nonce' });
    const { context, seen } = await openContext();
    try {
      const page = await context.newPage();
      const before = requests().length;
      await page.goto(at('app', '/first-layer-records.html'));
      await page.locator('[data-ic-banner] [data-ic-action="accept-all"]').waitFor();
      const names = requests()
        .slice(before)
        .map((r) => r.path.split('/').pop());
      assert.ok(names.includes('consent.records.js') && names.includes('consent.lang-en.js'), names.join());
      assert.deepEqual(seen.violations, [], 'no CSP violation');
      assert.deepEqual(seen.errors, [], 'no uncaught error');
    } finally {
      await context.close();
    }
  });
}
