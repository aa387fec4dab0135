import type { ConsentConfig, LocalizedText } from '../config/types';
import type { ConsentTexts } from './texts';
import { warnOnce } from '../dev/warnOnce';
import { ownValue } from '../config/own';

const normalizeTag = (tag: string): string => tag.trim().replace(/_/g, '-').toLowerCase();
const primary = (tag: string): string => tag.split('-')[0]!;

/**
 * Chooses the language to show from the languages a site ships. Candidates are tried in
 * order (explicit option, `<html lang>`, `navigator.languages`, then the default): first an
 * exact tag match, then the primary subtag (`en-GB` -> `en`); case-insensitive, `_` read as `-`.
 * Server and browser call it with the same inputs, so they choose alike.
 *
 * @param available - Language tags with texts, e.g. `['en', 'nl', 'fr']`.
 * @param candidates - Preferred tags, most preferred first; empty and invalid entries are skipped.
 * @param fallback - Used when nothing matches (then `available[0]`).
 * @returns One of `available`, as written there.
 * @example
 * ```ts
 * resolveLanguage(['en', 'nl', 'fr'], ['nl_BE', 'en']); // 'nl'
 * ```
 * @remarks R9: docs/rules.md (texts in the site's languages).
 */
export function resolveLanguage(available: readonly string[], candidates: readonly (string | null | undefined)[], fallback?: string): string {
  const tags = available.map(normalizeTag);
  const find = (tag: string): string | undefined => available[tags.indexOf(tag)];
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || !candidate.trim()) continue;
    const tag = normalizeTag(candidate);
    const hit = find(tag) ?? find(primary(tag));
    if (hit !== undefined) return hit;
  }
  return (fallback !== undefined ? find(normalizeTag(fallback)) : undefined) ?? available[0] ?? 'en';
}

/**
 * Reads a `LocalizedText` in a language: the exact tag, then its primary subtag, then the
 * fallback language, then the first entry. Plain strings are returned as they are.
 *
 * @param text - A string, or `{ en: '...', nl: '...' }`.
 * @param language - BCP 47 tag, e.g. `nl-BE`.
 * @param fallback - Language tag tried after `language`. Default `en`.
 * @example
 * ```ts
 * localize({ en: 'Visitor id', nl: 'Bezoekers-id' }, 'nl-BE'); // 'Bezoekers-id'
 * ```
 * @remarks R9: docs/rules.md.
 */
export function localize(text: LocalizedText | undefined, language: string, fallback = 'en'): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const lower: Record<string, string> = Object.create(null);
  for (const k of Object.keys(text)) lower[normalizeTag(k)] = text[k]!;
  const tag = normalizeTag(language);
  return lower[tag] ?? lower[primary(tag)] ?? lower[normalizeTag(fallback)] ?? Object.values(text)[0];
}

/** The languages a config ships texts for (`translations` keys; `['en']` when none are given). */
export function availableLanguages(config: ConsentConfig): string[] {
  const keys = Object.keys(config.translations ?? {});
  return keys.length ? keys : ['en'];
}

/**
 * The full text table for a language: the site's table for that language, filled from the
 * default language's table, then from the English table when the site ships it
 * (`translations: { en, nl }`). Core bundles no texts of its own: without any `translations`
 * every text is its key name (e.g. `acceptAll`), with a development warning.
 *
 * @param config - The site config; its `translations` and `defaultLanguage` are read.
 * @param language - One of the `translations` keys, e.g. from {@link resolveLanguage}.
 * @returns A new table (do not mutate it).
 * @example
 * ```ts
 * import { en, nl } from '@introw/consent-core';
 * resolveTexts(defineConsentConfig({ ...config, translations: { en, nl } }), 'nl').acceptAll; // 'Alles aanvaarden'
 * ```
 * @remarks R9: docs/rules.md (texts in the site's languages).
 */
export function resolveTexts(config: ConsentConfig, language: string): ConsentTexts {
  const tables = config.translations ?? {};
  if (!Object.keys(tables).length) {
    if (process.env.NODE_ENV !== 'production') {
      warnOnce(
        "config.translations is not set, so every UI text is its key name. Import the languages you ship: `import { en, nl } from '@introw/consent-core'` and set `translations: { en, nl }`.",
      );
    }
    return new Proxy({}, { get: (_, key) => (typeof key === 'string' ? key : undefined) }) as ConsentTexts;
  }
  // Null prototype: a text key no table has reads `undefined`, never a polluted prototype's value.
  return Object.assign(
    Object.create(null),
    ownValue(tables, 'en'),
    ownValue(tables, config.defaultLanguage ?? 'en'),
    ownValue(tables, language),
  ) as ConsentTexts;
}

/**
 * Parses an `Accept-Language` header into tags by descending quality, for servers that do not
 * know the page language (`q=0` entries are dropped).
 *
 * @param header - e.g. `nl-BE,nl;q=0.9,en;q=0.8`; `null` gives `[]`.
 * @example
 * ```ts
 * acceptLanguageCandidates('nl-BE,nl;q=0.9,en;q=0.8'); // ['nl-BE', 'nl', 'en']
 * ```
 */
export function acceptLanguageCandidates(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((e) => e.tag && e.tag !== '*' && e.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((e) => e.tag);
}
