// Introw's own script on the static site: what a JSON config cannot say (it holds no functions).
// It runs after consent.iife.js (both are deferred, in this order) and uses its global.
(() => {
  var consent = window.IntrowConsent;
  if (!consent) return;
  consent.ready.then((manager) => {
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
