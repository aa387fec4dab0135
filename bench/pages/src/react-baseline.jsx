// Reference, not a library: React rendering the same banner markup as static elements, with no
// consent logic. Its longest task is React's own first render on this page (compiling and running
// react-dom's render path), the floor under any React consent banner.
import './mark.js';
import { createRoot } from 'react-dom/client';
import { useState } from 'react';

function Banner() {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <section className="ic-banner" aria-labelledby="t" data-ic-banner="">
      <div className="ic-banner-body">
        <h2 id="t" className="ic-banner-title">
          We use cookies
        </h2>
        <p className="ic-banner-description">Example uses cookies to measure and improve the site. Choose which ones you allow.</p>
      </div>
      <div className="ic-actions">
        <button type="button" className="ic-button" data-ic-action="accept-all" onClick={() => setOpen(false)}>
          Accept all
        </button>
        <button type="button" className="ic-button" data-ic-action="reject-all" onClick={() => setOpen(false)}>
          Reject all
        </button>
        <button type="button" className="ic-button ic-button-secondary">
          Customize
        </button>
      </div>
    </section>
  );
}

createRoot(document.getElementById('consent-root')).render(<Banner />);
