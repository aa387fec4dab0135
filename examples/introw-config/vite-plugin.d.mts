import type { Plugin } from 'vite';

/** A Vite plugin that inserts Introw's inert vendor tags (vendor-tags.html) at the end of `<head>`. */
export declare function introwVendorTags(): Plugin;

/** A Vite plugin that serves the consent records service under `/consent` (PGlite in `.consent-data`, or `$CONSENT_DATABASE`). */
export declare function introwConsentRecords(): Plugin;
