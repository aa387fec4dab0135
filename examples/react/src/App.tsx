import { useEffect, type ReactNode } from 'react';
import { beaconRecordSink, googleConsentMode, type ConsentManagerOptions } from '@introw/consent-core';
import { ConsentBanner, ConsentPreferences, ConsentProvider, ConsentSettingsButton } from '@introw/consent-react';
import { introwConfig } from '@introw/example-config';
import { Link, usePath } from './router';
import { HomePage } from './pages/HomePage';
import { CookiesPage } from './pages/CookiesPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { LANGUAGE } from './language';

const PAGES: Record<string, { title: string; render: () => ReactNode }> = {
  '/': { title: 'Introw: partner collaboration, in one shared space', render: () => <HomePage /> },
  '/cookies': { title: 'Cookie statement | Introw', render: () => <CookiesPage /> },
};

/**
 * Manager options, defined once outside the components (the provider reads them on its first
 * render). Google Consent Mode is an opt-in plugin: with it and `googleConsentMode` in the config,
 * the all-denied default reaches `dataLayer` before any Google tag, then one update per choice.
 * Every decision is posted as a record to the records service the dev server mounts under
 * `/consent` (`@introw/consent-server`), kept in the browser until the service acknowledges it.
 * The consent UI speaks the visitor's language (./language.ts: en, nl, fr or de).
 */
const consentOptions: ConsentManagerOptions = {
  plugins: [googleConsentMode()],
  onRecord: beaconRecordSink('/consent/records'),
  language: LANGUAGE,
};

/**
 * The demo site. `<ConsentProvider>` creates the consent manager from Introw's config and mounts
 * the browser side (gated `<script type="text/plain">` tags in index.html run once consented);
 * the banner and the preferences dialog render themselves when needed; the footer's
 * "Cookie settings" button reopens the preferences on every page (R12).
 */
export function App() {
  const path = usePath();
  const page = PAGES[path];

  useEffect(() => {
    document.title = page?.title ?? 'Page not found | Introw';
  }, [page]);

  return (
    <ConsentProvider config={introwConfig} options={consentOptions}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Introw
        </Link>
        <nav aria-label="Main">
          <Link href="/">Product</Link>
          <Link href="/cookies">Cookie statement</Link>
        </nav>
      </header>

      <main id="main" tabIndex={-1}>
        {page ? page.render() : <NotFoundPage />}
      </main>

      <footer className="site-footer">
        <p>
          Introw BV · Poel 16, 9000 Ghent, Belgium · BE 0798.161.431 · <a href="mailto:privacy@introw.io">privacy@introw.io</a>
        </p>
        <nav aria-label="Legal">
          <Link href="/cookies">Cookie statement</Link>
          <ConsentSettingsButton />
        </nav>
      </footer>

      <ConsentBanner />
      <ConsentPreferences />
    </ConsentProvider>
  );
}
