import type { ConsentConfig } from '../config/types';
import type { ConsentTexts } from '../i18n/texts';
import { formatText } from '../i18n/texts';
import { categoryTitle, serviceName } from '../declaration/names';
import { hostOf } from './hostOf';

/**
 * What a blocked embed's placeholder says: `texts.embedBlocked` with `{service}` (the
 * service's display name; without a service, the host of `src`, else the embed's `title`) and
 * `{category}` (the category title) filled in.
 *
 * @param config - The site config.
 * @param texts - The texts of `language` (`manager.texts`).
 * @param language - BCP 47 tag (`manager.language`).
 * @param embed - `{ category, service?, src, title }` as given to the embed component.
 * @returns The placeholder text (render it as text). Never throws.
 * @example
 * ```ts
 * embedPlaceholderText(consent.config, consent.texts, consent.language, {
 *   category: 'advertising', service: 'youtube', src: 'https://www.youtube-nocookie.com/embed/x', title: 'Product tour',
 * }); // 'This content is provided by YouTube, which may set cookies (Advertising). ...'
 * ```
 * @remarks R1 (nothing loads before consent), R6 (says who and why), R8 (no wall: the rest of the page stays usable): docs/rules.md.
 */
/* @__NO_SIDE_EFFECTS__ */
export function embedPlaceholderText(
  config: ConsentConfig,
  texts: ConsentTexts,
  language: string,
  embed: { category: string; service?: string | undefined; src: string; title: string },
): string {
  return formatText(texts.embedBlocked, {
    service: embed.service ? serviceName(config, embed.service, language) : hostOf(embed.src) || embed.title,
    category: categoryTitle(config, embed.category, texts, language),
  });
}
