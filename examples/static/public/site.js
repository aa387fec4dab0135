// Introw's own script on the static site: what a JSON config cannot say (it holds no functions).
// It runs after consent.iife.js (both are deferred, in this order) and uses its global.
(() => {
  var consent = window.IntrowConsent;
  if (!consent) return;

  // The /cookies page: Introw writes its statement in English; its note and cookie lists follow the
  // visitor's language, the one the consent UI speaks. sync-config.mjs wrote them per language in a
  // <template data-statement-language> each, in the order of the page's lists; they replace the
  // English ones (the statement's words and its "Cookie settings" control stay as they are). When
  // the template is missing or does not match, the page keeps its complete English statement.
  const localizeStatement = (language) => {
    const article = document.querySelector('article.statement');
    if (!article) return;
    const template = document.querySelector(`template[data-statement-language="${language}"]`);
    const lists = article.querySelectorAll('.statement-services');
    const translated = template ? template.content.querySelectorAll('.statement-services') : [];
    let shown = 'en';
    if (template && lists.length > 0 && lists.length === translated.length) {
      lists.forEach((list, i) => {
        list.replaceWith(document.importNode(translated[i], true));
      });
      const note = template.content.querySelector('.statement-note');
      if (note) article.prepend(document.importNode(note, true));
      shown = language;
    }
    // Tells tests (and anyone curious) that the lists are final.
    article.setAttribute('data-statement-language', shown);
  };

  consent.ready.then((manager) => {
    localizeStatement(manager.language);
    // R13, R20: HubSpot does not read Google Consent Mode; its own opt-out stops its tracking
    // when the visitor withdraws it (the React demo's config does this in services.hubspot.onRevoke).
    manager.on('change', (event) => {
      if (event.revoked.indexOf('hubspot') >= 0 && window._hsq) window._hsq.push(['doNotTrack']);
    });
    // The home page's "Your cookie choices" panel.
    var show = () => {
      document.querySelectorAll('[data-consent-status]').forEach((el) => {
        el.textContent = manager.hasConsent(el.getAttribute('data-consent-status')) ? 'allowed' : 'off';
      });
    };
    manager.subscribe(show);
    show();
  });
})();
