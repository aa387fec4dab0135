import { useState } from 'react';
import {
  ConsentBanner,
  ConsentPreferences,
  ConsentProvider,
  ConsentSettingsButton,
  memoryStorage,
  useConsentManager,
  useConsentUi,
} from '@introw/consent-react';
import { introwConfig } from '@introw/example-config';
import { LAYOUT_NAMES, THEME_NAMES, type ViewParams } from './params';

/** Shows the banner again after a decision (the gallery keeps decisions in memory only). */
function AskAgain() {
  const manager = useConsentManager();
  const { bannerVisible } = useConsentUi();
  return (
    <button type="button" className="gallery-button" disabled={bannerVisible} onClick={() => manager.reset()}>
      Show the banner again
    </button>
  );
}

const SECTIONS = [
  ['Shared partner rooms', 'One workspace per partner with the decks, price lists and deal notes you both need, instead of threads of attachments.'],
  ['Co-selling, in the open', 'Register deals, ask for introductions and follow every opportunity you share with a partner from first call to signature.'],
  ['Onboarding that scales', 'Guide new resellers and referral partners through training, contracts and first deals with a playbook they can see.'],
  ['Reporting you can share', 'See what every partnership brings in, and share the same numbers with the partner, so that reviews start from facts.'],
] as const;

/**
 * One gallery view: a page of Introw's site with the live banner and dialog in one layout and
 * theme. Decisions stay in memory (nothing is stored, no record is sent, no vendor tag is on this
 * page), so the banner shows on every load.
 */
export function GalleryView({ layout, theme, lang }: ViewParams) {
  // One manager per page view, created once (the provider reads `options` on its first render).
  const [options] = useState(() => ({ storage: memoryStorage(), language: lang, crossTab: false, reloadOnRevoke: false }));
  return (
    <ConsentProvider config={introwConfig} options={options} layout={layout} theme={theme}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <a href="gallery.html" className="brand">
          Introw
        </a>
        <nav aria-label="Main">
          <a href="gallery.html">Gallery</a>
          <a href="/">Demo site</a>
          <a href="/cookies">Cookie statement</a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <section className="hero">
          <p className="eyebrow">
            {LAYOUT_NAMES[layout]} · {THEME_NAMES[theme]}
          </p>
          <h1>Grow revenue together with your partners</h1>
          <p className="lede">
            Introw brings your resellers, referral partners and alliances into one shared space: the content they need, the deals you work on together and a
            clear view of what every partnership brings in.
          </p>
          <p className="gallery-actions">
            <AskAgain />
            <ConsentSettingsButton className="gallery-button" />
          </p>
        </section>
        <section className="features" aria-label="What Introw does">
          {SECTIONS.map(([title, text]) => (
            <article key={title} className="card">
              <h2>{title}</h2>
              <p>{text}</p>
              <p>
                <a href="#main">Read more about {title.toLowerCase()}</a>
              </p>
            </article>
          ))}
        </section>
      </main>
      <footer className="site-footer">
        <p>Introw BV · Poel 16, 9000 Ghent, Belgium</p>
        <nav aria-label="Legal">
          <a href="/cookies">Cookie statement</a>
          <ConsentSettingsButton />
        </nav>
      </footer>
      <ConsentBanner />
      <ConsentPreferences />
    </ConsentProvider>
  );
}
