// Core's published build (dist/, no bundler, no `process` shim) as plain ES modules in a browser:
// a <script type="module"> with an import map. Development-only guards read `process.env.NODE_ENV`
// only when `process` exists, so nothing throws where there is none.
import assert from 'node:assert/strict';

/** @param {(name: string, fn: (context: import('playwright-core').BrowserContext) => Promise<void>) => void} test */
export function register(test, h) {
  const { open, until, log, at } = h;

  test('plain ES modules: dist/index.js loads through an import map with no process global, decides, gates and pushes Consent Mode', async (context) => {
    const { page, seen } = await open(context, at('app', '/esm.html'));
    assert.equal(await page.evaluate(() => typeof process), 'undefined', 'a browser without a process global');
    assert.match(String(await page.evaluate(() => window.__text)), /^We use cookies that this site needs to work\. With your consent/);
    assert.equal(await page.evaluate(() => window.__embed), false);
    assert.equal(await page.evaluate(() => window.consent.getUiState().bannerVisible), true);
    assert.deepEqual((await log(page)) ?? [], [], 'nothing gated before a decision');
    await page.evaluate(() => window.consent.acceptAll());
    await until(page, () => (window.__log || []).includes('analytics'));
    const dataLayer = await page.evaluate(() => window.dataLayer.map((e) => Array.from(e).slice(0, 2).join(' ')));
    assert.deepEqual(dataLayer, ['consent default', 'consent update']);
    assert.ok(h.requested('/pkg/browser/gating.js').length === 1, 'the on-demand gating module came from the published dist');
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(
      seen.console.filter((line) => line.startsWith('error')),
      [],
    );
  });
}
