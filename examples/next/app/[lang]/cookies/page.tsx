import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConsentSettingsButton } from '@introw/consent-react';
import { cookieStatement } from '@introw/example-config/statement';
import { StatementView } from '@introw/example-config/statement/react';
import { isLanguage } from '../../../lib/languages';

export const metadata: Metadata = { title: 'Cookie statement' };

/**
 * Introw's cookie statement (sections 1 to 7), rendered on the server from the one shared source
 * (`@introw/example-config/statement`): the statement's prose is English, as Introw writes it
 * (marked `lang="en"` on another language's page, WCAG 3.1.2, with a note in the page's
 * language); section 4's cookie lists are generated from the same config that drives the banner,
 * in the page's language, so the statement and the banner cannot disagree (R6).
 */
export default async function CookiesPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  return <StatementView doc={cookieStatement(lang)} settings={<ConsentSettingsButton />} />;
}
