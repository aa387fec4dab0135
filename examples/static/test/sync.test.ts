// The static pages carry Introw's config as JSON, its Consent Mode default, its vendor tags and (on
// /cookies) its cookie statement, written by sync-config.mjs from examples/introw-config: this
// fails when they drifted apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATEMENT_LANGUAGES } from '../statement-html.mjs';
import { CONFIG_JSON, PAGES, fill, sections } from '../sync-config.mjs';

const page = (name: string): string => readFileSync(PAGES.find((p: string) => p.endsWith(name))!, 'utf8');
/** The `data-service` ids of the lists of services in `html`, list by list. */
const serviceIds = (html: string): string[][] =>
  (html.match(/<div class="statement-services"[^>]*>[\s\S]*?<\/div>/g) ?? []).map((list) => Array.from(list.matchAll(/data-service="([^"]*)"/g), (m) => m[1]!));

describe('the static pages and Introw config', () => {
  it('every page has what sync-config.mjs writes (run `node examples/static/sync-config.mjs` after changing the config)', async () => {
    const { parts } = await sections();
    for (const file of PAGES) expect(readFileSync(file, 'utf8'), file).toBe(fill(readFileSync(file, 'utf8'), parts));
  });

  it('the JSON in the pages is consent-config.json, and leaves out only the HubSpot opt-out hook (public/site.js does it)', async () => {
    const { json, dropped } = await sections();
    const { $schema, ...file } = JSON.parse(readFileSync(CONFIG_JSON, 'utf8'));
    expect($schema).toBe('../../packages/dom/consent-config.schema.json');
    expect(file).toEqual(json);
    expect(dropped).toEqual(['services.hubspot.onRevoke']);
    const home = readFileSync(PAGES.find((p: string) => p.endsWith('index.html'))!, 'utf8');
    const inline = /<script type="application\/json" id="introw-consent-config">\n([\s\S]*?)\n<\/script>/.exec(home)![1]!;
    expect(JSON.parse(inline)).toEqual(json);
    expect(readFileSync(new URL('../public/site.js', import.meta.url), 'utf8')).toContain("window._hsq.push(['doNotTrack'])");
  });

  it('a page is the three tags of the quick start plus the optional Consent Mode default: one <link>, one <script src>, the JSON', () => {
    for (const file of PAGES.filter((p: string) => !p.endsWith('404.html'))) {
      const html = readFileSync(file, 'utf8');
      expect(html.match(/<link rel="stylesheet" href="\/vendor\/consent-dom\/consent\.css">/g), file).toHaveLength(1);
      expect(html.match(/<script defer src="\/vendor\/consent-dom\/consent\.iife\.js"><\/script>/g), file).toHaveLength(1);
      expect(html.match(/id="introw-consent-config"/g), file).toHaveLength(1);
    }
  });

  it('/cookies holds the whole statement between its markers, once, with §5\'s "Cookie settings" control and the vendor links', () => {
    const html = page('cookies.html');
    const start = html.indexOf('<!-- introw:statement -->');
    const end = html.indexOf('<!-- /introw:statement -->');
    expect(start).toBeGreaterThan(html.indexOf('<main'));
    expect(end).toBeLessThan(html.indexOf('</main>'));
    const part = html.slice(start, end);
    expect(part.match(/<article class="statement" lang="en">/g)).toHaveLength(1);
    for (const number of ['1', '2', '3', '4', '4-1', '4-2', '4-3', '4-4', '5', '6', '7']) expect(part).toContain(`<section id="statement-${number}">`);
    expect(part).toMatch(/<section id="statement-5">[\s\S]*<p class="statement-settings"><button data-ic-open-preferences><\/button><\/p>/);
    for (const href of [
      'http://www.aboutcookies.org/',
      'mailto:contact@apd-gba.be',
      'https://legal.hubspot.com/privacy-policy',
      'https://www.hotjar.com/legal/policies/privacy/',
    ]) {
      expect(part).toContain(`href="${href}"`);
    }
    expect(part).toContain('data-platform-only=""');
    expect(part).toContain('data-addition=""');
    // No other page carries it.
    for (const file of PAGES.filter((p: string) => !p.endsWith('cookies.html'))) expect(readFileSync(file, 'utf8')).not.toContain('class="statement');
  });

  it('each other language has a template with its note and lists of the same services in the same order (what public/site.js swaps in)', () => {
    const html = page('cookies.html');
    const article = html.slice(html.indexOf('<article class="statement"'), html.indexOf('</article>'));
    const english = serviceIds(article);
    expect(english.length).toBeGreaterThanOrEqual(5);
    expect(english.flat()).toContain('hotjar');
    const templates = Array.from(html.matchAll(/<template data-statement-language="(\w+)">\n([\s\S]*?)\n<\/template>/g));
    expect(templates.map((m) => m[1])).toEqual(STATEMENT_LANGUAGES.slice(1));
    for (const [, language, body] of templates) {
      expect(serviceIds(body!), language).toEqual(english);
      expect(body!.match(/<div class="statement-services" lang="(\w+)">/g)?.every((tag) => tag.includes(`lang="${language}"`))).toBe(true);
      expect(body).toMatch(new RegExp(`^<p class="statement-note" lang="${language}">`));
      // Only the generated parts: none of the statement's own (English) words.
      expect(body).not.toContain('<h2>');
    }
    // The page's own lists are in English, and the script that swaps them is there.
    expect(article.match(/<div class="statement-services" lang="(\w+)">/g)?.every((tag) => tag.includes('lang="en"'))).toBe(true);
    expect(readFileSync(new URL('../public/site.js', import.meta.url), 'utf8')).toContain('template[data-statement-language=');
  });
});
