import type { ConsentTexts } from '../i18n/texts';

/**
 * The texts the first layer shows: the banner (`bannerContent`: every sentence it may build,
 * its links, the purposes of the built-in categories, or their title when they have none), its three buttons and the settings control.
 * The rest (the dialog and its "saved" announcement, the cookie table, embed placeholders) shows
 * only after the visitor asks for it, so a renderer may load it on demand: the script-tag build
 * carries English's first layer in its main file and loads the rest with the dialog (R9: texts are
 * complete whenever they are shown).
 *
 * Shape: a frozen-by-type (`as const`) array of {@link ConsentTexts} keys, in no particular order;
 * a constant, so nothing to throw.
 *
 * @example
 * ```ts
 * const firstLayer = Object.fromEntries(FIRST_LAYER_TEXTS.map((key) => [key, en[key]]));
 * ```
 * @remarks R9, R26: docs/rules.md.
 */
export const FIRST_LAYER_TEXTS = [
  'bannerTitle',
  'bannerDescription',
  'bannerPurposes',
  'bannerPurposesOwn',
  'bannerThirdParties',
  'bannerThirdPartiesMany',
  'listAnd',
  'bannerWithdraw',
  'acceptAll',
  'rejectAll',
  'customize',
  'cookieSettings',
  'cookieStatement',
  'privacyPolicy',
  // A category without a purpose is named by its title (only `necessary` has no built-in purpose: a site may make it optional).
  'category_necessary',
  'purpose_functional',
  'purpose_preferences',
  'purpose_analytics',
  'purpose_statistics',
  'purpose_marketing',
  'purpose_advertising',
] as const satisfies readonly (keyof ConsentTexts)[];
