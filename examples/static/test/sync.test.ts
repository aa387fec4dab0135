// The static pages carry Introw's config as JSON, its Consent Mode default and its vendor tags,
// written by sync-config.mjs from examples/introw-config: this fails when they drifted apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_JSON, PAGES, fill, sections } from '../sync-config.mjs';

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
});
