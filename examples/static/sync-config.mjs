#!/usr/bin/env node
// Keeps the static pages in step with Introw's config (examples/introw-config/src/index.ts) and
// vendor tags (examples/introw-config/vendor-tags.html), the ones the React and Vue demos use.
// It writes, between marker comments in every page of public/:
//   - the Consent Mode default for <head> (core's consentModeHeadSnippet),
//   - the JSON config (consent-json.mjs), also kept as consent-config.json next to this file,
//   - the inert vendor tags,
//   - on /cookies, Introw's whole cookie statement from the demos' shared source (statement-html.mjs).
// The pages stay plain HTML (no build step); this only runs when the config changes.
//
//   node examples/static/sync-config.mjs           rewrite the pages
//   node examples/static/sync-config.mjs --check   exit 1 when a page is out of date
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { consentModeHeadSnippet, de, en, fr, nl } from '@introw/consent-core';
import { scriptJson, toScriptConfig } from './consent-json.mjs';
import { statementHtml } from './statement-html.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const configDir = join(here, '../introw-config');

/**
 * Introw's config and its cookie statement (TypeScript modules of examples/introw-config), bundled
 * for Node into a temporary file and imported.
 */
async function loadIntrowConfig() {
  const dir = mkdtempSync(join(tmpdir(), 'introw-config-'));
  try {
    const outfile = join(dir, 'config.mjs');
    const contents = "export { introwConfig } from './src/index.ts';\nexport { cookieStatement, statementToHtml } from './src/statement/index.ts';\n";
    await esbuild.build({
      stdin: { contents, resolveDir: configDir, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What goes between each pair of markers, from the config. */
export async function sections() {
  const { introwConfig: config, ...statement } = await loadIntrowConfig();
  const { json, dropped } = toScriptConfig(config, {
    builtIns: { en, nl, fr, de },
    // Every decision goes to the records service that server.mjs mounts under /consent (R14).
    options: { records: '/consent/records' },
  });
  const vendorTags = readFileSync(join(configDir, 'vendor-tags.html'), 'utf8').trim();
  return {
    json,
    dropped,
    parts: {
      'consent-mode-default': `<script>${consentModeHeadSnippet(config)}</script>`,
      'consent-config': `<script type="application/json" id="introw-consent-config">\n${scriptJson(json)}\n</script>`,
      'vendor-tags': vendorTags.replace(/^ {4}/gm, ''),
      statement: statementHtml(statement),
    },
  };
}

/** `html` with the text between `<!-- introw:NAME -->` and `<!-- /introw:NAME -->` replaced. */
export function fill(html, parts) {
  let out = html;
  for (const [name, content] of Object.entries(parts)) {
    const open = `<!-- introw:${name} -->`;
    const close = `<!-- /introw:${name} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) continue;
    out = `${out.slice(0, start + open.length)}\n${content}\n${out.slice(end)}`;
  }
  return out;
}

export const PAGES = readdirSync(join(here, 'public'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => join(here, 'public', f));
export const CONFIG_JSON = join(here, 'consent-config.json');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const check = process.argv.includes('--check');
  const { json, dropped, parts } = await sections();
  const files = [
    ...PAGES.map((file) => [file, fill(readFileSync(file, 'utf8'), parts)]),
    [CONFIG_JSON, `${JSON.stringify({ $schema: '../../packages/dom/consent-config.schema.json', ...json }, null, 2)}\n`],
  ];
  const stale = files.filter(([file, text]) => {
    let now = '';
    try {
      now = readFileSync(file, 'utf8');
    } catch {
      // a new file
    }
    return now !== text;
  });
  if (check) {
    if (stale.length) {
      console.error(`out of date (run node examples/static/sync-config.mjs): ${stale.map(([f]) => f).join(', ')}`);
      process.exit(1);
    }
    console.log('the static pages match Introw config');
  } else {
    for (const [file, text] of stale) writeFileSync(file, text);
    console.log(`${stale.length} file(s) written; in JavaScript only, so done by public/site.js: ${dropped.join(', ') || 'nothing'}`);
  }
}
