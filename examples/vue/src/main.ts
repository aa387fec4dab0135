import { createApp } from 'vue';
import { beaconRecordSink, createConsent, googleConsentMode } from '@introw/consent-vue';
import { introwConfig } from '@introw/example-config';
import '@introw/consent-vue/styles.css';
import '@introw/example-config/site.css';
import App from './App.vue';

// The plugin creates the consent manager from Introw's config, provides it to every component,
// and starts the browser side (the gated <script type="text/plain"> tags in index.html run once
// consented) when the app mounts. Google Consent Mode v2 is core's opt-in manager plugin. Every
// decision goes as a record to the records service the dev server mounts under /consent.
createApp(App)
  .use(createConsent(introwConfig, { plugins: [googleConsentMode()], onRecord: beaconRecordSink('/consent/records') }))
  .mount('#app');
