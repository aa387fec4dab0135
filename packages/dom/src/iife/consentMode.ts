/**
 * Google Consent Mode for the script-tag build, a file of its own: loaded, in parallel with the
 * text table and before the manager is created, only when the config has `googleConsentMode`
 * (R16-R18: the default then opens `dataLayer` before any gated Google tag can run).
 */
export { googleConsentMode } from '@introw/consent-core';
