import type { ConsentConfig } from '../config/types';

/**
 * What the visitor was shown when deciding, in a form a record can carry and a server can
 * chain: the revision, the language, and SHA-256 hashes (lowercase hex) of the texts in that
 * language and of the declaration (the config without its texts: categories, services,
 * cookies, durations, purposes). Recompute it from an archived config to show which notice a
 * record was given under.
 */
export interface NoticeFingerprint {
  revision: number;
  language: string;
  /** SHA-256 of `config.translations[language]`, or `null` when the config has no texts for it. */
  texts: string | null;
  /** SHA-256 of the config without `translations`. */
  declaration: string;
}

/** JSON with sorted object keys, RegExp as `/source/flags`, functions left out: the same config always gives the same text. */
export const canonicalNoticeJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v instanceof RegExp
      ? String(v)
      : typeof v === 'function'
        ? undefined
        : v && typeof v === 'object' && !Array.isArray(v)
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, (v as Record<string, unknown>)[k]]),
            )
          : v,
  );

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Computes the {@link NoticeFingerprint} of a config in one language with Web Crypto
 * (`crypto.subtle`, in browsers on https and localhost, and in Node 20). `beaconRecordSink`
 * adds it to every record it delivers, so the records service chains it with the decision.
 *
 * @param config - The config the visitor was shown (from {@link defineConsentConfig}).
 * @param language - The language of the texts shown (a record's `language`).
 * @returns The fingerprint, or `null` where Web Crypto is unavailable (plain http): the record then goes without one.
 * @example
 * ```ts
 * const shown = await noticeFingerprint(config, 'nl'); // { revision: 3, language: 'nl', texts: '9f…', declaration: '4c…' }
 * ```
 * @remarks R14, R15: docs/rules.md (proof of what the consent was given for; GDPR art. 7(1)).
 */
export async function noticeFingerprint(config: ConsentConfig, language: string): Promise<NoticeFingerprint | null> {
  try {
    const { translations, ...declaration } = config;
    const texts = translations?.[language];
    return {
      revision: config.revision,
      language,
      texts: texts ? await sha256(canonicalNoticeJson(texts)) : null,
      declaration: await sha256(canonicalNoticeJson(declaration)),
    };
  } catch {
    return null;
  }
}
