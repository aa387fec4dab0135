/**
 * The three demos under test, each on 127.0.0.1 and a free port: the React and Vue demos' builds
 * (examples/react/dist, examples/vue/dist) by e2e/server.mjs, and the Next.js Platform by
 * `next start`. Each demo says how to open a page in a language: the React and Vue demos take
 * the browser's language (`locale` of the context), the Platform carries it in the URL (`/nl/...`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveSpa } from '../server.mjs';
import { VENDOR_HOSTS, standInFor } from '../vendors.mjs';
import { ROOT, REACT_DIST, buildTargets, run, startNext } from '../../a11y/lib/servers.mjs';
import { waitForReact } from '../../a11y/lib/browser.mjs';

const VUE_DIST = join(ROOT, 'examples/vue/dist');

/** Builds what is missing: the packages, the React demo, the Next.js demo (unless `skipNext` finds one), the Vue demo. */
export function buildDemos({ skipNext = false } = {}) {
  buildTargets({ skipNext });
  if (!existsSync(join(VUE_DIST, 'index.html'))) run(['pnpm', '--filter', '@introw/example-vue', 'run', 'build'], 'build Vue demo');
}

/**
 * Starts every demo.
 *
 * @returns {Promise<{ demos: Array<{ name: string, origin: string, open(context, path: string, lang: string): Promise<import('playwright-core').Page> }>, close(): Promise<void> }>}
 */
export async function startDemos() {
  const started = [];
  try {
    const react = await serveSpa(REACT_DIST);
    started.push(react);
    const vue = await serveSpa(VUE_DIST);
    started.push(vue);
    const next = await startNext('start', { env: { INTROW_SESSION_SECONDS: '3600' } });
    started.push(next);
    const spa = (name, origin) => ({
      name,
      origin,
      /** The page at `path`, in the browser's language (the context's locale). */
      async open(context, path) {
        const page = await context.newPage();
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        await page.locator('.ic-settings-button').first().waitFor();
        return page;
      },
    });
    return {
      demos: [
        spa('React', react.origin),
        spa('Vue', vue.origin),
        {
          name: 'Next',
          origin: next.origin,
          /** The page at `/<lang><path>`, hydrated. */
          async open(context, path, lang) {
            const page = await context.newPage();
            await page.goto(`${next.origin}/${lang}${path === '/' ? '' : path}`, { waitUntil: 'load' });
            await waitForReact(page, '.ic-settings-button');
            return page;
          },
        },
      ],
      async close() {
        for (const server of started.reverse()) await server.close();
      },
    };
  } catch (error) {
    for (const server of started.reverse()) await server.close();
    throw error;
  }
}

/**
 * A fresh context (empty cookie jar) in a language: the demos' own hosts pass, the vendor hosts
 * are answered by the stand-ins of e2e/vendors.mjs, every other request is refused (no internet).
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} locale - e.g. `nl-BE`.
 * @param {{ width: number, height: number }} [viewport]
 */
export async function newContext(browser, locale, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ locale, viewport });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    const standIn = VENDOR_HOSTS.includes(url.hostname) ? standInFor(url) : null;
    if (standIn) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: standIn.body });
    return route.abort('blockedbyclient');
  });
  return context;
}
