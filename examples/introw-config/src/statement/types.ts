/**
 * The shape of Introw's cookie statement as data: sections of paragraphs, lists and generated
 * service groups, with no markup. Every renderer (React, Vue, Next.js, a static-HTML build
 * script through `statementToHtml`) walks this one shape, so the statement's words live once.
 */

/** A run of text, or a link (`href` is an `https:`, `http:` or `mailto:` URL). */
export type StatementInline = string | { text: string; href: string };

/** One cookie (or cookie family, or storage key) of a service, in the visitor's language. */
export interface StatementCookie {
  /** Cookie name or family label, e.g. `_ga` or `_ga_<container-id>`. */
  name: string;
  /** Shown after the name, e.g. `local storage`, for a key that is not a cookie. */
  note?: string;
  /** In words, with the language's plural rules, e.g. `2 years`; `''` when it has no expiry. */
  duration: string;
  purpose: string;
  /** `First party` / `Third party` in the visitor's language. */
  party: string;
}

/** A service of the config's declaration (or the consent banner's own storage), ready to render. */
export interface StatementService {
  /** The config's service id; `''` for the consent banner's own cookie and storage key. */
  id: string;
  name: string;
  provider: string;
  description: string;
  /** The vendor's privacy policy (R6: "more information" in the statement's words). */
  privacyPolicyUrl?: string;
  /** Set only by the Platform (rooms.introw.io), never by the Website (statement §4.1). */
  platformOnly: boolean;
  /** Why this service is listed although Introw's statement does not name it (an addition). */
  addition?: string;
  cookies: StatementCookie[];
}

/** A block of a section. */
export type StatementBlock =
  | { kind: 'paragraph'; content: StatementInline[] }
  | { kind: 'list'; items: StatementInline[][] }
  /** Services generated from the config's declaration, in `lang` (the visitor's language). */
  | { kind: 'services'; lang: string; services: StatementService[] }
  /** Where the page puts its "Cookie settings" control (R12); not part of the statement's words. */
  | { kind: 'settings' };

/** A numbered section (`1` ... `7`) or subsection (`4.1` ... `4.4`). */
export interface StatementSection {
  /** Stable anchor id, e.g. `statement-5`. */
  id: string;
  number: string;
  title: string;
  blocks: StatementBlock[];
  subsections: StatementSection[];
}

/** Labels of the generated parts, in the visitor's language. */
export interface StatementLabels {
  provider: string;
  privacyPolicy: string;
  platformOnly: string;
  addition: string;
  cookie: string;
  duration: string;
  purpose: string;
  party: string;
}

/** The whole statement: prose in `lang` (Introw writes it in English), generated parts in `language`. */
export interface StatementDocument {
  /** The language of the statement's own words: `en`. */
  lang: string;
  /** The visitor's language, used by the generated service groups and `note`. */
  language: string;
  title: string;
  /** In the visitor's language, when it is not `lang`: the statement is in English, its tables are not. */
  note?: string;
  labels: StatementLabels;
  sections: StatementSection[];
}
