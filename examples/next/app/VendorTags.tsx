/**
 * Introw's vendor tags, where a site puts them, but inert: `type="text/plain"` keeps the
 * browser from running them. @introw/consent-core (mounted by <ConsentProvider>) inserts a
 * running copy of each one once its `data-service` (else `data-category`) is granted, once
 * per page load. A Server Component: the tags are in the server HTML.
 *
 * Hotjar records sessions, and inside the application they would show customers' data: the
 * Platform sends its tag only to visitors whose decision (read on the server with
 * `readConsent`) grants Hotjar. Everyone else's HTML does not contain it at all.
 *
 * No `async` attribute on the external ones: React 19 hoists `<script async src>` as a
 * resource (and may preload it), which would contact the vendor before consent (R1). Core runs
 * non-async scripts in document order instead. The ids are placeholders.
 */

const GA_INLINE = `window.dataLayer = window.dataLayer || [];
function gtag() { dataLayer.push(arguments); }
gtag('js', new Date());
gtag('config', 'G-XXXXXXX');`;

const HOTJAR_INLINE = `(function (h, o, t, j, a, r) {
  h.hj = h.hj || function () { (h.hj.q = h.hj.q || []).push(arguments); };
  h._hjSettings = { hjid: '0000000', hjsv: 6 };
  a = o.getElementsByTagName('head')[0];
  r = o.createElement('script');
  r.async = 1;
  r.src = t + h._hjSettings.hjid + j + h._hjSettings.hjsv;
  a.appendChild(r);
})(window, document, 'https://static.hotjar.com/c/hotjar-', '.js?sv=');`;

const SEGMENT_INLINE = `(function () {
  var analytics = (window.analytics = window.analytics || []);
  if (analytics.initialize || analytics.invoked) return;
  analytics.invoked = true;
  analytics.methods = ['track', 'identify', 'page', 'reset', 'group', 'alias', 'ready', 'debug', 'once', 'off', 'on'];
  analytics.factory = function (method) {
    return function () {
      var args = Array.prototype.slice.call(arguments);
      args.unshift(method);
      analytics.push(args);
      return analytics;
    };
  };
  for (var i = 0; i < analytics.methods.length; i++) analytics[analytics.methods[i]] = analytics.factory(analytics.methods[i]);
  analytics.load = function (key) {
    var script = document.createElement('script');
    script.async = true;
    script.src = 'https://cdn.segment.com/analytics.js/v1/' + key + '/analytics.min.js';
    document.head.appendChild(script);
  };
  analytics.load('XXXXXXX');
  analytics.page();
})();`;

const ADS_INLINE = `window.dataLayer = window.dataLayer || [];
function gtag() { dataLayer.push(arguments); }
gtag('js', new Date());
gtag('config', 'AW-XXXXXXXXX');`;

/** An inert inline tag: the snippet is the element's text, run only once consented. */
function InlineTag({ category, service, code }: { category: string; service: string; code: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the snippet is a constant of this file, never user input
  return <script type="text/plain" data-category={category} data-service={service} dangerouslySetInnerHTML={{ __html: code }} />;
}

/** Props of {@link VendorTags}. */
export interface VendorTagsProps {
  /** The request's decision grants Hotjar (`readConsent(...).services.hotjar`). */
  hotjar: boolean;
}

export function VendorTags({ hotjar }: VendorTagsProps) {
  return (
    <>
      {/* Google Analytics 4 (analytics) */}
      <script type="text/plain" data-category="analytics" data-service="googleAnalytics" src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX" />
      <InlineTag category="analytics" service="googleAnalytics" code={GA_INLINE} />
      {/* HubSpot tracking code (analytics) */}
      <script type="text/plain" data-category="analytics" data-service="hubspot" id="hs-script-loader" src="https://js.hs-scripts.com/0000000.js" />
      {/* Hotjar (analytics): only for a visitor who allowed it (see above) */}
      {hotjar && <InlineTag category="analytics" service="hotjar" code={HOTJAR_INLINE} />}
      {/* Segment analytics.js (analytics) */}
      <InlineTag category="analytics" service="segment" code={SEGMENT_INLINE} />
      {/* Google Ads (advertising) */}
      <script type="text/plain" data-category="advertising" data-service="googleAds" src="https://www.googletagmanager.com/gtag/js?id=AW-XXXXXXXXX" />
      <InlineTag category="advertising" service="googleAds" code={ADS_INLINE} />
    </>
  );
}
