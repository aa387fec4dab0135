import { ConsentStatus } from './ConsentStatus';

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

/** The home page: a Server Component; only the consent status below is a client component. */
export default function HomePage() {
  return (
    <>
      <section className="hero">
        <p className="eyebrow">Partner collaboration platform</p>
        <h1>Grow revenue together with your partners</h1>
        <p className="lede">
          Introw brings your resellers, referral partners and alliances into one shared space: the content they need, the deals you
          work on together and a clear view of what every partnership brings in.
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
