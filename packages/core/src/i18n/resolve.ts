import type { ConsentConfig, LocalizedText } from '../types';
import type { ConsentTexts } from './texts';
import { en } from './en';

function normalizeTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

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
 * @remarks R9: COMPLIANCE.md (texts in the site's languages).
 */
export function resolveLanguage(available: readonly string[], candidates: readonly (string | null | undefined)[], fallback?: string): string {
  const normalized = available.map(normalizeTag);
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || !candidate.trim()) continue;
    const tag = normalizeTag(candidate);
    let i = normalized.indexOf(tag);
    if (i < 0) i = normalized.indexOf(tag.split('-')[0]!);
    if (i >= 0) return available[i]!;
  }
  if (fallback !== undefined) {
    const i = normalized.indexOf(normalizeTag(fallback));
    if (i >= 0) return available[i]!;
  }
  return available[0] ?? 'en';
}

/**
 * Reads a `LocalizedText` in a language: the exact tag, then its primary subtag, then the
 * fallback language, then the first entry. Plain strings are returned as they are.
 */
export function localize(text: LocalizedText | undefined, language: string, fallback = 'en'): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(text)) lower[normalizeTag(k)] = v;
  const tag = normalizeTag(language);
  return lower[tag] ?? lower[tag.split('-')[0]!] ?? lower[normalizeTag(fallback)] ?? Object.values(text)[0];
}

/** The languages a config ships texts for (`translations` keys; English when none are given). */
export function availableLanguages(config: ConsentConfig): string[] {
  const keys = Object.keys(config.translations ?? {});
  return keys.length ? keys : ['en'];
}

/**
 * The full text table for a language: the site's table for that language, filled from the
 * default language's table, then from built-in English, so no text is ever missing.
 */
export function resolveTexts(config: ConsentConfig, language: string): ConsentTexts {
  const tables = config.translations ?? {};
  const fallback = tables[config.defaultLanguage ?? 'en'] ?? {};
  return { ...en, ...fallback, ...(tables[language] ?? {}) } as ConsentTexts;
}

/** The language preferences the browser exposes: `<html lang>` then `navigator.languages`. */
export function browserLanguageCandidates(): string[] {
  const out: string[] = [];
  if (typeof document !== 'undefined') out.push(document.documentElement.lang);
  if (typeof navigator !== 'undefined') out.push(...(navigator.languages ?? [navigator.language]));
  return out;
}

/**
 * Parses an `Accept-Language` header into tags by descending quality, for servers that do not
 * know the page language (`q=0` entries are dropped).
 *
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
