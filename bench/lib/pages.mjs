// Builds the static pages of the runtime benchmark into bench/.out/pages/<variant>/ and serves them
// on 127.0.0.1. Every page has the same visible content and the same five gated vendor scripts.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import * as esbuild from 'esbuild';
import { BENCH_DIR, DIST, OUT_DIR, findStylesheet } from './common.mjs';
import { CATEGORIES, VENDORS } from '../pages/src/site.js';

const SRC = join(BENCH_DIR, 'pages/src');
const PEERS = join(BENCH_DIR, 'node_modules');
export const PAGES_DIR = join(OUT_DIR, 'pages');

/** Page bundles read React from window.__R (react-vendor.js), so React's own evaluation is a separate script. */
const reactFromWindow = {
  name: 'react-from-window',
  setup(build) {
    build.onResolve({ filter: /^(react|react-dom|react-dom\/client|react\/jsx-runtime)$/ }, (args) => ({ path: args.path, namespace: 'react-global' }));
    build.onLoad({ filter: /.*/, namespace: 'react-global' }, (args) => ({
      contents: `module.exports = window.__R[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

const ourDist = {
  name: 'introw-dist',
  setup(build) {
    const map = { '@introw/consent-core': DIST.core, '@introw/consent-react': DIST.react };
    build.onResolve({ filter: /^@introw\/consent-(core|react)$/ }, (args) => ({ path: map[args.path] }));
  },
};

export async function bundle(entry, outfile, { shimReact = false } = {}) {
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: !process.env.BENCH_NO_MINIFY,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: shimReact ? [reactFromWindow, ourDist] : [ourDist],
    logLevel: 'silent',
  });
}

const PARAGRAPHS = [
  'Introw helps partner teams share content, track engagement and close deals together. This page is a stand-in for a typical marketing page: a heading, a few paragraphs and the tags a marketing team adds.',
  'The consent banner is the only dynamic part of the page. Everything measured here, the time until it shows, the scripts it runs, the layout it shifts and the work it does after a click, is caused by the consent library under test.',
  'Each page loads the same five vendor scripts behind consent: HubSpot, Google Analytics, Hotjar, Segment and Google Ads. The vendor hosts are answered locally by small stand-ins that record when they ran.',
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer nec odio. Praesent libero. Sed cursus ante dapibus diam. Sed nisi. Nulla quis sem at nibh elementum imperdiet. Duis sagittis ipsum.',
  'Praesent mauris. Fusce nec tellus sed augue semper porta. Mauris massa. Vestibulum lacinia arcu eget nulla. Class aptent taciti sociosqu ad litora torquent per conubia nostra, per inceptos himenaeos.',
  'Curabitur sodales ligula in libero. Sed dignissim lacinia nunc. Curabitur tortor. Pellentesque nibh. Aenean quam. In scelerisque sem at dolor. Maecenas mattis. Sed convallis tristique sem.',
  'Proin ut ligula vel nunc egestas porttitor. Morbi lectus risus, iaculis vel, suscipit quis, luctus non, massa. Fusce ac turpis quis ligula lacinia aliquet. Mauris ipsum. Nulla metus metus, ullamcorper vel.',
  'Quisque volutpat condimentum velit. Class aptent taciti sociosqu ad litora torquent per conubia nostra, per inceptos himenaeos. Nam nec ante. Sed lacinia, urna non tincidunt mattis, tortor neque adipiscing diam.',
];

const gatedMarkup = {
  // core and vanilla-cookieconsent read the same convention.
  standard: VENDORS.map((v) => `<script type="text/plain" data-category="${v.category}" data-service="${v.id}" src="${v.src}"></script>`).join('\n'),
  klaro: VENDORS.map((v) => `<script type="text/plain" data-type="text/javascript" data-name="${v.id}" data-src="${v.src}"></script>`).join('\n'),
  // c15t declares its scripts in its options.
  none: '',
};

export function html({ title, css = [], scripts, gated, extra = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font:16px/1.6 system-ui,sans-serif;margin:0 auto;max-width:44rem;padding:2rem 1.5rem;color:#222}h1{font-size:2rem;line-height:1.2}</style>
${css.map((c) => `<link rel="stylesheet" href="${c}">`).join('\n')}
${scripts.map((s) => `<script defer src="${s}"></script>`).join('\n')}
</head>
<body>
<main>
<h1>Partner marketing, measured</h1>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</main>
<div id="consent-root"></div>
${gatedMarkup[gated] ?? ''}
${extra}
</body>
</html>
`;
}

/**
 * The runtime variants. `banner` finds the banner element; `accept` its "Accept all" button;
 * `reference` pages gate nothing (their click is measured without vendor scripts).
 */
export const VARIANTS = {
  'introw-react': { label: '@introw/consent-react (core + React banner)', ours: true, banner: '[data-ic-banner]', accept: '[data-ic-action="accept-all"]' },
  'introw-core': { label: '@introw/consent-core (+ minimal DOM banner)', ours: true, banner: '[data-ic-banner]', accept: '[data-ic-action="accept-all"]' },
  'react-baseline': {
    label: 'reference: React rendering the banner markup, no consent logic',
    reference: true,
    banner: '[data-ic-banner]',
    accept: '[data-ic-action="accept-all"]',
  },
  'introw-static': {
    label: '@introw/consent-dom script-tag build (consent.iife.js + consent.css + a JSON config, no bundler)',
    ours: true,
    banner: '[data-ic-banner]',
    accept: '[data-ic-action="accept-all"]',
  },
  control: {
    label:
      'control, no library: one cookie read, a plain banner div (our stylesheet); "Accept all" writes a cookie, removes the div and turns the five gated tags into scripts',
    banner: '[data-ic-banner]',
    accept: '[data-ic-action="accept-all"]',
  },
  'vanilla-cookieconsent': { label: 'vanilla-cookieconsent', banner: '#cc-main .cm', accept: '#cc-main .cm [data-role="all"]' },
  'osano-cookieconsent': {
    label: 'Osano cookieconsent (opt-in mode; the page activates the tags in onStatusChange)',
    banner: '.cc-window:not(.cc-invisible)',
    accept: '.cc-window .cc-allow',
  },
  klaro: { label: 'klaro', banner: '.klaro .cookie-notice:not(.cookie-notice-hidden)', accept: '.klaro .cookie-notice .cm-btn-success' },
  'c15t-react': {
    label: '@c15t/react (offline mode)',
    banner:
      '[data-testid="consent-banner-root"], [data-c15t-banner], .c15t-consent-banner, [role="dialog"][aria-label*="onsent"], [aria-describedby*="banner"]',
    accept: 'button[data-testid="consent-banner-accept-button"]',
  },
};

/** Builds every page that can be built; returns { built: string[], skipped: {variant: reason} }. */
export async function buildPages({ only } = {}) {
  rmSync(PAGES_DIR, { recursive: true, force: true });
  mkdirSync(PAGES_DIR, { recursive: true });
  const shared = join(PAGES_DIR, 'shared');
  mkdirSync(shared);
  await bundle(join(SRC, 'react-vendor.js'), join(shared, 'react-vendor.js'));
  const ourCss = findStylesheet();
  if (ourCss) copyFileSync(ourCss, join(shared, 'introw.css'));
  copyFileSync(join(SRC, 'fallback-banner.css'), join(shared, 'fallback-banner.css'));
  copyFileSync(join(PEERS, 'vanilla-cookieconsent/dist/cookieconsent.css'), join(shared, 'cookieconsent.css'));
  copyFileSync(join(PEERS, 'klaro/dist/klaro.min.css'), join(shared, 'klaro.css'));
  const c15tCss = await esbuild.build({
    entryPoints: [join(PEERS, '@c15t/react/dist/styles.css')],
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'silent',
    outdir: 'x',
  });
  writeFileSync(join(shared, 'c15t.css'), c15tCss.outputFiles[0].contents);

  const built = [];
  const skipped = {};
  const notes = {};
  const want = (v) => !only || only.includes(v);
  const make = async (variant, { entry, shimReact, css, gated, react }) => {
    if (!want(variant)) return;
    try {
      const dir = join(PAGES_DIR, variant);
      mkdirSync(dir);
      await bundle(join(SRC, entry), join(dir, 'app.js'), { shimReact });
      const scripts = react ? ['../shared/react-vendor.js', 'app.js'] : ['app.js'];
      writeFileSync(join(dir, 'index.html'), html({ title: variant, css, scripts, gated }));
      built.push(variant);
    } catch (error) {
      skipped[variant] = (error.errors?.[0]?.text ?? error.message).split('\n')[0];
    }
  };
  const introwCss = ourCss ? ['../shared/introw.css'] : ['../shared/fallback-banner.css'];
  if (!ourCss) notes.css = 'No stylesheet in packages yet: our banner is styled by bench/pages/src/fallback-banner.css (a fixed bottom banner).';
  if (existsSync(DIST.react)) await make('introw-react', { entry: 'introw-react.jsx', shimReact: true, react: true, css: introwCss, gated: 'standard' });
  else if (want('introw-react')) skipped['introw-react'] = 'packages/react/dist not built';
  await make('react-baseline', { entry: 'react-baseline.jsx', shimReact: true, react: true, css: introwCss, gated: 'none' });
  if (existsSync(DIST.core)) await make('introw-core', { entry: 'introw-core.js', css: introwCss, gated: 'standard' });
  else if (want('introw-core')) skipped['introw-core'] = 'packages/core/dist not built';
  await makeStatic(want, built, skipped);
  await make('control', { entry: 'control.js', css: introwCss, gated: 'standard' });
  await make('vanilla-cookieconsent', { entry: 'vanilla-cookieconsent.js', css: ['../shared/cookieconsent.css'], gated: 'standard' });
  copyFileSync(join(PEERS, 'cookieconsent/build/cookieconsent.min.css'), join(shared, 'osano-cookieconsent.css'));
  await make('osano-cookieconsent', { entry: 'osano-cookieconsent.js', css: ['../shared/osano-cookieconsent.css'], gated: 'standard' });
  await make('klaro', { entry: 'klaro.js', css: ['../shared/klaro.css'], gated: 'klaro' });
  await make('c15t-react', { entry: 'c15t-react.jsx', shimReact: true, react: true, css: ['../shared/c15t.css'], gated: 'none' });
  return { built, skipped, notes };
}

/** The bench site in the script-tag build's JSON form: the same categories, services and English texts. */
export const STATIC_CONFIG = {
  revision: 1,
  siteName: 'Example',
  categories: Object.fromEntries(CATEGORIES.map((id) => [id, id === 'necessary' ? { required: true } : {}])),
  services: Object.fromEntries(
    VENDORS.map((v) => [v.id, { category: v.category, name: v.name, cookies: [{ name: v.cookie, duration: { days: 365 }, purpose: 'Measurement' }] }]),
  ),
};

/**
 * The `introw-static` page: the three tags of the quick start for plain sites (the stylesheet, the
 * script and the JSON config), the build served from the page's folder as from a CDN path. Its
 * app.js is only the `app-start` mark (as every page's first statement).
 */
async function makeStatic(want, built, skipped) {
  if (!want('introw-static')) return;
  const dist = join(BENCH_DIR, '../packages/dom/dist');
  if (!existsSync(join(dist, 'consent.iife.js'))) {
    skipped['introw-static'] = 'packages/dom/dist not built';
    return;
  }
  const dir = join(PAGES_DIR, 'introw-static');
  mkdirSync(join(dir, 'cdn'), { recursive: true });
  for (const file of readdirSync(dist).filter((f) => /^consent\..*\.(js|css)$/.test(f))) copyFileSync(join(dist, file), join(dir, 'cdn', file));
  await bundle(join(SRC, 'mark.js'), join(dir, 'app.js'));
  const config = `<script type="application/json" id="introw-consent-config">${JSON.stringify(STATIC_CONFIG)}</script>`;
  writeFileSync(
    join(dir, 'index.html'),
    html({ title: 'introw-static', css: ['cdn/consent.css'], scripts: ['app.js', 'cdn/consent.iife.js'], gated: 'standard', extra: config }),
  );
  built.push('introw-static');
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.gif': 'image/gif' };

/** Serves `root` on 127.0.0.1 (a free port). Returns { origin, close() }. */
export async function serve(root = PAGES_DIR) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}
