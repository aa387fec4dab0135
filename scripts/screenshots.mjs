#!/usr/bin/env node
/**
 * Screenshots of the consent UI for examples/README.md: the banner in every layout (bar, corner,
 * center) and theme (light, dark) at 390 × 844 and 1280 × 800, and the preferences dialog (as it
 * opens, and with a service list open on its cookie table) in both themes at both sizes. Photographs the gallery views of the built React demo
 * (examples/react/dist/gallery.html) in Chromium, through playwright-core.
 *
 *   npx -y pnpm@12.4.2 build && npx -y pnpm@12.4.2 --filter @introw/example-react run build
 *   node scripts/screenshots.mjs            # writes examples/screenshots/*.png
 *
 * Serves the demo on 127.0.0.1 (a free port). Motion is off (prefers-reduced-motion), so every
 * picture shows the settled page.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchChromium } from '../e2e/chromium.mjs';
import { REACT_DIST, ROOT, serveStatic } from '../a11y/lib/servers.mjs';

const OUT = join(ROOT, 'examples/screenshots');
const LAYOUTS = ['bar', 'corner', 'center'];
const THEMES = ['light', 'dark'];
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

if (!existsSync(join(REACT_DIST, 'gallery.html'))) {
  console.error('examples/react/dist/gallery.html is missing: build the packages and the React demo first (see the header of this script).');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

const server = await serveStatic(REACT_DIST);
const browser = await launchChromium();
const written = [];
try {
  for (const size of SIZES) {
    const context = await browser.newContext({ viewport: size, reducedMotion: 'reduce', deviceScaleFactor: 1 });
    const page = await context.newPage();
    const shoot = async (name) => {
      const file = join(OUT, `${name}-${size.width}x${size.height}.png`);
      await page.screenshot({ path: file });
      written.push(relative(ROOT, file));
    };
    for (const theme of THEMES) {
      for (const layout of LAYOUTS) {
        await page.goto(`${server.origin}/gallery.html?layout=${layout}&theme=${theme}`);
        await page.waitForSelector('.ic-banner [data-ic-action="accept-all"]');
        await shoot(`banner-${layout}-${theme}`);
      }
      // The dialog, from the last view: as it opens (one switch on), then a service list open on a cookie table.
      await page.click('.ic-banner [data-ic-action="customize"]');
      await page.waitForSelector('dialog.ic-dialog[open]');
      await page.click('dialog.ic-dialog .ic-category:nth-of-type(2) .ic-switch');
      await shoot(`dialog-${theme}`);
      await page.$$eval('dialog.ic-dialog details', (list) => {
        for (const d of list.slice(0, 2)) /** @type {HTMLDetailsElement} */ (d).open = true;
      });
      await page.$eval('dialog.ic-dialog details[open] .ic-service', (el) => el.scrollIntoView({ block: 'start' }));
      await shoot(`dialog-cookies-${theme}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${written.length} screenshots:\n${written.map((f) => `  ${f}`).join('\n')}`);
