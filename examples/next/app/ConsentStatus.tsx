'use client';
import Link from 'next/link';
import { useConsent } from '@introw/consent-react';
import './register';

/**
 * Which optional categories are granted. Rendered on the server from the consent cookie, so a
 * returning visitor's choices are in the HTML; re-renders when the visitor changes them.
 */
export function ConsentStatus() {
  const functional = useConsent('functional');
  const analytics = useConsent('analytics');
  const advertising = useConsent('advertising');
  const rows: [string, boolean][] = [
    ['Functional', functional],
    ['Analytics', analytics],
    ['Advertising', advertising],
  ];
  return (
    <aside className="consent-status" aria-labelledby="consent-status-title">
      <h2 id="consent-status-title">Your cookie choices on this site</h2>
      <ul>
        {rows.map(([label, on]) => (
          <li key={label}>
            {label}: <strong data-testid={`status-${label.toLowerCase()}`}>{on ? 'allowed' : 'off'}</strong>
          </li>
        ))}
      </ul>
      <p>
        Strictly necessary cookies are always active. See the <Link href="/cookies">cookie statement</Link> for every cookie, its
        provider, duration and purpose.
      </p>
    </aside>
  );
}
