import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { splitStylesheet } from '../../scripts/split-css.mjs';

const coreDir = dirname(createRequire(import.meta.url).resolve('@introw/consent-core/package.json'));
const css = readFileSync(join(coreDir, 'styles.css'), 'utf8');
const parts: Record<string, string> = splitStylesheet(css);
/** Every rule as `<at-rule params> selector { declarations }`, in order. */
const rules = (text: string): string[] => {
  const out: string[] = [];
  postcss.parse(text).walkRules((rule) => {
    const at = rule.parent?.type === 'atrule' ? `@${(rule.parent as postcss.AtRule).params} ` : '';
    out.push(`${at}${rule.selector} { ${rule.nodes.map(String).join('; ')} }`);
  });
  return out;
};

describe('the script-tag build splits the stylesheet by when a page needs it (scripts/split-css.mjs)', () => {
  it('keeps every rule of the stylesheet React and Vue use, each in exactly one file', () => {
    const all = Object.values(parts).flatMap(rules);
    expect(all.sort()).toEqual(rules(css).sort());
  });

  it('leaves out of consent.css what only the dialog and the embeds show (the service lists, the switches, the tables)', () => {
    const first = rules(parts.first!).join('\n');
    for (const hook of ['.ic-services', '.ic-switch', '.ic-table', '.ic-dialog-body', '.ic-embed-']) {
      expect(first.split('\n').filter((r) => r.includes(hook) && !r.includes('.ic-banner'))).toEqual([]);
    }
    expect(rules(parts.dialog!).some((r) => r.startsWith('.ic-services summary'))).toBe(true);
  });

  it('keeps in consent.css the banner and the "Cookie settings" control', () => {
    const first = rules(parts.first!);
    for (const selector of ['.ic-banner', '.ic-button', '.ic-button-link', '.ic-status']) {
      expect(first.some((r) => r.split(' {')[0]!.split(',').includes(selector))).toBe(true);
    }
  });
});
