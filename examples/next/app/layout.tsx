import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { headers } from 'next/headers';
import { consentModeHeadSnippet } from '@introw/consent-core';
import { ConsentSettingsButton } from '@introw/consent-react';
import { gpcFromHeaders, readConsent } from '@introw/consent-react/server';
import { introwConfig } from '@introw/example-config';
import { ConsentRoot } from './ConsentRoot';
import { NavLink } from './NavLink';
import { VendorTags } from './VendorTags';
import '@introw/consent-core/styles.css';
import '@introw/example-config/site.css';

export const metadata: Metadata = {
  title: { default: 'Introw: partner collaboration, in one shared space', template: '%s | Introw' },
  description: 'Introw demo site on Next.js: a consent banner rendered on the server from the consent cookie.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The site is written in English; the consent texts follow it (nl and fr ship in the config too). */
const LANGUAGE = 'en';

/** Google Consent Mode `default` (all denied but security_storage), pushed before any tag can load (R16). */
const CONSENT_MODE_DEFAULT = consentModeHeadSnippet(introwConfig);

/**
 * The root layout, a Server Component rendered per request. It reads the consent cookie and the
 * `Sec-GPC` header of this request and computes exactly the snapshot the browser will compute,
 * so the server renders the banner only for a visitor without a valid decision; the client
 * starts from the same snapshot (`initialState`), so nothing flashes and hydration matches.
 * Reading `headers()` makes every page dynamic, as it must be: the HTML depends on the cookie.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const requestHeaders = await headers();
  const initialState = readConsent(requestHeaders.get('cookie'), introwConfig, { gpc: gpcFromHeaders(requestHeaders) });

  return (
    <html lang={LANGUAGE}>
      <head>
        <script dangerouslySetInnerHTML={{ __html: CONSENT_MODE_DEFAULT }} />
        <VendorTags />
      </head>
      <body>
        <ConsentRoot initialState={initialState} language={LANGUAGE}>
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <header className="site-header">
            <Link href="/" className="brand">
              Introw
            </Link>
            <nav aria-label="Main">
              <NavLink href="/">Product</NavLink>
              <NavLink href="/cookies">Cookie statement</NavLink>
            </nav>
          </header>

          <main id="main" tabIndex={-1}>
            {children}
          </main>

          <footer className="site-footer">
            <p>
              Introw BV · Poel 16, 9000 Ghent, Belgium · BE 0798.161.431 · <a href="mailto:privacy@introw.io">privacy@introw.io</a>
            </p>
            <nav aria-label="Legal">
              <NavLink href="/cookies">Cookie statement</NavLink>
              <ConsentSettingsButton />
            </nav>
          </footer>
        </ConsentRoot>
      </body>
    </html>
  );
}
