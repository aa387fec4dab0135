import type { StatementLabels } from './types';

/**
 * What the /cookies page says about the declaration beyond Introw's own words, per language
 * (en, nl, fr, de): which services are set by the Platform only, which are additions to the
 * statement (listed although the statement does not name them, with the reason), and the labels
 * of the generated service groups.
 */

type Texts = Record<'en' | 'nl' | 'fr' | 'de', string>;

/** Services set only by the Platform (rooms.introw.io); the statement lists them "used on the Platform" (§4.1). */
export const PLATFORM_ONLY: ReadonlySet<string> = new Set(['nextAuth']);

/**
 * Services the declaration lists although Introw's statement does not name them, with the reason
 * shown on the page. `''` is the consent banner's own cookie and storage key (R7 asks to list
 * them); `localePreference` is the `introw_locale` cookie (see its comment in ../index.ts).
 */
export const STATEMENT_ADDITIONS: Readonly<Record<string, Texts>> = {
  '': {
    en: 'Addition to the statement: the statement does not name this cookie yet. It keeps your cookie choice and is strictly necessary, so it is listed here.',
    nl: 'Aanvulling op de verklaring: de verklaring noemt deze cookie nog niet. Ze bewaart uw cookiekeuze en is strikt noodzakelijk, daarom staat ze hier.',
    fr: 'Ajout à la déclaration : la déclaration ne nomme pas encore ce cookie. Il conserve votre choix et est strictement nécessaire ; il figure donc ici.',
    de: 'Ergänzung zur Erklärung: Die Erklärung nennt dieses Cookie noch nicht. Es speichert Ihre Cookie-Auswahl und ist unbedingt erforderlich, daher ist es hier aufgeführt.',
  },
  localePreference: {
    en: 'Addition to the statement: §4.2 says functional cookies remember preferences such as the language setting but names no cookie. This is the one that does it on the Platform.',
    nl: 'Aanvulling op de verklaring: §4.2 zegt dat functionele cookies voorkeuren zoals de taalinstelling onthouden, maar noemt geen cookie. Dit is de cookie die dat op het Platform doet.',
    fr: 'Ajout à la déclaration : le §4.2 indique que les cookies fonctionnels mémorisent des préférences comme la langue, sans nommer de cookie. C’est celui qui le fait sur la Plateforme.',
    de: 'Ergänzung zur Erklärung: §4.2 sagt, dass funktionale Cookies Einstellungen wie die Sprache speichern, nennt aber kein Cookie. Dies ist das Cookie, das es auf der Plattform tut.',
  },
};

/** The consent banner's own storage, described (its rows come from core's declaration). */
export const CONSENT_STORAGE_DESCRIPTION: Texts = {
  en: 'The cookie banner of the Website and the Platform: remembers the choice you made in it.',
  nl: 'De cookiebanner van de Website en het Platform: onthoudt de keuze die u erin maakte.',
  fr: 'Le bandeau cookies du Site et de la Plateforme : mémorise le choix que vous y avez fait.',
  de: 'Das Cookie-Banner der Website und der Plattform: speichert die Auswahl, die Sie darin getroffen haben.',
};

/** Shown above the statement when the visitor's language is not English. */
export const TRANSLATION_NOTE: Texts = {
  en: '',
  nl: 'Introw schrijft deze cookieverklaring in het Engels; de lijsten van cookies volgen uw taal.',
  fr: 'Introw rédige cette déclaration relative aux cookies en anglais ; les listes de cookies suivent votre langue.',
  de: 'Introw verfasst diese Cookie-Erklärung auf Englisch; die Cookie-Listen folgen Ihrer Sprache.',
};

/** Labels of the generated service groups (column heads and badges). */
export const LABELS: Record<keyof Texts, StatementLabels> = {
  en: {
    provider: 'Provider',
    privacyPolicy: 'More information: privacy policy of {service}',
    platformOnly: 'Platform only',
    addition: 'Addition',
    cookie: 'Name',
    duration: 'Duration',
    purpose: 'Content and purpose',
    party: 'Party',
  },
  nl: {
    provider: 'Aanbieder',
    privacyPolicy: 'Meer informatie: privacybeleid van {service}',
    platformOnly: 'Alleen Platform',
    addition: 'Aanvulling',
    cookie: 'Naam',
    duration: 'Bewaartermijn',
    purpose: 'Inhoud en doel',
    party: 'Partij',
  },
  fr: {
    provider: 'Fournisseur',
    privacyPolicy: 'Plus d’informations : politique de confidentialité de {service}',
    platformOnly: 'Plateforme uniquement',
    addition: 'Ajout',
    cookie: 'Nom',
    duration: 'Durée',
    purpose: 'Contenu et finalité',
    party: 'Partie',
  },
  de: {
    provider: 'Anbieter',
    privacyPolicy: 'Weitere Informationen: Datenschutzerklärung von {service}',
    platformOnly: 'Nur Plattform',
    addition: 'Ergänzung',
    cookie: 'Name',
    duration: 'Speicherdauer',
    purpose: 'Inhalt und Zweck',
    party: 'Partei',
  },
};

/** `text[language]`, or English for a language the page does not ship. */
export function pick(text: Texts, language: string): string {
  return (text as Record<string, string>)[language] ?? text.en;
}
