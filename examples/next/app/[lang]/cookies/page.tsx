import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConsentSettingsButton, CookieDeclaration } from '@introw/consent-react';
import { isLanguage } from '../../../lib/languages';
import { platformTexts } from '../../../lib/texts';

export const metadata: Metadata = { title: 'Cookie statement' };

/**
 * Introw's cookie statement. The table of section 4 is generated on the server from the same
 * config that drives the banner, so the statement and the banner cannot disagree (R6). The
 * statement's prose is English (marked `lang="en"` on a Dutch or French page, WCAG 3.1.2); the
 * table and the consent controls follow the page's language.
 */
export default async function CookiesPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  return (
    <article className="statement" lang={lang === 'en' ? undefined : 'en'}>
      {lang !== 'en' && (
        <p className="translation-note" lang={lang}>
          {platformTexts(lang).statementInEnglish}
        </p>
      )}
      <h1>Cookie statement</h1>

      <h2>1. Introduction</h2>
      <p>
        When you use our services, products and information through our application or any other platform (the &ldquo;Platform&rdquo;)
        and when you use our website www.introw.io (the &ldquo;Website&rdquo;), Introw BV (&ldquo;Introw&rdquo;, &ldquo;we&rdquo;)
        allows certain cookies to be placed on your device. The Platform and the Website are operated by Introw BV, Poel 16, 9000
        Ghent, Belgium, company and VAT number (BE)0798.161.431. Questions about privacy or personal data can be sent to this address
        or to <a href="mailto:privacy@introw.io">privacy@introw.io</a>.
      </p>

      <h2>2. General information</h2>
      <p>
        This cookie statement describes the types of cookies we use on the Platform and the Website and your rights in relation to
        them. Where cookies collect personal data, our <a href="https://rooms.introw.io/privacy-statement">privacy statement</a>{' '}
        applies as well.
      </p>

      <h2>3. About cookies</h2>
      <p>
        A cookie is a small text file that a server places in your browser when you visit the Platform or the Website. First-party
        cookies are set by the site you visit; third-party cookies come from another website or platform. Session cookies disappear
        when your session ends; persistent cookies stay for a set time.
      </p>
      <p>
        Strictly necessary cookies do not need your consent, but we list them here. For all other cookies we ask your explicit
        consent through the cookie banner: you can accept or refuse them all (except the strictly necessary ones) or choose per
        category and per service. You can withdraw your consent at any time.
      </p>

      <h2>4. Which cookies are used on the Website and the Platform?</h2>
      <p>This table is generated from the same configuration that drives the cookie banner.</p>
      {/* The caption in English only; on a Dutch or French page the table keeps its own (translated) caption. */}
      <CookieDeclaration caption={lang === 'en' ? 'Cookies used on the Website and the Platform' : undefined} />

      <h2>5. Refusing and managing cookies</h2>
      <p>
        Change or withdraw your choice at any time with the &ldquo;Cookie settings&rdquo; button below or in the footer of every
        page. Withdrawing does not affect processing we lawfully carried out on the basis of your consent before the withdrawal. You
        can also delete cookies in your browser&rsquo;s settings.
      </p>
      <p>
        <ConsentSettingsButton />
      </p>

      <h2>6. Questions</h2>
      <p>
        Contact us at <a href="mailto:privacy@introw.io">privacy@introw.io</a>. You may also lodge a complaint with the Belgian Data
        Protection Authority (www.gegevensbeschermingsautoriteit.be).
      </p>
    </article>
  );
}
