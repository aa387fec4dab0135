// The control: no library. The least a page can do for the same banner: one cookie read at load
// (a returning visitor's choice would hide it), the banner built as plain elements with the classes
// our stylesheet styles; "Accept all" writes a cookie, hides the banner and turns the same five
// <script type="text/plain" data-category> tags into real scripts (so click → scripts compares);
// "Reject all" writes the cookie and hides the banner. The floor under every library's figures.
import './mark.js';
import { TEXT } from './site.js';

const COOKIE = 'bench_consent';

/** Replaces every inert vendor tag with a real script of the same src. */
function activate() {
  for (const placeholder of document.querySelectorAll('script[type="text/plain"][data-category]')) {
    const script = document.createElement('script');
    script.src = placeholder.getAttribute('src');
    placeholder.replaceWith(script);
  }
}

if (!document.cookie.split('; ').some((c) => c.startsWith(`${COOKIE}=`))) {
  const banner = document.createElement('div');
  banner.className = 'ic-banner';
  banner.setAttribute('data-ic-banner', '');
  const title = banner.appendChild(document.createElement('h2'));
  title.className = 'ic-banner-title';
  title.textContent = TEXT.title;
  const text = banner.appendChild(document.createElement('p'));
  text.className = 'ic-banner-description';
  text.textContent = TEXT.description;
  const actions = banner.appendChild(document.createElement('div'));
  actions.className = 'ic-actions';
  const decide = (value) => {
    document.cookie = `${COOKIE}=${value}; path=/; max-age=15552000; samesite=lax`;
    banner.remove();
    if (value === 'all') activate();
  };
  for (const [action, label, value] of [
    ['accept-all', TEXT.acceptAll, 'all'],
    ['reject-all', TEXT.rejectAll, 'necessary'],
  ]) {
    const button = actions.appendChild(document.createElement('button'));
    button.type = 'button';
    button.className = 'ic-button';
    button.setAttribute('data-ic-action', action);
    button.textContent = label;
    button.addEventListener('click', () => decide(value));
  }
  document.getElementById('consent-root').appendChild(banner);
}
