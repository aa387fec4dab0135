/**
 * Every UI text the banner, the preferences dialog, the embeds and the declaration table use.
 * `{name}` placeholders are filled by {@link formatText}; texts are always rendered as text,
 * never as HTML (DESIGN.md).
 */
export interface ConsentTexts {
  /** The first layer's heading; also its accessible name, so it speaks of cookies (auditors and extensions find the banner by it). */
  bannerTitle: string;
  /** First layer, first sentence: what the site always uses (R6). `{site}` is `config.siteName`, when the text uses it. */
  bannerDescription: string;
  /** First layer: what consent is asked for. `{purposes}` lists the optional categories' purposes (R6). */
  bannerPurposes: string;
  /** Instead of {@link bannerPurposes} when no third party is involved: the site alone (R6). */
  bannerPurposesOwn: string;
  /** First layer: who else is involved. `{parties}` lists the providers of the optional services. */
  bannerThirdParties: string;
  /** Instead of {@link bannerThirdParties} when there are many: `{count}` providers, listed in the preferences. */
  bannerThirdPartiesMany: string;
  /**
   * The word before a list's last item in the first layer (`a, b and c`). A word of the table, not
   * `Intl.ListFormat`: that one's first use in a page costs about 25 ms (100 ms at 4× CPU throttling)
   * before the banner can show.
   */
  listAnd: string;
  /** First layer: the choice can be changed or withdrawn at any time, and where. `{settings}` is {@link cookieSettings} (R12). */
  bannerWithdraw: string;
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
  /** The link to `config.privacyPolicyUrl` (the site's privacy statement). */
  privacyPolicy: string;
  /** The link to `config.cookieStatementUrl` (the site's cookie statement). */
  cookieStatement: string;
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
  /** Purpose of the browser-storage key that lists what was granted, so a later page removes what a withdrawal forbids (R7, R13). */
  consentMarkerPurpose: string;
  /** The site's own consent storage in the declaration and the dialog, when `config.siteName` is not set. */
  consentService: string;
  /** Category of the consent rows when the config has no required category (R7: strictly necessary). */
  consentCookieCategory: string;
  /** After a browser-storage key's name in tables (it is not a cookie): e.g. `local storage`. */
  localStorage: string;
  firstParty: string;
  thirdParty: string;
  session: string;
  /** Built-in titles, descriptions and banner purposes for the usual category ids. */
  category_necessary: string;
  category_necessary_description: string;
  category_functional: string;
  category_functional_description: string;
  purpose_functional: string;
  category_preferences: string;
  category_preferences_description: string;
  purpose_preferences: string;
  category_analytics: string;
  category_analytics_description: string;
  purpose_analytics: string;
  category_statistics: string;
  category_statistics_description: string;
  purpose_statistics: string;
  category_marketing: string;
  category_marketing_description: string;
  purpose_marketing: string;
  category_advertising: string;
  category_advertising_description: string;
  purpose_advertising: string;
}

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
