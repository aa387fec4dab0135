'use client';
import Link from 'next/link';
import { categoryTitle, useConsent, useConsentManager } from '@introw/consent-react';
import './register';

/** Texts of {@link ConsentStatus}, in the page's language. */
export interface ConsentStatusTexts {
  title: string;
  allowed: string;
  off: string;
  necessary: string;
  cookieStatement: string;
}

/**
 * Which optional categories are granted. Rendered on the server from the consent cookie (which
 * the website and the Platform share), so a returning visitor's choices are in the HTML;
 * re-renders when the visitor changes them.
 */
export function ConsentStatus({ texts, statementHref }: { texts: ConsentStatusTexts; statementHref: string }) {
  const manager = useConsentManager();
  const rows = [
    ['functional', useConsent('functional')],
    ['analytics', useConsent('analytics')],
    ['advertising', useConsent('advertising')],
  ] as const;
  return (
    <aside className="consent-status" aria-labelledby="consent-status-title">
      <h2 id="consent-status-title">{texts.title}</h2>
      <ul>
        {rows.map(([id, on]) => (
          <li key={id}>
            {categoryTitle(manager.config, id, manager.texts, manager.language)}: <strong data-testid={`status-${id}`}>{on ? texts.allowed : texts.off}</strong>
          </li>
        ))}
      </ul>
      <p>
        {texts.necessary} <Link href={statementHref}>{texts.cookieStatement}</Link>
      </p>
    </aside>
  );
}
