// Chromium test of a withdrawal at scale (issue 19): 200 more services, 100 of their cookies on two
// paths and the parent domain, 200 storage keys. The sweep runs after the click returns, in chunks;
// once its `revocation` event came, every declared cookie (in every scope) and key must be gone and
// the undeclared ones must stay. No timing is asserted.
import assert from 'node:assert/strict';

/** @param {(name: string, fn: (context: import('playwright-core').BrowserContext) => Promise<void>) => void} test */
export function register(test, h) {
  const { open, until, at, names, jarWhen } = h;

  test('issue 19: withdrawal at scale (200 services, 100 cookies on / and /app host-only and on .example.test, 200 storage keys): every declared item gone, undeclared kept', async (context) => {
    const { page } = await open(context, at('app', '/app/revoke.html?reload=0&scale=200'));
    await page.click('#accept');
    await page.evaluate(() => {
      for (let i = 0; i < 100; i++) {
        const name = i % 2 ? `svc${i}_s_${i}` : `svc${i}_id`;
        const scope = ['Path=/', 'Path=/app', 'Path=/; Domain=example.test'][i % 3];
        document.cookie = `${name}=1; ${scope}`;
      }
      document.cookie = 'site_pref=1; Path=/';
      document.cookie = 'svc1_idx=1; Path=/app'; // an exact name is never a prefix
      document.cookie = 'svc2_s=1; Path=/; Domain=example.test'; // the pattern is ^svc2_s_
      for (let i = 0; i < 200; i++) localStorage.setItem(`svc${i}_key`, '1');
      localStorage.setItem('site_draft', '1');
    });
    const declared = (c) => /^svc\d+_(id|s_\d+)$/.test(c.name);
    const before = await jarWhen(context, (jar) => jar.filter(declared).length === 100);
    assert.equal(before.filter(declared).length, 100, `setup: ${names(before)}`);
    assert.deepEqual([...new Set(before.filter(declared).map((c) => `${c.domain}${c.path}`))].sort(), [
      '.example.test/',
      'app.example.test/',
      'app.example.test/app',
    ]);

    await page.click('#reject');
    await until(page, () => window.__events.revocation.length === 1);
    const jar = await jarWhen(context, (j) => !j.some(declared));
    assert.deepEqual(
      jar.filter(declared).map((c) => `${c.name}@${c.domain}${c.path}`),
      [],
      'every declared cookie gone',
    );
    assert.deepEqual(
      jar
        .filter((c) => ['site_pref', 'svc1_idx', 'svc2_s'].includes(c.name))
        .map((c) => c.name)
        .sort(),
      ['site_pref', 'svc1_idx', 'svc2_s'],
      'undeclared cookies kept',
    );
    assert.ok(
      jar.some((c) => c.name === 'introw_consent'),
      'consent cookie kept',
    );
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(
      keys.filter((k) => /^svc\d+_key$/.test(k)),
      [],
      'every declared storage key gone',
    );
    assert.ok(keys.includes('site_draft'), 'undeclared storage key kept');
    const [event] = await page.evaluate(() => window.__events.revocation);
    assert.equal(event.deletedCookies.length, 100, JSON.stringify(event.notRemovable.slice(0, 5)));
    assert.equal(event.deletedStorageKeys.filter((k) => /^svc\d+_key$/.test(k)).length, 200);
    assert.deepEqual(
      event.notRemovable.filter((n) => n.reason === 'still-present'),
      [],
    );
  });
}
