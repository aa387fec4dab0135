import { useConsent } from '@introw/consent-react';
import { Link } from '../router';

const FEATURES = [
  {
    title: 'Shared partner rooms',
    text: 'One workspace per partner with the decks, price lists and deal notes you both need, instead of threads of attachments.',
  },
  {
    title: 'Co-selling, in the open',
    text: 'Register deals, ask for introductions and follow every opportunity you share with a partner from first call to signature.',
  },
  {
    title: 'Onboarding that scales',
    text: 'Guide new resellers and referral partners through training, contracts and first deals with a playbook they can see.',
  },
];

/** Which optional categories are granted right now; re-renders when the visitor changes a choice. */
function ConsentStatus() {
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
        Strictly necessary cookies are always active. See the <Link href="/cookies">cookie statement</Link> for every cookie, its provider, duration and
        purpose.
      </p>
    </aside>
  );
}

export function HomePage() {
  return (
    <>
      <section className="hero">
        <p className="eyebrow">Partner collaboration platform</p>
        <h1>Grow revenue together with your partners</h1>
        <p className="lede">
          Introw brings your resellers, referral partners and alliances into one shared space: the content they need, the deals you work on together and a clear
          view of what every partnership brings in.
        </p>
      </section>

      <section className="features" aria-label="What Introw does">
        {FEATURES.map((feature) => (
          <article key={feature.title} className="card">
            <h2>{feature.title}</h2>
            <p>{feature.text}</p>
          </article>
        ))}
      </section>

      <ConsentStatus />
    </>
  );
}
