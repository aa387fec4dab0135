// Klaro 0.7 with the same purposes and services; it gates <script type="text/plain" data-name data-src>.
import './mark.js';
import * as Klaro from 'klaro/dist/klaro-no-css';
import { TEXT, VENDORS } from './site.js';

Klaro.setup({
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  lang: 'en',
  translations: { en: { consentNotice: { title: TEXT.title, description: TEXT.description } } },
  services: VENDORS.map((v) => ({ name: v.id, title: v.name, purposes: [v.category], cookies: [v.cookie] })),
});
