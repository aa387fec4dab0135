import type { ConsentTexts } from '../i18n/texts';

/**
 * The configuration and state shapes of the consent model (DESIGN.md "The model").
 * Field names are the public contract: add freely, rename none.
 */

/** A Google Consent Mode v2 consent type (R16: developers.google.com/tag-platform/devguides/consent). */
export type ConsentModeType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** How long a cookie lives, as the statement's table says it: a session cookie, or a span of time. */
export type CookieDuration = 'session' | { days?: number; hours?: number; minutes?: number; seconds?: number; months?: number; years?: number };

/** Text in one language, or per language tag (`{ en: '...', nl: '...' }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

interface CookieDeclarationBase {
  /** How long the cookie lives (R6: shown in the preferences and in the declaration). */
  duration?: CookieDuration;
  /** Why the cookie exists, in plain language (R6). */
  purpose?: LocalizedText;
  /** Set by a third-party host the site cannot read or delete (R27, R32); listed, never swept. */
  thirdParty?: boolean;
  /** Domain the cookie is set on when it is not the page's host, e.g. `.doubleclick.net`. */
  domain?: string;
  /** Extra paths to sweep on withdrawal besides `/` and the current path's prefixes (R28). */
  paths?: readonly string[];
  /** Set as HttpOnly by a server: JavaScript cannot delete it (R27); reported, not swept. */
  httpOnly?: boolean;
}

/** A cookie declared by its exact name; compared literally (`.`, `*`, `|` are plain characters). */
export interface NamedCookieDeclaration extends CookieDeclarationBase {
  name: string;
  pattern?: never;
  /** Shown instead of the name in tables (e.g. `_ga_<container-id>`). */
  label?: string;
}

/** A cookie family declared by a pattern: a RegExp or its source string, e.g. `/^_ga_/`. */
export interface PatternCookieDeclaration extends CookieDeclarationBase {
  pattern: RegExp | string;
  name?: never;
  /** Shown instead of the pattern in tables (e.g. `_ga_<container-id>`). */
  label?: string;
}

/** One cookie (or cookie family) of a service, as in the cookie statement's table (R6). */
export type CookieDeclaration = NamedCookieDeclaration | PatternCookieDeclaration;

/** A web-storage key a service writes: an exact name, a RegExp, or `{ pattern: '<RegExp source>' }` (JSON has no RegExp). */
export type StorageKey = string | RegExp | { readonly pattern: RegExp | string };

/** A consent category such as `analytics` (R5). */
export interface CategoryConfig {
  /** Strictly necessary: always granted, cannot be switched off, no consent asked (R7). */
  required?: boolean;
  /**
   * Only `false` is accepted for non-required categories: there are no pre-ticked boxes (R4).
   * Present so a config that tries `true` is reported instead of silently ignored.
   */
  default?: boolean;
  /** Sale, sharing or targeted advertising: Global Privacy Control opts it out (R21, R22). */
  gpcOptOut?: boolean;
  /** Title shown in the preferences; defaults to the built-in translation for known ids. */
  title?: LocalizedText;
  /** Description shown in the preferences (R6). */
  description?: LocalizedText;
  /**
   * What consent to this category is for, as the first layer names it after "for": e.g.
   * `measuring how the site is used`. Defaults to the built-in text for known ids, else the title (R6).
   */
  purpose?: LocalizedText;
}

/** Context handed to a service's `onGrant` / `onRevoke` hooks. */
export interface ServiceHookContext {
  serviceId: string;
  categoryId: string;
}

/** A vendor inside a category (Google Analytics, HubSpot, ...). */
export interface ServiceConfig<C extends string = string> {
  /** The category this service belongs to. */
  category: C;
  /**
   * Display name, one string or one per language (`{ en: 'Maps', nl: 'Kaarten' }`), read with
   * {@link localize} wherever the name is shown (preferences, embeds, cookie declaration).
   * Defaults to the service id.
   */
  name?: LocalizedText;
  /** Who runs the service, e.g. `Google LLC`. */
  provider?: string;
  /** Short description of what the service does (R6). */
  description?: LocalizedText;
  /** Link to the provider's privacy policy. */
  privacyPolicyUrl?: string;
  /** The service's cookies, with name or pattern, duration and purpose (R6). */
  cookies?: readonly CookieDeclaration[];
  /**
   * Keys it writes to localStorage / sessionStorage (R13): exact names, or patterns as RegExps or,
   * where a config has no RegExp (JSON), `{ pattern: '<source>' }`.
   */
  storageKeys?: readonly StorageKey[];
  /** Only `false` is accepted unless the category is required (R4). */
  default?: boolean;
  /** Sale, sharing or targeted advertising: GPC opts it out (R22). */
  gpcOptOut?: boolean;
  /** Called in the browser when the service becomes granted. */
  onGrant?: (context: ServiceHookContext) => void;
  /** Called in the browser when the service goes from granted to denied (R13, R20). */
  onRevoke?: (context: ServiceHookContext) => void;
}

/** Attributes of the first-party cookie that stores the decision (R10, R11, R29). */
export interface ConsentCookieOptions {
  /** Cookie name. Default `cookie_consent` (neutral). */
  name?: string;
  /**
   * `Domain` attribute, e.g. `introw.io` to share the choice across subdomains, or candidates in
   * order (`['introw.io', 'introw.test']`): the first that is the page's host or a parent of it is
   * used, none means host-only (e.g. on `localhost`). Default host-only. Every subdomain of it is
   * then trusted with the decision (core README, "Security model").
   */
  domain?: string | readonly string[];
  /** Default `/`. */
  path?: string;
  /** Default `Lax`. `None` requires `secure: true`. */
  sameSite?: 'Lax' | 'Strict' | 'None';
  /** Default: true on https pages. */
  secure?: boolean;
}

/**
 * Google Consent Mode v2 settings (R16-R20). Opt-in: absent means no `dataLayer` commands at
 * all; present, they apply through the `googleConsentMode()` plugin.
 */
export interface GoogleConsentModeConfig<C extends string = string> {
  /**
   * Category or service id -> the consent types it grants. A category key grants its types only
   * while every service in it is granted; map Google's own services (e.g. `googleAds`) to grant
   * per service. Default for Introw-like category ids: see VENDORS.md.
   */
  mapping?: Partial<Record<C | (string & {}), readonly ConsentModeType[]>>;
  /** `wait_for_update` in ms for the default command (R16). */
  waitForUpdate?: number;
  /** ISO 3166-2 region codes the default applies to (R16). */
  regions?: readonly string[];
  /** `ads_data_redaction` (R19); only sent when set. */
  adsDataRedaction?: boolean;
  /** `url_passthrough` (R19); only sent when set. */
  urlPassthrough?: boolean;
  /**
   * Advanced mode: the Google tags (the services `mapping` names by service id) load before
   * consent with everything denied and send cookieless pings; nothing else loads before consent
   * (R18). Default false: basic mode, Google's tags gated like every other.
   */
  advanced?: boolean;
}

/** The whole site configuration given to {@link defineConsentConfig}. */
export interface ConsentConfigInput<C extends string = string, S extends string = string> {
  /** Policy revision; bump when the cookie statement changes (R11). A non-negative integer. */
  revision: number;
  /** Decision lifetime in days, 1..400. Default 182 (R11). */
  expiresAfterDays?: number;
  categories: { readonly [K in C]: CategoryConfig };
  services?: { readonly [K in S]: ServiceConfig<NoInfer<C>> };
  /** Attributes of the consent cookie (used when no custom storage is passed). */
  cookie?: ConsentCookieOptions;
  /** Where privacy questions go, shown in the preferences (statement §1: privacy@introw.io). */
  privacyContact?: string;
  /** Link to the site's privacy statement (shown in the banner and the preferences). */
  privacyPolicyUrl?: string;
  /** Link to the site's cookie statement (shown in the banner and the preferences; R6). */
  cookieStatementUrl?: string;
  /** Site name used in texts. */
  siteName?: string;
  /**
   * Legal name of the organisation responsible for the site (the controller, GDPR art. 4(7)).
   * Services whose `provider` is exactly this are the site's own: the banner does not list them
   * among the third parties (R6).
   */
  controller?: string;
  /** The language used when no other matches. Default `en`. */
  defaultLanguage?: string;
  /**
   * UI texts per language tag. Pass the built-in tables you ship (`{ en, nl, fr }` from
   * `@introw/consent-core`), spread with overrides: `{ nl: { ...nl, acceptAll: 'Oké' } }`.
   * Missing texts fall back to the default language's table, then to the `en` table when
   * given. Core bundles no texts of its own: without `translations` every text is its key name
   * (and development builds warn).
   */
  translations?: Readonly<Record<string, Partial<ConsentTexts>>>;
  /**
   * Google Consent Mode v2 (R16-R20); off unless given. Takes effect with the
   * `googleConsentMode()` plugin in `createConsentManager(config, { plugins })`.
   */
  googleConsentMode?: GoogleConsentModeConfig<NoInfer<C>>;
}

/** A validated configuration; ids are kept as literal types (see {@link defineConsentConfig}). */
export type ConsentConfig<C extends string = string, S extends string = string> = ConsentConfigInput<C, S> & {
  readonly __brand?: 'ConsentConfig';
};

/** Category ids of a config type. */
export type CategoryIdOf<T> = T extends ConsentConfig<infer C, string> ? C : string;
/** Service ids of a config type. */
export type ServiceIdOf<T> = T extends ConsentConfig<string, infer S> ? S : string;
/** Any id `hasConsent` accepts for a config type: a category id or a service id. */
export type ConsentIdOf<T> = CategoryIdOf<T> | ServiceIdOf<T>;

/** How a decision was given. `withdrawal` appears in records only. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom';

/** The consent snapshot (DESIGN.md). Immutable; a new object only when something changed. */
export interface ConsentState<C extends string = string, S extends string = string> {
  /** False: no valid decision (none, lapsed, old revision, unreadable). */
  readonly decided: boolean;
  readonly categories: Readonly<Record<C, boolean>>;
  readonly services: Readonly<Record<S, boolean>>;
  /** The revision the decision was given under (the config's revision when undecided). */
  readonly revision: number;
  /** Random consent id, shared by the records of one browser's decisions. */
  readonly id: string | null;
  /** ISO 8601 UTC. */
  readonly decidedAt: string | null;
  /** ISO 8601 UTC. */
  readonly expiresAt: string | null;
  readonly method: ConsentMethod | null;
  /** Global Privacy Control seen and honoured (R21, R22). */
  readonly gpc: boolean;
  /** False when storage failed: the choice lives in memory only (R30). */
  readonly persisted: boolean;
}

/** A custom choice from the preferences dialog. Unlisted categories are denied. */
export interface ConsentChoice<C extends string = string, S extends string = string> {
  categories?: Partial<Record<C, boolean>> | readonly C[];
  services?: Partial<Record<S, boolean>>;
}

/** Where the decision is kept between page loads. Every method may throw (R30). */
export interface ConsentStorage {
  /** The stored value, or `null` when there is none. */
  read(): string | null;
  /** Every stored value when there can be several (duplicate cookies); the newest valid one counts. */
  readAll?(): string[];
  /** Stores the value; `meta.expiresAt` is when the decision lapses (cookies use it as `Expires`). */
  write(value: string, meta?: { expiresAt?: Date }): void;
  /** Forgets the stored value. */
  clear(): void;
}
