import { de, defineConsentConfig, en, fr, nl } from '@introw/consent-core';

/**
 * Introw's consent configuration, written from its cookie statement
 * (`shared/seeds/cookie-statement.txt`, section 4) and the vendor facts in `shared/VENDORS.md`.
 * The banner, the preferences dialog and the cookie table of the /cookies page are all
 * generated from this one object, so the statement and the banner cannot drift apart.
 *
 * Bump `revision` whenever the cookie statement changes: every visitor is asked again (R11).
 */

/**
 * A text in the four languages the site ships (R9: Belgium reads nl, fr and en; de is Belgium's
 * third official language). The English service descriptions are the statement's own words (§4).
 */
const t = (enText: string, nlText: string, frText: string, deText: string) => ({ en: enText, nl: nlText, fr: frText, de: deText });

/** Introw's own privacy statement (linked from the cookie statement, §1 and §6). */
const INTROW_PRIVACY = 'https://rooms.introw.io/privacy-statement';

/**
 * The name of the functional cookie that remembers the Platform's language (statement §4.2),
 * declared under the `localePreference` service below. One name, used by the declaration and by
 * the code that reads and writes it.
 */
export const LANGUAGE_COOKIE = 'introw_locale';

/** The HubSpot command queue the tracking code reads (`_hsq`); present once HubSpot ran. */
type HubSpotWindow = Window & { _hsq?: unknown[] };

export const introwConfig = defineConsentConfig({
  revision: 1,
  expiresAfterDays: 182,
  siteName: 'Introw',
  // The controller (statement §1): its own services are not listed as third parties.
  controller: 'Introw BV',
  privacyContact: 'privacy@introw.io',
  // The banner and the preferences link both statements (R6): the cookie statement is the
  // website's /cookies page, the privacy statement the one the cookie statement links (§1, §6).
  cookieStatementUrl: '/cookies',
  privacyPolicyUrl: INTROW_PRIVACY,
  defaultLanguage: 'en',
  // One consent for the website (www.introw.io) and the Platform (rooms.introw.io): the cookie
  // lives on their parent domain, so a decision on either applies on both and a withdrawal on
  // either is swept on both. `introw.test` is the same pair locally and in the browser tests
  // (www.introw.test, rooms.introw.test); on any other host (localhost) the cookie is host-only.
  cookie: { name: 'introw_consent', domain: ['introw.io', 'introw.test'] },
  translations: { en, nl, fr, de },
  // Google Consent Mode v2 in basic mode: Google's tags stay gated until consent, and every page
  // pushes the default (all denied but security_storage) and then the visitor's choice (R16-R18).
  // It takes effect through core's opt-in plugin: createConsentManager(introwConfig, { plugins:
  // [googleConsentMode()] }) (React: <ConsentProvider options={{ plugins: [googleConsentMode()] }}>).
  // VENDORS.md's mapping, with Google's own tags mapped per service: switching Google Analytics
  // or Google Ads off inside a granted category denies their types (a category key only grants
  // while every service in it is granted).
  googleConsentMode: {
    mapping: {
      necessary: ['security_storage'],
      functional: ['functionality_storage', 'personalization_storage'],
      googleAnalytics: ['analytics_storage'],
      googleAds: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    },
  },

  categories: {
    // Statement §4.1: strictly necessary, no consent asked, listed as "always active" (R7).
    necessary: { required: true },
    // §4.2: functional cookies can be disabled.
    functional: {},
    // §4.3: analytical cookies.
    analytics: {},
    // §4.4: advertising; targeted advertising is what Global Privacy Control opts out of (R22).
    advertising: { gpcOptOut: true },
  },

  services: {
    cloudflare: {
      category: 'necessary',
      name: 'Cloudflare',
      provider: 'Cloudflare, Inc.',
      privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
      description: t(
        'Content delivery network. Cloudflare places a cookie which is used to identify individual clients behind a shared IP address and apply security settings on a per-client basis.',
        'Content delivery network. Cloudflare plaatst een cookie om individuele bezoekers achter een gedeeld IP-adres te herkennen en per bezoeker beveiligingsinstellingen toe te passen.',
        'Réseau de diffusion de contenu. Cloudflare dépose un cookie pour identifier chaque client derrière une adresse IP partagée et lui appliquer des réglages de sécurité.',
        'Content Delivery Network. Cloudflare setzt ein Cookie, um einzelne Clients hinter einer gemeinsam genutzten IP-Adresse zu erkennen und Sicherheitseinstellungen pro Client anzuwenden.',
      ),
      // Set by Cloudflare's edge, never by our scripts: listed, never gated or deleted.
      cookies: [
        {
          name: '__cf_bm',
          duration: { minutes: 30 },
          httpOnly: true,
          purpose: t(
            'Tells people from bots so that Cloudflare can protect the site against automated abuse.',
            'Onderscheidt mensen van bots zodat Cloudflare de site kan beschermen tegen geautomatiseerd misbruik.',
            'Distingue les humains des robots afin que Cloudflare protège le site contre les abus automatisés.',
            'Unterscheidet Menschen von Bots, damit Cloudflare die Website vor automatisiertem Missbrauch schützen kann.',
          ),
        },
        {
          name: '__cflb',
          duration: { hours: 23 },
          httpOnly: true,
          purpose: t(
            'Sends your requests to the same server during your visit (load balancing).',
            'Stuurt uw verzoeken tijdens uw bezoek naar dezelfde server (load balancing).',
            'Envoie vos requêtes vers le même serveur pendant votre visite (répartition de charge).',
            'Leitet Ihre Anfragen während Ihres Besuchs an denselben Server (Lastverteilung).',
          ),
        },
        {
          name: 'cf_clearance',
          duration: { minutes: 30 },
          httpOnly: true,
          purpose: t(
            'Remembers that you passed a Cloudflare security check, so that you are not asked again.',
            'Onthoudt dat u een beveiligingscontrole van Cloudflare hebt doorstaan, zodat die niet opnieuw wordt gevraagd.',
            'Mémorise que vous avez réussi un contrôle de sécurité Cloudflare, pour ne pas vous le redemander.',
            'Merkt sich, dass Sie eine Sicherheitsprüfung von Cloudflare bestanden haben, damit sie nicht erneut verlangt wird.',
          ),
        },
      ],
    },

    nextAuth: {
      category: 'necessary',
      // Platform only (statement §4.1 lists these under "Strictly necessary cookies used on the
      // Platform"): the name says so, so every rendering of the declaration shows it.
      name: t(
        'Sign-in (next-auth), Platform only',
        'Aanmelding (next-auth), alleen Platform',
        'Connexion (next-auth), Plateforme uniquement',
        'Anmeldung (next-auth), nur Plattform',
      ),
      provider: 'Introw BV',
      privacyPolicyUrl: INTROW_PRIVACY,
      description: t(
        'Signs you in to the Introw Platform (rooms.introw.io) and keeps your session secure. Set by the Platform only, never by the Website.',
        'Meldt u aan op het Introw Platform (rooms.introw.io) en houdt uw sessie veilig. Alleen door het Platform geplaatst, nooit door de Website.',
        'Vous connecte à la Plateforme Introw (rooms.introw.io) et sécurise votre session. Déposés par la Plateforme uniquement, jamais par le Site.',
        'Meldet Sie bei der Introw-Plattform (rooms.introw.io) an und hält Ihre Sitzung sicher. Nur von der Plattform gesetzt, nie von der Website.',
      ),
      // next-auth names its cookies `__Secure-next-auth.*` (the CSRF token `__Host-next-auth.*`)
      // when the Platform is served over https, as in production, and `next-auth.*` over plain
      // http (local development). Each pattern covers both forms; the label is the production
      // name the statement uses. A session token larger than one cookie is split into `.0`,
      // `.1`, ... chunks. Strictly necessary: never gated, never swept by a withdrawal (R7).
      // (next-auth's OAuth-only cookies, `pkce.code_verifier`, `state` and `nonce`, never appear:
      // the Platform signs in with credentials. Declare them before adding an OAuth provider.)
      cookies: [
        {
          pattern: /^(?:__Secure-)?next-auth\.session-token$/,
          label: '__Secure-next-auth.session-token',
          duration: { seconds: 30 },
          httpOnly: true,
          purpose: t(
            'A signed session token (JWT) that authenticates every action you perform on the Platform. Refreshed every 30 seconds.',
            'Een ondertekend sessietoken (JWT) dat elke handeling op het Platform authenticeert. Wordt elke 30 seconden vernieuwd.',
            'Un jeton de session signé (JWT) qui authentifie chaque action effectuée sur la Plateforme. Renouvelé toutes les 30 secondes.',
            'Ein signiertes Sitzungstoken (JWT), das jede Ihrer Aktionen auf der Plattform authentifiziert. Wird alle 30 Sekunden erneuert.',
          ),
        },
        {
          pattern: /^(?:__Secure-)?next-auth\.session-token\.\d+$/,
          label: '__Secure-next-auth.session-token.<n>',
          duration: { seconds: 30 },
          httpOnly: true,
          purpose: t(
            'Parts of a large session token, split to stay under the browser’s cookie size limit.',
            'Delen van een groot sessietoken, opgesplitst om onder de maximale cookiegrootte van de browser te blijven.',
            'Parties d’un jeton de session volumineux, découpé pour rester sous la taille maximale d’un cookie.',
            'Teile eines großen Sitzungstokens, aufgeteilt, um unter der maximalen Cookie-Größe des Browsers zu bleiben.',
          ),
        },
        {
          pattern: /^(?:__Secure-)?next-auth\.callback-url$/,
          label: '__Secure-next-auth.callback-url',
          duration: 'session',
          httpOnly: true, // next-auth sets all three HttpOnly
          purpose: t(
            'The address you are sent back to after signing in.',
            'Het adres waarnaar u na het aanmelden wordt teruggestuurd.',
            'L’adresse vers laquelle vous êtes renvoyé après la connexion.',
            'Die Adresse, zu der Sie nach der Anmeldung zurückgeleitet werden.',
          ),
        },
        {
          pattern: /^(?:__Host-)?next-auth\.csrf-token$/,
          label: '__Host-next-auth.csrf-token',
          duration: 'session',
          httpOnly: true,
          purpose: t(
            'A CSRF token that protects against cross-site request forgery.',
            'Een CSRF-token dat beschermt tegen cross-site request forgery.',
            'Un jeton CSRF qui protège contre la falsification de requêtes intersites.',
            'Ein CSRF-Token, das vor Cross-Site-Request-Forgery schützt.',
          ),
        },
      ],
    },

    localePreference: {
      category: 'functional',
      name: t('Language preference', 'Taalvoorkeur', 'Préférence de langue', 'Spracheinstellung'),
      provider: 'Introw BV',
      privacyPolicyUrl: INTROW_PRIVACY,
      description: t(
        'Remembers your preferences, such as the language of the Platform.',
        'Onthoudt uw voorkeuren, zoals de taal van het Platform.',
        'Mémorise vos préférences, comme la langue de la Plateforme.',
        'Merkt sich Ihre Einstellungen, etwa die Sprache der Plattform.',
      ),
      // AN ADDITION TO THE STATEMENT. The statement (§4.2) names no cookie: it says functional
      // cookies remember "preferences - such as the language setting". `introw_locale` is the one
      // cookie that does that on the Platform, our own name for it, so the declaration lists it
      // rather than leave a cookie the visitor is not told about; the /cookies page marks it as an
      // addition (STATEMENT_ADDITIONS in ./statement/notes.ts, with this reason) until Introw's
      // statement names it. The Platform writes it only while this service is granted (without
      // that, the language lives in the URL: /en, /nl, /fr, /de); a withdrawal deletes it like
      // any other.
      cookies: [
        {
          name: LANGUAGE_COOKIE,
          duration: { years: 1 },
          purpose: t(
            'Remembers the language you use on the Platform (English, Dutch, French or German), so that your next visit opens in it.',
            'Onthoudt de taal die u op het Platform gebruikt (Engels, Nederlands, Frans of Duits), zodat uw volgende bezoek daarin opent.',
            'Mémorise la langue que vous utilisez sur la Plateforme (anglais, néerlandais, français ou allemand), pour que votre prochaine visite s’ouvre dans cette langue.',
            'Merkt sich die Sprache, die Sie auf der Plattform verwenden (Englisch, Niederländisch, Französisch oder Deutsch), damit Ihr nächster Besuch in dieser Sprache öffnet.',
          ),
        },
      ],
    },

    googleAnalytics: {
      category: 'analytics',
      name: 'Google Analytics',
      provider: 'Google Ireland Ltd',
      privacyPolicyUrl: 'https://www.google.com/intl/nl/policies/privacy/partners/',
      description: t(
        'Collects anonymous data about the use of our website and compiles visitor statistics.',
        'Verzamelt anonieme gegevens over het gebruik van onze website en stelt bezoekersstatistieken op.',
        'Collecte des données anonymes sur l’utilisation de notre site et établit des statistiques de visite.',
        'Erhebt anonyme Daten über die Nutzung unserer Website und erstellt Besucherstatistiken.',
      ),
      cookies: [
        {
          name: '_ga',
          duration: { days: 730 },
          purpose: t(
            'Tells visitors apart with a random identifier, to count visits and compile visitor statistics.',
            'Onderscheidt bezoekers met een willekeurige code, om bezoeken te tellen en bezoekersstatistieken op te stellen.',
            'Distingue les visiteurs par un identifiant aléatoire, pour compter les visites et établir des statistiques.',
            'Unterscheidet Besucher anhand einer zufälligen Kennung, um Besuche zu zählen und Besucherstatistiken zu erstellen.',
          ),
        },
        {
          pattern: /^_ga_/,
          label: '_ga_<container-id>',
          duration: { days: 730 },
          purpose: t(
            'Keeps the state of your current visit (session) for our Google Analytics property.',
            'Bewaart de toestand van uw huidige bezoek (sessie) voor onze Google Analytics-property.',
            'Conserve l’état de votre visite en cours (session) pour notre propriété Google Analytics.',
            'Speichert den Stand Ihres aktuellen Besuchs (Sitzung) für unsere Google-Analytics-Property.',
          ),
        },
      ],
    },

    hubspot: {
      category: 'analytics',
      name: 'HubSpot',
      provider: 'HubSpot, Inc.',
      privacyPolicyUrl: 'https://legal.hubspot.com/privacy-policy',
      description: t(
        'HubSpot tracks visitors using browser cookies. Every time a visitor lands on our website, HubSpot will check for an existing tracking cookie. If one does not exist, a cookie will be associated with that visitor and will log every page that person visits moving forward.',
        'Volgt bezoekers met browsercookies: bij elk bezoek zoekt HubSpot zijn trackingcookie, plaatst er een als die ontbreekt en registreert vanaf dan elke pagina die de bezoeker bekijkt.',
        'Suit les visiteurs au moyen de cookies : à chaque visite, HubSpot cherche son cookie de suivi, en dépose un s’il manque et enregistre ensuite chaque page consultée.',
        'Verfolgt Besucher mit Browser-Cookies: Bei jedem Besuch sucht HubSpot nach seinem Tracking-Cookie, setzt eines, wenn keines vorhanden ist, und protokolliert von da an jede Seite, die dieser Besucher aufruft.',
      ),
      cookies: [
        {
          name: '__hstc',
          duration: { months: 6 },
          purpose: t(
            'The main tracking cookie: a visitor identifier, the times of the first, previous and current visit, and the number of visits.',
            'De belangrijkste trackingcookie: een bezoekerscode, het tijdstip van het eerste, vorige en huidige bezoek en het aantal bezoeken.',
            'Le principal cookie de suivi : un identifiant de visiteur, l’heure de la première, de la précédente et de la visite actuelle, et le nombre de visites.',
            'Das wichtigste Tracking-Cookie: eine Besucherkennung, die Zeitpunkte des ersten, vorigen und aktuellen Besuchs und die Zahl der Besuche.',
          ),
        },
        {
          name: 'hubspotutk',
          duration: { months: 6 },
          purpose: t(
            'Identifies you as a visitor, so that forms you submit are linked to your earlier visits.',
            'Herkent u als bezoeker, zodat formulieren die u verstuurt aan uw eerdere bezoeken worden gekoppeld.',
            'Vous identifie comme visiteur, afin de relier les formulaires envoyés à vos visites précédentes.',
            'Erkennt Sie als Besucher, damit von Ihnen gesendete Formulare mit Ihren früheren Besuchen verknüpft werden.',
          ),
        },
        {
          name: '__hssc',
          duration: { minutes: 30 },
          purpose: t(
            'Counts the pages viewed in the current visit and tells when a new visit starts.',
            'Telt de bekeken pagina’s in het huidige bezoek en bepaalt wanneer een nieuw bezoek begint.',
            'Compte les pages vues pendant la visite en cours et détermine quand une nouvelle visite commence.',
            'Zählt die im aktuellen Besuch aufgerufenen Seiten und erkennt, wann ein neuer Besuch beginnt.',
          ),
        },
        {
          name: '__hssrc',
          duration: 'session',
          purpose: t(
            'Detects whether the browser was restarted, to tell a new visit from an ongoing one.',
            'Detecteert of de browser opnieuw werd gestart, om een nieuw bezoek van een lopend bezoek te onderscheiden.',
            'Détecte si le navigateur a été redémarré, pour distinguer une nouvelle visite d’une visite en cours.',
            'Erkennt, ob der Browser neu gestartet wurde, um einen neuen Besuch von einem laufenden zu unterscheiden.',
          ),
        },
      ],
      // R13, R20: HubSpot does not read Google Consent Mode; its own opt-out stops further tracking.
      onRevoke: () => {
        (window as HubSpotWindow)._hsq?.push(['doNotTrack']);
      },
    },

    hotjar: {
      category: 'analytics',
      name: 'Hotjar',
      provider: 'Hotjar Ltd',
      privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
      description: t(
        'A technology service that helps us better understand our users’ experience (e.g. how much time they spend on which pages, which links they choose to click, what users do and don’t like, etc.). Hotjar uses cookies and other technologies to collect data on our users’ behavior and their devices. This includes a device’s IP address, device screen size, device type, browser information, geographic location (country only). Hotjar stores this information on our behalf in a pseudonymized user profile.',
        'Helpt ons de ervaring van onze gebruikers te begrijpen, zoals de tijd op pagina’s, aangeklikte links en wat gebruikers wel en niet goed vinden. Verzamelt het IP-adres, de schermgrootte, het type toestel, browsergegevens en het land, bewaard in een gepseudonimiseerd gebruikersprofiel.',
        'Nous aide à comprendre l’expérience de nos utilisateurs : temps passé sur les pages, liens cliqués, ce qu’ils aiment ou non. Collecte l’adresse IP, la taille d’écran, le type d’appareil, le navigateur et le pays, conservés dans un profil pseudonymisé.',
        'Hilft uns, die Erfahrung unserer Nutzer zu verstehen, etwa die Zeit auf Seiten, angeklickte Links und was Nutzern gefällt oder nicht. Erhebt die IP-Adresse, Bildschirmgröße, Geräteart, Browserangaben und das Land, gespeichert in einem pseudonymisierten Nutzerprofil.',
      ),
      cookies: [
        {
          pattern: /^_hjSessionUser_/,
          label: '_hjSessionUser_<site-id>',
          duration: { years: 1 },
          purpose: t(
            'A random user identifier, so that later visits to the site are attributed to the same pseudonymous user.',
            'Een willekeurige gebruikerscode, zodat latere bezoeken aan de site aan dezelfde gepseudonimiseerde gebruiker worden toegeschreven.',
            'Un identifiant aléatoire, afin que les visites suivantes soient attribuées au même utilisateur pseudonymisé.',
            'Eine zufällige Nutzerkennung, damit spätere Besuche der Website demselben pseudonymen Nutzer zugeordnet werden.',
          ),
        },
        {
          pattern: /^_hjSession_/,
          label: '_hjSession_<site-id>',
          duration: { minutes: 30 },
          purpose: t(
            'Holds the data of the current session, so that the following pages of the visit count as one session.',
            'Bevat de gegevens van de huidige sessie, zodat de volgende pagina’s van het bezoek als één sessie tellen.',
            'Contient les données de la session en cours, pour que les pages suivantes de la visite comptent comme une session.',
            'Enthält die Daten der aktuellen Sitzung, damit die folgenden Seiten des Besuchs als eine Sitzung zählen.',
          ),
        },
        {
          // Every other `_hj` cookie; excludes the two families above so that each cookie has one row.
          pattern: /^_hj(?!Session(?:User)?_)/,
          label: '_hj*',
          duration: { minutes: 30 },
          purpose: t(
            'Hotjar’s other short-lived cookies, e.g. whether the visit is in the recording sample and whether cookies can be set.',
            'De overige kortlevende cookies van Hotjar, bijvoorbeeld of het bezoek in de steekproef zit en of cookies kunnen worden geplaatst.',
            'Les autres cookies de courte durée de Hotjar, par exemple si la visite fait partie de l’échantillon et si des cookies peuvent être déposés.',
            'Die übrigen kurzlebigen Cookies von Hotjar, z. B. ob der Besuch in der Aufzeichnungsstichprobe ist und ob Cookies gesetzt werden können.',
          ),
        },
      ],
      storageKeys: [/^_hj/],
    },

    segment: {
      category: 'analytics',
      name: 'Segment',
      provider: 'Twilio Inc.',
      privacyPolicyUrl: 'https://www.twilio.com/en-us/legal/privacy',
      description: t(
        'Segment is a customer data platform (CDP) that helps companies harness first-party customer data.',
        'Een customer data platform (CDP) dat ons helpt first-party klantgegevens samen te brengen.',
        'Une plateforme de données clients (CDP) qui nous aide à rassembler nos données clients propriétaires.',
        'Eine Customer-Data-Platform (CDP), die uns hilft, eigene Kundendaten zusammenzuführen.',
      ),
      cookies: [
        {
          name: 'ajs_anonymous_id',
          duration: { years: 1 },
          purpose: t(
            'A random identifier for visitors who have not signed in, so that the events of one visitor are grouped.',
            'Een willekeurige code voor niet-aangemelde bezoekers, zodat de gebeurtenissen van één bezoeker worden gegroepeerd.',
            'Un identifiant aléatoire des visiteurs non connectés, pour regrouper les événements d’un même visiteur.',
            'Eine zufällige Kennung für nicht angemeldete Besucher, damit die Ereignisse eines Besuchers gruppiert werden.',
          ),
        },
        {
          name: 'ajs_user_id',
          duration: { years: 1 },
          purpose: t(
            'The user id of a signed-in visitor, so that events are linked to that user.',
            'De gebruikerscode van een aangemelde bezoeker, zodat gebeurtenissen aan die gebruiker worden gekoppeld.',
            'L’identifiant d’un visiteur connecté, pour relier les événements à cet utilisateur.',
            'Die Nutzerkennung eines angemeldeten Besuchers, damit Ereignisse diesem Nutzer zugeordnet werden.',
          ),
        },
      ],
      storageKeys: ['ajs_anonymous_id', 'ajs_user_id', 'ajs_user_traits', 'ajs_group_properties'],
    },

    googleAds: {
      category: 'advertising',
      name: 'Google Ads',
      provider: 'Google Ireland Ltd',
      privacyPolicyUrl: 'https://policies.google.com/privacy?hl=en-US',
      description: t(
        'Google’s advertising network: measures our ads and shows you ads for Introw’s services on other websites and social media, based on your browsing.',
        'Het advertentienetwerk van Google: meet onze advertenties en toont u advertenties voor de diensten van Introw op andere websites en sociale media, op basis van uw surfgedrag.',
        'Le réseau publicitaire de Google : mesure nos annonces et vous montre des annonces pour les services d’Introw sur d’autres sites et réseaux sociaux, selon votre navigation.',
        'Das Werbenetzwerk von Google: misst unsere Anzeigen und zeigt Ihnen auf anderen Websites und in sozialen Medien Anzeigen für die Dienste von Introw, abhängig von Ihrem Surfverhalten.',
      ),
      cookies: [
        {
          name: '_gcl_au',
          duration: { days: 90 },
          purpose: t(
            'Stores an identifier to measure how ads lead to visits and sign-ups (conversion linker).',
            'Bewaart een code om te meten hoe advertenties tot bezoeken en aanmeldingen leiden (conversielinker).',
            'Conserve un identifiant pour mesurer comment les annonces mènent à des visites et inscriptions (association de conversions).',
            'Speichert eine Kennung, um zu messen, wie Anzeigen zu Besuchen und Registrierungen führen (Conversion-Linker).',
          ),
        },
        {
          name: '_gcl_aw',
          duration: { days: 90 },
          purpose: t(
            'Stores the click identifier when you arrive through a Google Ads ad, to attribute conversions to it.',
            'Bewaart de klikcode wanneer u via een Google Ads-advertentie binnenkomt, om conversies eraan toe te schrijven.',
            'Conserve l’identifiant de clic lorsque vous arrivez par une annonce Google Ads, pour lui attribuer les conversions.',
            'Speichert die Klick-Kennung, wenn Sie über eine Google-Ads-Anzeige kommen, um ihr Conversions zuzuordnen.',
          ),
        },
        {
          name: '_gcl_dc',
          duration: { days: 90 },
          purpose: t(
            'Stores the click identifier of Google display ads (Campaign Manager), to attribute conversions to them.',
            'Bewaart de klikcode van Google-displayadvertenties (Campaign Manager), om conversies eraan toe te schrijven.',
            'Conserve l’identifiant de clic des annonces display de Google (Campaign Manager), pour leur attribuer les conversions.',
            'Speichert die Klick-Kennung von Google-Displayanzeigen (Campaign Manager), um ihnen Conversions zuzuordnen.',
          ),
        },
        {
          name: 'IDE',
          domain: '.doubleclick.net',
          thirdParty: true,
          duration: { months: 13 },
          purpose: t(
            'Set by Google on doubleclick.net to show personalised ads and measure them across websites.',
            'Door Google op doubleclick.net geplaatst om gepersonaliseerde advertenties te tonen en over websites heen te meten.',
            'Déposé par Google sur doubleclick.net pour afficher des annonces personnalisées et les mesurer d’un site à l’autre.',
            'Von Google auf doubleclick.net gesetzt, um personalisierte Anzeigen zu zeigen und websiteübergreifend zu messen.',
          ),
        },
        {
          name: 'test_cookie',
          domain: '.doubleclick.net',
          thirdParty: true,
          duration: { minutes: 15 },
          purpose: t(
            'Set by Google on doubleclick.net to check whether your browser accepts cookies.',
            'Door Google op doubleclick.net geplaatst om na te gaan of uw browser cookies aanvaardt.',
            'Déposé par Google sur doubleclick.net pour vérifier si votre navigateur accepte les cookies.',
            'Von Google auf doubleclick.net gesetzt, um zu prüfen, ob Ihr Browser Cookies annimmt.',
          ),
        },
      ],
    },
  },
});

/** Introw's consent configuration type: its category and service ids as literal types. */
export type IntrowConfig = typeof introwConfig;
