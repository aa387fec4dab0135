/**
 * Every UI text the banner, the preferences dialog, the embeds and the declaration table use.
 * `{name}` placeholders are filled by {@link formatText}; texts are always rendered as text,
 * never as HTML (DESIGN.md).
 */
export interface ConsentTexts {
  bannerTitle: string;
  /** First layer: what is asked and why (R6). `{site}` is the site name. */
  bannerDescription: string;
  acceptAll: string;
  rejectAll: string;
  customize: string;
  preferencesTitle: string;
  preferencesDescription: string;
  save: string;
  close: string;
  /** Shown instead of a switch for strictly necessary categories (R7). */
  alwaysActive: string;
  /** The control that reopens the preferences on every page (R12). */
  cookieSettings: string;
  /** Announced through `role="status"` after a save (R26). */
  saved: string;
  /** Shown when GPC is honoured (R22). */
  gpcHonoured: string;
  /** `{contact}` is the site's privacy contact. */
  privacyContact: string;
  privacyPolicy: string;
  showServices: string;
  /** Label of a service switch: `{service}`. */
  serviceLabel: string;
  /** Embed placeholder: `{service}`, `{category}`. */
  embedBlocked: string;
  embedAllow: string;
  tableCategory: string;
  tableService: string;
  tableProvider: string;
  tableCookie: string;
  tableDuration: string;
  tablePurpose: string;
  tableParty: string;
  /** Purpose of the consent cookie itself, in its row of the cookie declaration (R7). */
  consentCookiePurpose: string;
  /** Category of that row when the config has no required category (R7: strictly necessary). */
  consentCookieCategory: string;
  firstParty: string;
  thirdParty: string;
  session: string;
  /** `{n}` units; `One` for n = 1. */
  seconds: string;
  secondsOne: string;
  minutes: string;
  minutesOne: string;
  hours: string;
  hoursOne: string;
  days: string;
  daysOne: string;
  months: string;
  monthsOne: string;
  years: string;
  yearsOne: string;
  /** Built-in titles and descriptions for the usual category ids. */
  category_necessary: string;
  category_necessary_description: string;
  category_functional: string;
  category_functional_description: string;
  category_analytics: string;
  category_analytics_description: string;
  category_advertising: string;
  category_advertising_description: string;
}

/** A translation table: the texts of one language (a site may override any subset). */
export type ConsentTranslation = ConsentTexts;

/**
 * Fills `{name}` placeholders with values, as plain text. Unknown placeholders stay as they
 * are; nothing is ever interpreted as HTML.
 *
 * @example
 * ```ts
 * formatText('Loaded by {service}', { service: 'YouTube' }); // 'Loaded by YouTube'
 * ```
 */
export function formatText(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
