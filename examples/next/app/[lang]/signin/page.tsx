import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatText } from '@introw/consent-core';
import { DEMO_USER } from '../../../lib/demoUser';
import { isLanguage } from '../../../lib/languages';
import { platformTexts } from '../../../lib/texts';
import { SignInForm } from '../../SignInForm';

export const metadata: Metadata = { title: 'Sign in' };

/** The sign-in page next-auth sends visitors to (`pages.signIn`), with the demo account's details. */
export default async function SignInPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const texts = platformTexts(lang);
  return (
    <section className="signin">
      <h1>{texts.signInTitle}</h1>
      <p>{texts.signInLede}</p>
      <p className="demo-user" data-testid="demo-user">
        {formatText(texts.demoUser, { email: DEMO_USER.email, password: DEMO_USER.password })}
      </p>
      <SignInForm
        home={`/${lang}`}
        texts={{ email: texts.email, password: texts.password, submit: texts.signIn, failed: texts.signInFailed, busy: texts.signingIn }}
      />
    </section>
  );
}
