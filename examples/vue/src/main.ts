import { createApp } from 'vue';
import { beaconRecordSink, createConsent, googleConsentMode } from '@introw/consent-vue';
import { introwConfig } from '@introw/example-config';
import '@introw/consent-vue/styles.css';
import '@introw/example-config/site.css';
import App from './App.vue';
import { LANGUAGE } from './language';

// The plugin creates the consent manager from Introw's config, provides it to every component,
// and starts the browser side (the gated <script type="text/plain"> tags in index.html run once
// consented) when the app mounts. Google Consent Mode v2 is core's opt-in manager plugin. Every
// decision goes as a record to the records service the dev server mounts under /consent. The
// consent UI speaks the visitor's language (./language.ts: en, nl, fr or de).
createApp(App)
  .use(createConsent(introwConfig, { plugins: [googleConsentMode()], onRecord: beaconRecordSink('/consent/records'), language: LANGUAGE }))
  .mount('#app');
