import { siteLanguage } from '@introw/example-config/languages';

/**
 * The language of the consent UI and the statement's cookie lists: `?lang=` in the address, else
 * the browser's languages, else English (en, nl, fr or de; R9). The site's own pages are English.
 */
export const LANGUAGE = siteLanguage([new URLSearchParams(window.location.search).get('lang'), ...navigator.languages]);
