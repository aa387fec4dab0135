// Osano's open-source cookieconsent 3 (the `cookieconsent` package, a global script), in its
// documented opt-in mode with the same texts. It has no script gating of its own: as its docs
// show, the site activates its tags in onStatusChange / onInitialise, which this page does for the
// same <script type="text/plain" data-category> tags the other pages gate.
import './mark.js';
import 'cookieconsent/build/cookieconsent.min.js';
import { TEXT } from './site.js';

/** Turns every inert vendor tag into a real script (what the site writes for Osano). */
function activate() {
  for (const placeholder of document.querySelectorAll('script[type="text/plain"][data-category]')) {
    const script = document.createElement('script');
    for (const { name, value } of placeholder.attributes) if (name !== 'type') script.setAttribute(name, value);
    script.text = placeholder.text;
    placeholder.replaceWith(script);
  }
}

window.cookieconsent.initialise({
  type: 'opt-in',
  revokable: false,
  content: { header: TEXT.title, message: TEXT.description, allow: TEXT.acceptAll, deny: TEXT.rejectAll, link: 'Learn more', href: '/cookies' },
  onInitialise(status) {
    if (status === 'allow') activate();
  },
  onStatusChange(status) {
    if (status === 'allow') activate();
  },
});
