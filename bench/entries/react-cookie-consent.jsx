// react-cookie-consent 10: a banner with accept and decline (it has no preferences, gating or embeds).
import { createRoot } from 'react-dom/client';
import CookieConsent, { getCookieConsentValue } from 'react-cookie-consent';

function App() {
  return (
    <>
      {getCookieConsentValue() === 'true' ? <p>Analytics is on.</p> : <p>Analytics is off.</p>}
      <CookieConsent enableDeclineButton buttonText="Accept all" declineButtonText="Reject all">
        Example uses cookies to measure and improve the site.
      </CookieConsent>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
