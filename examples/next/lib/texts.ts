import type { Language } from './languages';

/** The Platform's own interface texts (the consent texts come from core's `en`, `nl`, `fr`). */
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
  statementInEnglish: string;
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
  statementInEnglish: 'The cookie statement is written in English; its cookie table follows your language.',
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
  statementInEnglish: 'De cookieverklaring is in het Engels geschreven; de cookietabel volgt uw taal.',
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
  statementInEnglish: 'La déclaration relative aux cookies est rédigée en anglais ; son tableau suit votre langue.',
};

const TEXTS: Record<Language, PlatformTexts> = { en, nl, fr };

/** The Platform's interface texts in a language. */
export function platformTexts(language: Language): PlatformTexts {
  return TEXTS[language];
}
