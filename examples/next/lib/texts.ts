import type { Language } from './languages';

/** The Platform's own interface texts (the consent texts come from core's `en`, `nl`, `fr`, `de`). */
export interface PlatformTexts {
  skipLink: string;
  mainNav: string;
  legalNav: string;
  languageNav: string;
  rooms: string;
  cookieStatement: string;
  website: string;
  signIn: string;
  signOut: string;
  signedInAs: string;
  homeTitle: string;
  homeLede: string;
  roomsTitle: string;
  signInTitle: string;
  signInLede: string;
  email: string;
  password: string;
  demoUser: string;
  signInFailed: string;
  signingIn: string;
  statusTitle: string;
  statusAllowed: string;
  statusOff: string;
  statusNecessary: string;
}

const en: PlatformTexts = {
  skipLink: 'Skip to content',
  mainNav: 'Main',
  legalNav: 'Legal',
  languageNav: 'Language',
  rooms: 'Rooms',
  cookieStatement: 'Cookie statement',
  website: 'introw.io',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {name}',
  homeTitle: 'Your partner rooms',
  homeLede: 'Sign in to open the rooms you share with your resellers, referral partners and alliances.',
  roomsTitle: 'Rooms you share',
  signInTitle: 'Sign in to Introw',
  signInLede: 'This demo has one account, and works offline.',
  email: 'Email',
  password: 'Password',
  demoUser: 'Demo account: {email}, password {password}',
  signInFailed: 'That email and password do not match the demo account.',
  signingIn: 'Signing in…',
  statusTitle: 'Your cookie choices on the Platform',
  statusAllowed: 'allowed',
  statusOff: 'off',
  statusNecessary: 'Strictly necessary cookies, such as the sign-in cookies, are always active.',
};

const nl: PlatformTexts = {
  skipLink: 'Naar de inhoud',
  mainNav: 'Hoofdmenu',
  legalNav: 'Juridisch',
  languageNav: 'Taal',
  rooms: 'Rooms',
  cookieStatement: 'Cookieverklaring',
  website: 'introw.io',
  signIn: 'Aanmelden',
  signOut: 'Afmelden',
  signedInAs: 'Aangemeld als {name}',
  homeTitle: 'Uw partnerrooms',
  homeLede: 'Meld u aan om de rooms te openen die u deelt met uw resellers, doorverwijzers en allianties.',
  roomsTitle: 'Rooms die u deelt',
  signInTitle: 'Aanmelden bij Introw',
  signInLede: 'Deze demo heeft één account en werkt offline.',
  email: 'E-mail',
  password: 'Wachtwoord',
  demoUser: 'Demo-account: {email}, wachtwoord {password}',
  signInFailed: 'Dit e-mailadres en wachtwoord horen niet bij het demo-account.',
  signingIn: 'Bezig met aanmelden…',
  statusTitle: 'Uw cookiekeuzes op het Platform',
  statusAllowed: 'toegestaan',
  statusOff: 'uit',
  statusNecessary: 'Strikt noodzakelijke cookies, zoals de aanmeldcookies, zijn altijd actief.',
};

const fr: PlatformTexts = {
  skipLink: 'Aller au contenu',
  mainNav: 'Menu principal',
  legalNav: 'Mentions légales',
  languageNav: 'Langue',
  rooms: 'Espaces',
  cookieStatement: 'Déclaration relative aux cookies',
  website: 'introw.io',
  signIn: 'Se connecter',
  signOut: 'Se déconnecter',
  signedInAs: 'Connecté en tant que {name}',
  homeTitle: 'Vos espaces partenaires',
  homeLede: 'Connectez-vous pour ouvrir les espaces que vous partagez avec vos revendeurs, apporteurs d’affaires et alliances.',
  roomsTitle: 'Espaces partagés',
  signInTitle: 'Se connecter à Introw',
  signInLede: 'Cette démo a un seul compte et fonctionne hors ligne.',
  email: 'E-mail',
  password: 'Mot de passe',
  demoUser: 'Compte de démo : {email}, mot de passe {password}',
  signInFailed: 'Cet e-mail et ce mot de passe ne correspondent pas au compte de démo.',
  signingIn: 'Connexion…',
  statusTitle: 'Vos choix de cookies sur la Plateforme',
  statusAllowed: 'autorisés',
  statusOff: 'désactivés',
  statusNecessary: 'Les cookies strictement nécessaires, comme ceux de la connexion, sont toujours actifs.',
};

const de: PlatformTexts = {
  skipLink: 'Zum Inhalt',
  mainNav: 'Hauptmenü',
  legalNav: 'Rechtliches',
  languageNav: 'Sprache',
  rooms: 'Räume',
  cookieStatement: 'Cookie-Erklärung',
  website: 'introw.io',
  signIn: 'Anmelden',
  signOut: 'Abmelden',
  signedInAs: 'Angemeldet als {name}',
  homeTitle: 'Ihre Partnerräume',
  homeLede: 'Melden Sie sich an, um die Räume zu öffnen, die Sie mit Ihren Wiederverkäufern, Empfehlungspartnern und Allianzen teilen.',
  roomsTitle: 'Räume, die Sie teilen',
  signInTitle: 'Bei Introw anmelden',
  signInLede: 'Diese Demo hat ein einziges Konto und funktioniert offline.',
  email: 'E-Mail',
  password: 'Passwort',
  demoUser: 'Demo-Konto: {email}, Passwort {password}',
  signInFailed: 'Diese E-Mail-Adresse und dieses Passwort gehören nicht zum Demo-Konto.',
  signingIn: 'Anmeldung läuft…',
  statusTitle: 'Ihre Cookie-Auswahl auf der Plattform',
  statusAllowed: 'erlaubt',
  statusOff: 'aus',
  statusNecessary: 'Unbedingt erforderliche Cookies, wie die Anmelde-Cookies, sind immer aktiv.',
};

const TEXTS: Record<Language, PlatformTexts> = { en, nl, fr, de };

/** The Platform's interface texts in a language. */
export function platformTexts(language: Language): PlatformTexts {
  return TEXTS[language];
}
