/**
 * The four demos under test, each on 127.0.0.1 and a free port: the React and Vue demos' builds
 * (examples/react/dist, examples/vue/dist) by e2e/server.mjs, the Next.js Platform by
 * `next start`, and Introw's plain HTML site (examples/static, the script-tag build of
 * @introw/consent-dom) by its own server.mjs. Each demo says how to open a page in a language:
 * the React and Vue demos take the browser's language (`locale` of the context), the Platform
 * carries it in the URL (`/nl/...`), the static site the language of its page (`<html lang>`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticSite } from '../../examples/static/server.mjs';
import { serveSpa } from '../server.mjs';
import { VENDOR_HOSTS, standInFor } from '../vendors.mjs';
import { ROOT, REACT_DIST, buildTargets, run, startNext } from '../../a11y/lib/servers.mjs';
import { waitForReact } from '../../a11y/lib/browser.mjs';

const VUE_DIST = join(ROOT, 'examples/vue/dist');

/** The script-tag build the static demo serves from /vendor/consent-dom/. */
const DOM_IIFE = join(ROOT, 'packages/dom/dist/consent.iife.js');

/** Builds what is missing: the packages, the React demo, the Next.js demo (unless `skipNext` finds one), the Vue demo, the script-tag build. */
export function buildDemos({ skipNext = false } = {}) {
  buildTargets({ skipNext });
  if (!existsSync(join(VUE_DIST, 'index.html'))) run(['pnpm', '--filter', '@introw/example-vue', 'run', 'build'], 'build Vue demo');
  if (!existsSync(DOM_IIFE)) run(['pnpm', '--filter', '@introw/consent-dom...', 'run', 'build'], 'build the script-tag build');
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
    // Its records go to an in-memory database; the pages are served as written (public/*.html).
    const plain = await startStaticSite({ port: 0, host: '127.0.0.1', database: 'memory:' });
    started.push(plain);
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
        {
          name: 'Static',
          origin: plain.origin,
          /**
           * The page at `path` in `lang`. The static site speaks the language of its page (the
           * script-tag build reads `<html lang>` first, then the browser's languages), and Introw's
           * pages are English: the page is served as a translated page would be, with
           * `<html lang="<lang>">` (the statement keeps its own `lang="en"`). Ready once the
           * script-tag build has rendered "Cookie settings" and, on /cookies, public/site.js has put
           * the statement's cookie lists in the language the consent UI picked
           * (`data-statement-language` on the article).
           */
          async open(context, path, lang) {
            const page = await context.newPage();
            await page.route(
              (url) => url.origin === plain.origin,
              async (route) => {
                if (route.request().resourceType() !== 'document') return route.fallback();
                const response = await route.fetch();
                const body = (await response.text()).replace(/<html lang="[^"]*">/, `<html lang="${lang}">`);
                return route.fulfill({ response, body });
              },
            );
            await page.goto(`${plain.origin}${path}`, { waitUntil: 'load' });
            await page.locator('.ic-settings-button').first().waitFor();
            await page.waitForFunction(() => !document.querySelector('article.statement:not([data-statement-language])'));
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
