// What the script-tag tests share: the site config, the three-tag page and locators.

/** A small site config in the JSON form (cookie and storage-key patterns as strings). */
export const CONFIG = {
  revision: 1,
  siteName: 'Example',
  privacyContact: 'privacy@example.test',
  categories: { necessary: { required: true }, analytics: {}, advertising: {} },
  services: {
    stats: {
      category: 'analytics',
      name: 'Stats',
      provider: 'Stats Ltd',
      cookies: [{ pattern: '^_st_', label: '_st_<id>', duration: { days: 30 }, purpose: 'Counts visits' }],
      storageKeys: [{ pattern: '^st_' }],
    },
    video: { category: 'advertising', name: 'Video host', cookies: [{ name: 'vid', duration: { days: 180 }, purpose: 'Plays videos', thirdParty: true }] },
  },
};

/**
 * The page: the three tags in <head>, a gated tag, an embed, a cookie table and a footer opener;
 * with `hooks: false`, no embed and no cookie table (a page whose dialog alone loads more code).
 */
export function threeTags(
  cdn,
  { config = JSON.stringify(CONFIG), lang = 'en', scripts = `<script defer src="${cdn}/consent.iife.js" nonce="{{NONCE}}"></script>`, hooks = true } = {},
) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>A plain page</title>
<link rel="stylesheet" href="${cdn}/consent.css" nonce="{{NONCE}}">
${scripts}
<script type="application/json" id="introw-consent-config">${config}</script>
<script type="text/plain" data-category="analytics" data-service="stats" src="/js/log.js?v=stats" nonce="{{NONCE}}"></script>
</head>
<body>
<main>
  <h1>A plain page</h1>
${
  hooks
    ? `  <iframe data-src="/frame.html" data-category="advertising" data-service="video" title="Product video" width="320" height="180"></iframe>
  <div data-ic-declaration data-ic-caption="Cookies on this page"></div>`
    : ''
}
</main>
<footer><button data-ic-open-preferences></button></footer>
</body>
</html>`;
}

export const banner = (page) => page.getByRole('region', { name: 'We use cookies', exact: true });
export const dialog = (page) => page.getByRole('dialog', { name: 'Cookie settings' });
export const footerSettings = (page) => page.locator('footer').getByRole('button', { name: 'Cookie settings', exact: true });
export const log = (page) => page.evaluate(() => window.__log ?? []);

/** Polls `check` (a condition, in this process) until it returns a value; fails after 60 s on a hang. */
export async function eventually(check, what) {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    const value = check();
    if (value) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}
