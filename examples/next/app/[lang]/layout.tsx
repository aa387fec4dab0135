import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { consentModeHeadSnippet, formatText } from '@introw/consent-core';
import { ConsentSettingsButton } from '@introw/consent-react';
import { gpcFromHeaders, readConsent } from '@introw/consent-react/server';
import { introwConfig } from '@introw/example-config';
import { authOptions, sessionSeconds } from '../../lib/auth';
import { isLanguage } from '../../lib/languages';
import { platformTexts } from '../../lib/texts';
import { websiteUrl } from '../../lib/website';
import { ConsentRoot } from '../ConsentRoot';
import { LanguageSwitcher } from '../LanguageSwitcher';
import { NavLink } from '../NavLink';
import { SessionRoot } from '../SessionRoot';
import { SignOutButton } from '../SignOutButton';
import { VendorTags } from '../VendorTags';
import '@introw/consent-core/styles.css';
import '@introw/example-config/site.css';
import '../platform.css';

export const metadata: Metadata = {
  title: { default: 'Introw Rooms', template: '%s | Introw Rooms' },
  description: "Introw's Platform (demo): partner rooms behind a next-auth sign-in, sharing one consent with the website.",
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** Google Consent Mode `default` (all denied but security_storage), pushed before any tag can load (R16). */
const CONSENT_MODE_DEFAULT = consentModeHeadSnippet(introwConfig);

/** The Platform's root layout props: the language is the first segment of every path. */
interface LayoutProps {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}

/**
 * The Platform's root layout, a Server Component rendered per request. It reads the consent
 * cookie (shared with the website on the parent domain) and the `Sec-GPC` header with
 * `readConsent`, and computes exactly the snapshot the browser will compute: the banner is in
 * the HTML only for a visitor who decided nowhere yet, and the client starts from the same
 * snapshot (`initialState`), so nothing flashes and hydration matches. The same snapshot
 * decides what the Platform itself sends (Hotjar's tag only when granted). Reading `headers()`
 * makes every page dynamic, as it must be: the HTML depends on the cookies.
 */
export default async function PlatformLayout({ children, params }: LayoutProps) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const requestHeaders = await headers();
  const initialState = readConsent(requestHeaders.get('cookie'), introwConfig, { gpc: gpcFromHeaders(requestHeaders) });
  const session = await getServerSession(authOptions);
  const texts = platformTexts(lang);
  const home = `/${lang}`;

  return (
    <html lang={lang}>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: core's Consent Mode default snippet, built from the config, must run inline before gtag */}
        <script dangerouslySetInnerHTML={{ __html: CONSENT_MODE_DEFAULT }} />
        <VendorTags hotjar={initialState.services.hotjar} />
      </head>
      <body>
        <ConsentRoot initialState={initialState} language={lang}>
          <SessionRoot session={session} refetchSeconds={Math.max(5, Math.floor(sessionSeconds() / 3))}>
            <a className="skip-link" href="#main">
              {texts.skipLink}
            </a>
            <header className="site-header">
              <Link href={home} className="brand">
                Introw <span className="brand-suffix">Rooms</span>
              </Link>
              <nav aria-label={texts.mainNav}>
                <NavLink href={home}>{texts.rooms}</NavLink>
                <NavLink href={`${home}/cookies`}>{texts.cookieStatement}</NavLink>
                <a href={websiteUrl(requestHeaders.get('host'))}>{texts.website}</a>
                {session?.user ? <SignOutButton label={texts.signOut} home={home} /> : <NavLink href={`${home}/signin`}>{texts.signIn}</NavLink>}
              </nav>
              <LanguageSwitcher language={lang} label={texts.languageNav} />
            </header>
            {session?.user?.name && (
              <p className="session-line" data-testid="signed-in-as">
                {formatText(texts.signedInAs, { name: session.user.name })}
              </p>
            )}

            <main id="main" tabIndex={-1}>
              {children}
            </main>

            <footer className="site-footer">
              <p>
                Introw BV · Poel 16, 9000 Ghent, Belgium · BE 0798.161.431 · <a href="mailto:privacy@introw.io">privacy@introw.io</a>
              </p>
              <nav aria-label={texts.legalNav}>
                <NavLink href={`${home}/cookies`}>{texts.cookieStatement}</NavLink>
                <ConsentSettingsButton />
              </nav>
            </footer>
          </SessionRoot>
        </ConsentRoot>
      </body>
    </html>
  );
}
