import type { ConsentConfig } from '../config/types';
import type { ConsentTexts } from '../i18n/texts';
import { formatText } from '../i18n/texts';
import { warnOnce } from '../dev/warnOnce';

/**
 * The banner's first-layer text: `texts.bannerDescription` with `{site}` replaced by
 * `config.siteName`, trimmed, as plain text. Development builds warn (once) when the text names
 * the site but `siteName` is not set.
 *
 * @param config - The site config (`siteName` is read).
 * @param texts - The texts of the banner's language (`manager.texts`).
 * @returns The text to render (as text, never as HTML). Never throws.
 * @example
 * ```ts
 * bannerDescriptionText(consent.config, consent.texts); // 'Introw uses strictly necessary cookies to work. ...'
 * ```
 * @remarks R6 (the first layer says what is asked and why), R9: COMPLIANCE.md.
 */
export function bannerDescriptionText(config: ConsentConfig, texts: ConsentTexts): string {
  if ((typeof process < 'u' && process.env.NODE_ENV !== 'production') && !config.siteName && texts.bannerDescription.includes('{site}')) {
    warnOnce('config.siteName is not set; the banner text names the site through {site}.');
  }
  return formatText(texts.bannerDescription, { site: config.siteName ?? '' }).trim();
}
