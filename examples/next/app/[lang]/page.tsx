import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { authOptions } from '../../lib/auth';
import { isLanguage } from '../../lib/languages';
import { platformTexts } from '../../lib/texts';
import { ConsentStatus } from '../ConsentStatus';

/** The demo's rooms: what a partner manager sees after signing in (names are not translated). */
const ROOMS = [
  { name: 'Northwind Resellers', partners: 14, deals: 6 },
  { name: 'Contoso Referral Program', partners: 31, deals: 12 },
  { name: 'Fabrikam Alliance', partners: 3, deals: 2 },
];

/**
 * The Platform's home: the rooms of a signed-in user, else an invitation to sign in. A Server
 * Component; the consent status below is the only client component of the page.
 */
export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLanguage(lang)) notFound();
  const texts = platformTexts(lang);
  const session = await getServerSession(authOptions);

  return (
    <>
      <section className="hero">
        <p className="eyebrow">Introw Rooms</p>
        <h1>{texts.homeTitle}</h1>
        {session?.user ? null : (
          <>
            <p className="lede">{texts.homeLede}</p>
            <p>
              <Link className="primary-button" href={`/${lang}/signin`}>
                {texts.signIn}
              </Link>
            </p>
          </>
        )}
      </section>

      {session?.user && (
        <section aria-labelledby="rooms-title">
          <h2 id="rooms-title">{texts.roomsTitle}</h2>
          <ul className="features" data-testid="rooms">
            {ROOMS.map((room) => (
              <li key={room.name} className="card">
                <h3>{room.name}</h3>
                <p>
                  {room.partners} partners · {room.deals} deals
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ConsentStatus
        statementHref={`/${lang}/cookies`}
        texts={{
          title: texts.statusTitle,
          allowed: texts.statusAllowed,
          off: texts.statusOff,
          necessary: texts.statusNecessary,
          cookieStatement: texts.cookieStatement,
        }}
      />
    </>
  );
}
