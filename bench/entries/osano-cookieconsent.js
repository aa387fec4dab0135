// Osano's cookieconsent 3 (a global script, counted as its own file): the page's setup in the
// documented opt-in mode with the same English texts, activating the gated tags on consent
// (the library has no gating of its own). Not bundled: the setup is a classic script of its own.
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
  content: {
    header: 'We use cookies',
    message: 'Example uses cookies to measure and improve the site. Choose which ones you allow.',
    allow: 'Accept all',
    deny: 'Reject all',
    link: 'Learn more',
    href: '/cookies',
  },
  onInitialise(status) {
    if (status === 'allow') activate();
  },
  onStatusChange(status) {
    if (status === 'allow') activate();
  },
});
